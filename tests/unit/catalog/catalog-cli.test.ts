import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/catalog/load-catalog';
import { runCli } from '../../../core/cli/main';
import { sha256File, sidecars, tempDir } from '../helpers/temp';

const ROOT = path.resolve(__dirname, '..', '..', '..');

function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('catalog on the command line', () => {
  const catalog = bundledCatalog();

  it('lists criteria, controls and policies one per line with their key fields', () => {
    const criteria = cli(['catalog', 'criteria']);
    expect(criteria.code).toBe(0);
    expect(criteria.out).toHaveLength(61);
    expect(criteria.out[0]).toMatch(/^CC1\.1 +Security +CC1 +COSO 1 +\S/);
    expect(criteria.out.find((l) => l.startsWith('A1.2'))).toMatch(/^A1\.2 +Availability +A1 +- +\S/);

    const controls = cli(['catalog', 'controls']);
    expect(controls.out).toHaveLength(catalog.controls.length);
    const acc18 = controls.out.find((l) => l.startsWith('ACC-18'))!;
    expect(acc18).toMatch(/^ACC-18 +quarterly +detective +it-dependent-manual +key +recommended +CC6\.1,CC2\.1,CC3\.2 +Inventory of in-scope assets/);

    const policies = cli(['catalog', 'policies']);
    expect(policies.out).toHaveLength(catalog.policies.length);
    expect(policies.out.find((l) => l.startsWith('POL-ACC'))).toMatch(/^POL-ACC +review 12m +\d+ criteria +Access Control Policy$/);
  });

  it('--json prints one complete JSON object per line', () => {
    const controls = cli(['catalog', 'controls', '--json']).out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(controls).toEqual(catalog.controls);
    const criteria = cli(['catalog', 'criteria', '--json']).out.map((l) => JSON.parse(l) as { id: string; seriesName: string; controls: string[]; guidance: string });
    expect(criteria[0]).toMatchObject({ id: 'CC1.1', seriesName: 'Control Environment', guidance: catalog.criteria[0]!.guidance });
    expect(criteria.find((c) => c.id === 'CC6.1')!.controls).toContain('ACC-18');
    const policies = cli(['catalog', 'policies', '--json']).out.map((l) => JSON.parse(l) as { id: string; markdown: string; controls: string[] });
    expect(policies.find((p) => p.id === 'POL-ACC')!.markdown).toContain('## Policy statements');
    expect(policies.find((p) => p.id === 'POL-ACC')!.controls).toContain('ACC-05');
  });

  it('refuses a wrong kind with exit code 2 and one line', () => {
    for (const args of [['catalog'], ['catalog', 'widgets'], ['catalog', 'criteria', 'controls']]) {
      const result = cli(args);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.err).toHaveLength(1);
    }
  });

  it('stops quietly when its reader does (piped into head)', () => {
    const result = spawnSync('sh', ['-c', 'npm run --silent soc2 -- catalog controls | head -n 1'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stdout.trim()).toMatch(/^GOV-01 /);
    expect(result.stderr).not.toMatch(/EPIPE|at \S+:\d+/);
  });
});

describe('libraries on the command line', () => {
  it('saves a library from a workspace without changing it, then starts a new engagement from it', () => {
    const dir = tempDir();
    const workspace = path.join(dir, 'first.soc2');
    expect(cli(['new', workspace, '--org', 'First Client']).code).toBe(0);
    const before = sha256File(workspace);
    const library = path.join(dir, 'meridian.soc2lib');

    // The workspace has no "prepared by" yet, so the firm must be given.
    expect(cli(['library', 'save', workspace, library])).toMatchObject({ code: 2, err: [expect.stringContaining('--firm')] });
    expect(cli(['library', 'save', workspace, library, '--firm', 'Meridian Readiness Partners', '--version', '2027.1'])).toMatchObject({ code: 0, out: [library] });
    expect(sha256File(workspace)).toBe(before);
    expect(sidecars(workspace)).toEqual([]);

    const shown = cli(['library', 'show', library]);
    expect(shown.code).toBe(0);
    expect(shown.out[0]).toBe('Library       meridian 2027.1');
    expect(shown.out[1]).toBe('Firm          Meridian Readiness Partners');
    const json = JSON.parse(cli(['library', 'show', library, '--json']).out.join('\n')) as { controls: number; sha256: string };
    expect(json).toMatchObject({ controls: bundledCatalog().controls.length, sha256: sha256File(library) });

    const second = path.join(dir, 'second.soc2');
    expect(cli(['new', second, '--org', 'Second Client', '--library', library])).toMatchObject({ code: 0, out: [second] });
    const info = JSON.parse(cli(['info', second, '--json']).out.join('\n')) as { catalogVersion: string; engagement: { preparedBy: string }; activityLog: { entries: number; chainIntact: boolean } };
    expect(info).toMatchObject({ catalogVersion: 'meridian 2027.1', engagement: { preparedBy: 'Meridian Readiness Partners' }, activityLog: { entries: 2, chainIntact: true } });
    expect(cli(['catalog', 'controls', '--workspace', second]).out).toHaveLength(bundledCatalog().controls.length);
  });

  it('refuses a bad library with its code on one line, and creates no workspace', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.soc2lib');
    fs.writeFileSync(bad, '{"format":"something-else"}');
    const target = path.join(dir, 'x.soc2');
    const result = cli(['new', target, '--org', 'X', '--library', bad]);
    expect(result.code).toBe(2);
    expect(result.err).toHaveLength(1);
    expect(result.err[0]).toMatch(/^LIBRARY_INVALID: bad\.soc2lib cannot be used as a library: /);
    expect(fs.existsSync(target)).toBe(false);
    expect(cli(['library', 'show', path.join(dir, 'missing.soc2lib')]).err[0]).toMatch(/^LIBRARY_NOT_FOUND: /);
    expect(cli(['library', 'frobnicate']).code).toBe(2);
  });
});
