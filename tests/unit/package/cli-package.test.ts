import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../../core/cli/main';
import { sha256File, tempDir } from '../helpers/temp';

const ROOT = path.resolve(__dirname, '..', '..', '..');

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliAsync(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the package and verify commands', () => {
  it('demo writes the workspace with its PDF and ZIP; package rebuilds them read-only; verify checks both', async () => {
    const dir = tempDir();
    const demo = await cli(['demo', '--out', dir]);
    expect(demo.code, demo.err).toBe(0);
    const [workspace, pdfLine, zipLine, fingerprintLine] = demo.out.split('\n');
    expect(workspace).toBe(path.join(dir, 'Brightwave Analytics (demo).soc2'));
    const pdf = /^PDF\s+(.+) \(\d+ pages\)$/.exec(pdfLine!)![1]!;
    const zip = /^ZIP\s+(.+) \(\d+ files\)$/.exec(zipLine!)![1]!;
    expect(fs.existsSync(pdf) && fs.existsSync(zip)).toBe(true);
    expect(fingerprintLine).toMatch(/^Fingerprint {2}[0-9a-f]{64}$/);

    const before = sha256File(workspace!);
    const out = path.join(dir, 'letter');
    const built = await cli(['package', workspace!, '--out', out, '--paper', 'letter']);
    expect(built.code, built.err).toBe(0);
    expect(sha256File(workspace!)).toBe(before);
    expect(fs.readdirSync(out).sort()).toEqual([path.basename(pdf), path.basename(zip)].sort());

    expect((await cli(['verify', path.join(out, path.basename(zip))])).code).toBe(0);
    const verified = await cli(['verify', workspace!]);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/ok {4}Activity[- ]log chain/);
    expect(verified.out).toContain('everything holds');
  });

  it('exits 2 with one line for bad usage and unreadable files', async () => {
    const dir = tempDir();
    const garbage = path.join(dir, 'garbage.soc2');
    fs.writeFileSync(garbage, 'hello there, not a database');
    for (const args of [['package', garbage, '--out', dir], ['package', garbage], ['verify', garbage], ['verify', path.join(dir, 'missing.zip')], ['verify'], ['package', garbage, '--out', dir, '--paper', 'a3']]) {
      const result = await cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err.split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('runs as `npm run soc2 -- verify` with the documented exit code', () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken.zip');
    fs.writeFileSync(file, 'PK\u0003\u0004 but nothing more');
    const result = spawnSync('npm', ['run', '--silent', 'soc2', '--', 'verify', file], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^unreadable: /);
  });
});
