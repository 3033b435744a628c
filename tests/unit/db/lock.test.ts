import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open-workspace';
import { getEngagement, updateEngagement } from '../../../db/queries/engagement';
import { newWorkspaceFile, sha256File, tempDir } from '../helpers/temp';

const ROOT = path.resolve(__dirname, '..', '..', '..');

/** Runs a tiny script in a separate Node process that tries to open the workspace for writing. */
function openFromAnotherProcess(file: string, readOnly = false): { code?: string; ok?: boolean } {
  const script = `
    const { openWorkspace } = require(${JSON.stringify(path.join(ROOT, 'db', 'open-workspace.ts'))});
    try {
      const ws = openWorkspace(process.argv[1], { actor: 'other', readOnly: process.argv[2] === 'ro' });
      ws.close();
      process.stdout.write(JSON.stringify({ ok: true }));
    } catch (e) {
      process.stdout.write(JSON.stringify({ code: e.code }));
    }`;
  const output = execFileSync(process.execPath, ['--import', 'tsx', '-e', script, file, readOnly ? 'ro' : 'rw'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return JSON.parse(output) as { code?: string; ok?: boolean };
}

describe('one writer at a time', () => {
  it('gives a second process WORKSPACE_LOCKED while the first has it open, and nothing is damaged', () => {
    const dir = tempDir();
    const file = newWorkspaceFile(dir);
    const first = openWorkspace(file, { actor: 'first' });
    first.write({ action: 'engagement.update', subject: 'engagement' }, (db) => updateEngagement(db, { systemName: 'Ledger' }, first.now()));

    expect(openFromAnotherProcess(file)).toEqual({ code: 'WORKSPACE_LOCKED' });
    expect(openFromAnotherProcess(file, true)).toEqual({ code: 'WORKSPACE_LOCKED' });

    // The first writer is unaffected and can keep saving.
    first.write({ action: 'engagement.update', subject: 'engagement' }, (db) => updateEngagement(db, { cpaFirm: 'Harlow & Finch LLP' }, first.now()));
    first.close();

    const checked = openWorkspace(file, { actor: 'checker' });
    expect(checked.read(getEngagement)).toMatchObject({ systemName: 'Ledger', cpaFirm: 'Harlow & Finch LLP' });
    checked.close();
  });

  it('lets another process open the file once the first has closed it', () => {
    const dir = tempDir();
    const file = newWorkspaceFile(dir);
    const before = sha256File(file);
    expect(openFromAnotherProcess(file)).toEqual({ ok: true });
    expect(sha256File(file)).toBe(before);
  });
});
