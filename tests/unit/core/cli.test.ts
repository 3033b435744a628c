import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../core/cli/main';
import { sha256File, sidecars, tempDir } from '../helpers/temp';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('command line', () => {
  it('new writes a workspace and info reads it back without changing it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'acme.soc2');
    expect(cli(['new', file, '--org', 'Acme Ltd'])).toMatchObject({ code: 0, out: file });
    const before = sha256File(file);
    const info = cli(['info', file]);
    expect(info.code).toBe(0);
    expect(info.out).toContain('Organisation  Acme Ltd');
    expect(info.out).toContain('chain intact');
    const json = JSON.parse(cli(['info', file, '--json']).out) as { engagement: { organisationName: string }; activityLog: { entries: number } };
    expect(json.engagement.organisationName).toBe('Acme Ltd');
    expect(json.activityLog.entries).toBe(1);
    expect(sha256File(file)).toBe(before);
    expect(sidecars(file)).toEqual([]);
  });

  it('exits 2 with a one-line reason for bad usage and unreadable input', () => {
    const dir = tempDir();
    const garbage = path.join(dir, 'garbage.soc2');
    fs.writeFileSync(garbage, 'hello');
    for (const args of [['new', path.join(dir, 'x.soc2')], ['new', path.join(dir, 'x.txt'), '--org', 'X'], ['frobnicate'], ['info'], ['info', garbage], ['info', '--bogus-flag', 'x']]) {
      const result = cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err.split('\n')).toHaveLength(1);
      expect(result.err.length).toBeGreaterThan(5);
    }
    expect(cli(['info', garbage]).err).toMatch(/^WORKSPACE_NOT_A_WORKSPACE: /);
  });

  it('demo writes the demo engagement into the given folder', () => {
    const dir = tempDir();
    const result = cli(['demo', '--out', dir]);
    expect(result.code).toBe(0);
    expect(fs.existsSync(result.out)).toBe(true);
    expect(cli(['info', result.out]).out).toContain('Brightwave Analytics, Inc.');
  });

  it('runs as `npm run soc2` with help on --help and the documented exit code', () => {
    const result = spawnSync('npm', ['run', '--silent', 'soc2', '--', '--help'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run soc2 -- <command>');
    const bad = spawnSync('npm', ['run', '--silent', 'soc2', '--', 'info', path.join(tempDir(), 'missing.soc2')], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('WORKSPACE_NOT_FOUND');
  });
});
