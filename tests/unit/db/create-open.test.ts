import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open-workspace';
import { getEngagement, updateEngagement } from '../../../db/queries/engagement';
import { APPLICATION_ID } from '../../../db/file-header';
import { CURRENT_SCHEMA_VERSION } from '../../../db/migrations/index';
import { newWorkspace, newWorkspaceFile, sidecars, tempDir } from '../helpers/temp';

function sqlite3(file: string, sql: string): string {
  return execFileSync('sqlite3', ['-readonly', file, sql], { encoding: 'utf8' }).trim();
}

const hasSqliteShell = (() => {
  try {
    execFileSync('sqlite3', ['-version']);
    return true;
  } catch {
    return false;
  }
})();

describe('creating and reopening a workspace', () => {
  it('writes one self-contained file that the sqlite3 shell accepts', () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir, 'acme.soc2', 'Acme Ltd');
    workspace.close();
    const file = path.join(dir, 'acme.soc2');
    expect(fs.readdirSync(dir)).toEqual(['acme.soc2']);
    expect(sidecars(file)).toEqual([]);
    if (!hasSqliteShell) {
      console.warn('sqlite3 command-line shell not installed; checking through better-sqlite3 only');
      return;
    }
    expect(sqlite3(file, 'PRAGMA integrity_check;')).toBe('ok');
    expect(Number(sqlite3(file, 'PRAGMA application_id;'))).toBe(APPLICATION_ID);
    expect(Number(sqlite3(file, 'PRAGMA user_version;'))).toBe(CURRENT_SCHEMA_VERSION);
    expect(sqlite3(file, 'PRAGMA journal_mode;')).toBe('delete');
    expect(sqlite3(file, 'SELECT organisation_name FROM engagement;')).toBe('Acme Ltd');
  });

  it('keeps every committed edit across close and reopen, with no sidecar files left', () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    workspace.write({ action: 'engagement.update', subject: 'engagement' }, (db) => updateEngagement(db, { systemName: 'Ledger — Ünïcode ✓', categories: ['security', 'privacy'] }, workspace.now()));
    const file = workspace.filePath;
    workspace.close();
    expect(sidecars(file)).toEqual([]);

    const reopened = openWorkspace(file, { actor: 'tester' });
    const engagement = reopened.read(getEngagement);
    expect(engagement.systemName).toBe('Ledger — Ünïcode ✓');
    expect(engagement.categories).toEqual(['security', 'privacy']);
    expect(reopened.readOnly).toBe(false);
    reopened.close();
  });

  it('refuses to create over an existing file and leaves it alone', () => {
    const dir = tempDir();
    const file = path.join(dir, 'taken.soc2');
    fs.writeFileSync(file, 'precious');
    expect(() => newWorkspace(dir, 'taken.soc2')).toThrow(expect.objectContaining({ code: 'WORKSPACE_EXISTS' }));
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
    expect(fs.readdirSync(dir)).toEqual(['taken.soc2']);
  });

  it('rolls a failed edit back completely: no change and no log entry', () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const countEntries = () => workspace.read((db) => (db.prepare('SELECT count(*) AS n FROM activity_log').get() as { n: number }).n);
    const before = countEntries();
    expect(() =>
      workspace.write({ action: 'engagement.update', subject: 'engagement' }, (db) => {
        updateEngagement(db, { systemName: 'half-done' }, workspace.now());
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(workspace.read(getEngagement).systemName).toBe('');
    expect(countEntries()).toBe(before);
    workspace.close();
  });

  it('opens read-only on request and refuses every write without touching the file', () => {
    const dir = tempDir();
    const file = newWorkspaceFile(dir);
    const bytes = fs.readFileSync(file);
    const readOnly = openWorkspace(file, { actor: 'auditor', readOnly: true });
    expect(readOnly.readOnly).toBe(true);
    expect(() => readOnly.write({ action: 'x', subject: 'y' }, () => undefined)).toThrow(expect.objectContaining({ code: 'WORKSPACE_READ_ONLY' }));
    readOnly.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
