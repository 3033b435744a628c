import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PackageResultView } from '../../../core/api/audit-types';
import { runCliAsync } from '../../../core/cli/main';
import { csv } from '../../../core/package/zip/csv-files';
import { buildDemoWorkspace } from '../../../core/demo/build-demo';
import { openWorkspace } from '../../../db/open-workspace';
import { tempDir } from '../helpers/temp';
import { buildDraft, run, runStatus, suiteDir } from './package-helpers';

interface Manifest {
  format: string;
  files: { path: string; size: number; sha256: string }[];
  withheld: unknown[];
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliAsync(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The package ZIP checked with plain unzip and an independent recomputation of every hash. */
describe('the package ZIP, read back', () => {
  let result: PackageResultView;
  let extracted: string;
  const folder = suiteDir('soc2-zip-');

  beforeAll(async () => {
    const workspace = openWorkspace(buildDemoWorkspace({ outDir: folder.path() }), { actor: 'tester' });
    try {
      result = await buildDraft(workspace, path.join(folder.path(), 'out'));
    } finally {
      workspace.close();
    }
    extracted = path.join(folder.path(), 'extracted');
    run('unzip', ['-q', result.zipPath, '-d', extracted]);
  });

  it('passes unzip -t', () => {
    const test = runStatus('unzip', ['-t', result.zipPath]);
    expect(test.status, test.stdout).toBe(0);
    expect(test.stdout).toContain('No errors detected');
  });

  it('lists every file with its size and SHA-256, recomputed here independently, and nothing else', () => {
    const manifestBytes = fs.readFileSync(path.join(extracted, 'manifest.json'));
    expect(createHash('sha256').update(manifestBytes).digest('hex')).toBe(result.fingerprint);
    const manifest = JSON.parse(manifestBytes.toString('utf8')) as Manifest;
    expect(manifest.format).toBe('soc2-workbench-package/1');
    for (const file of manifest.files) {
      const bytes = fs.readFileSync(path.join(extracted, file.path));
      expect(bytes.length, file.path).toBe(file.size);
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
    }
    const onDisk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? onDisk(path.join(dir, e.name)) : [path.relative(extracted, path.join(dir, e.name))]));
    expect(onDisk(extracted).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    for (const name of ['control-matrix', 'criteria-coverage', 'evidence-index', 'populations', 'samples', 'gaps', 'pbc-list']) {
      expect(manifest.files.map((f) => f.path)).toContain(`tables/${name}.csv`);
    }
  });

  it('checks out with sha256sum -c SHA256SUMS', () => {
    const check = runStatus('sha256sum', ['-c', 'SHA256SUMS']);
    expect(check.status).toBe(1); // run from the wrong folder first: proves the check really reads the files
    const inFolder = runStatus('bash', ['-c', `cd "${extracted}" && sha256sum -c SHA256SUMS`]);
    expect(inFolder.status, inFolder.stdout + inFolder.stderr).toBe(0);
    expect(inFolder.stdout.trim().split('\n').every((line) => line.endsWith(': OK'))).toBe(true);
  });

  it('writes CSV that spreadsheets read: BOM, CRLF, formulas neutralised', () => {
    const pbc = fs.readFileSync(path.join(extracted, 'tables', 'pbc-list.csv'), 'utf8');
    expect(pbc.startsWith('\uFEFFreference,request,status')).toBe(true);
    expect(pbc).toContain('\r\n');
    expect(pbc).toContain('PBC-03');
    const risky = csv(['cell'], [['=HYPERLINK("http://example.invalid")'], ['+1'], ['plain']]).toString('utf8');
    expect(risky).toContain(`"'=HYPERLINK(""http://example.invalid"")"`);
    expect(risky).toContain("'+1");
  });

  it('is verified by the command line, which also catches a changed byte and refuses what it cannot read', async () => {
    const ok = await cli(['verify', result.zipPath]);
    expect(ok.code, ok.out).toBe(0);
    expect(ok.out).toContain(`Fingerprint  ${result.fingerprint}`);
    expect(ok.out).toContain('The PDF beside the ZIP names the same fingerprint');
    expect((await cli(['verify', result.zipPath, '--fingerprint', 'a'.repeat(64)])).code).toBe(1);

    // Change one byte of README.txt's data (the first entry) without touching the ZIP's structure.
    const dir = tempDir();
    const copy = path.join(dir, 'tampered.zip');
    const bytes = fs.readFileSync(result.zipPath);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.toString('utf8', 30, 30 + bytes.readUInt16LE(26))).toBe('README.txt');
    const data = 30 + bytes.readUInt16LE(26) + bytes.readUInt16LE(28);
    bytes[data + 20] = bytes[data + 20]! ^ 0xff;
    fs.writeFileSync(copy, bytes);
    const tampered = await cli(['verify', copy]);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toMatch(/FAIL {2}Every file matches manifest\.json/);
    expect(tampered.out).toMatch(/README\.txt: (SHA-256|cannot be read|the ZIP checksum)/);

    const garbage = path.join(dir, 'garbage.zip');
    fs.writeFileSync(garbage, 'not a zip at all');
    const unreadable = await cli(['verify', garbage]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.err.split('\n')).toHaveLength(1);
  });
});
