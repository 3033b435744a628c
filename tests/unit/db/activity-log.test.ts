import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, listActivity, verifyActivityChain } from '../../../db/activity-log';
import { openWorkspace } from '../../../db/open-workspace';
import { newWorkspace, tempDir } from '../helpers/temp';

/** Edits the log behind the app's back: drop the guard trigger, change a row, put the trigger back. */
function tamper(file: string, sql: string): void {
  const db = new Database(file);
  const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'activity_log_no_update'").pluck().get() as string;
  const deleteTrigger = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'activity_log_no_delete'").pluck().get() as string;
  db.exec('DROP TRIGGER activity_log_no_update; DROP TRIGGER activity_log_no_delete;');
  db.exec(sql);
  db.exec(`${trigger}; ${deleteTrigger};`);
  db.close();
}

function workspaceWithEntries(count: number): string {
  const dir = tempDir();
  const workspace = newWorkspace(dir);
  for (let i = 0; i < count; i++) workspace.write({ action: 'test.edit', subject: `item-${i}`, details: { i } }, () => undefined);
  const file = workspace.filePath;
  workspace.close();
  return file;
}

describe('hash-chained activity log', () => {
  it('chains every entry to the one before, starting from the genesis hash', () => {
    const file = workspaceWithEntries(5);
    const workspace = openWorkspace(file, { actor: 't' });
    const report = workspace.read(verifyActivityChain);
    expect(report).toMatchObject({ ok: true, entries: 6, problems: [] });
    const entries = workspace.read((db) => listActivity(db, { limit: 10 })).reverse();
    expect(entries[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.prevHash).toBe(entries[i - 1]!.hash);
    expect(entries.map((e) => e.action)).toEqual(['workspace.create', 'test.edit', 'test.edit', 'test.edit', 'test.edit', 'test.edit']);
    workspace.close();
  });

  it('pinpoints an edited entry', () => {
    const file = workspaceWithEntries(4);
    tamper(file, "UPDATE activity_log SET actor = 'mallory' WHERE seq = 3");
    const workspace = openWorkspace(file, { actor: 't' });
    const report = workspace.read(verifyActivityChain);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([{ seq: 3, problem: 'its content was changed after it was written' }]);
    workspace.close();
  });

  it('notices a removed entry and a rewritten tail', () => {
    const file = workspaceWithEntries(4);
    tamper(file, 'DELETE FROM activity_log WHERE seq = 2');
    const workspace = openWorkspace(file, { actor: 't' });
    const report = workspace.read(verifyActivityChain);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.seq)).toEqual([3, 3]);
    expect(report.problems.map((p) => p.problem)).toEqual(['entry 2 is missing', 'does not link to the entry before it']);
    workspace.close();
  });
});
