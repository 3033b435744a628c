import fs from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { verifyWorkspaceFile } from '../../../core/verify/verify-workspace';
import { newWorkspace, sha256File, tempDir } from '../helpers/temp';

const job = { progress: () => undefined, throwIfCancelled: () => undefined };
const options = { verifiedBy: 'auditor', now: () => new Date('2026-11-27T10:00:00Z') };

function workspaceFile(edits = 3): string {
  const workspace = newWorkspace(tempDir());
  for (let i = 0; i < edits; i++) workspace.write({ action: 'test.edit', subject: `s${i}` }, () => undefined);
  const file = workspace.filePath;
  workspace.close();
  return file;
}

describe('verifying a received workspace', () => {
  it('passes a healthy file and reports what each check covered', async () => {
    const file = workspaceFile();
    const before = sha256File(file);
    const report = await verifyWorkspaceFile(file, job, options);
    expect(report).toMatchObject({ overall: 'passed', browsable: true, fileSha256: before, verifiedBy: 'auditor', verifiedAt: '2026-11-27T10:00:00.000Z' });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['file', 'passed'],
      ['schema', 'passed'],
      ['integrity', 'passed'],
      ['activity-log', 'passed'],
      ['anchor', 'not-applicable'],
      ['evidence', 'not-applicable'],
      ['seals', 'not-applicable'],
    ]);
    expect(report.checks.find((c) => c.id === 'activity-log')!.covered).toMatch(/^4 entries/);
    expect(sha256File(file)).toBe(before);
  });

  it('names the edited log entry and keeps the file browsable', async () => {
    const file = workspaceFile();
    const db = new Database(file);
    const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'activity_log_no_update'").pluck().get() as string;
    db.exec(`DROP TRIGGER activity_log_no_update; UPDATE activity_log SET actor = 'someone else' WHERE seq = 3; ${trigger};`);
    db.close();
    const before = sha256File(file);
    const report = await verifyWorkspaceFile(file, job, options);
    expect(report.overall).toBe('failed');
    expect(report.browsable).toBe(true);
    const log = report.checks.find((c) => c.id === 'activity-log')!;
    expect(log.status).toBe('failed');
    expect(log.failures).toEqual([{ subject: 'Log entry 3', problem: 'its content was changed after it was written', item: { kind: 'log-entry', ref: '3' } }]);
    expect(sha256File(file)).toBe(before);
  });

  it('stops at a structural failure: an extra trigger makes the file unbrowsable', async () => {
    const file = workspaceFile();
    const db = new Database(file);
    db.exec("CREATE TRIGGER t AFTER INSERT ON meta BEGIN DELETE FROM meta; END;");
    db.close();
    const report = await verifyWorkspaceFile(file, job, options);
    expect(report).toMatchObject({ overall: 'failed', browsable: false });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['file', 'passed'],
      ['schema', 'failed'],
      ['integrity', 'not-applicable'],
    ]);
    expect(report.checks[1]!.failures[0]!.problem).toBe('unexpected trigger t');
  });

  it('reports a file that is not a workspace without throwing', async () => {
    const file = `${tempDir()}/x.soc2`;
    fs.writeFileSync(file, 'plain text, not a database');
    const report = await verifyWorkspaceFile(file, job, options);
    expect(report).toMatchObject({ overall: 'failed', browsable: false, checks: [{ id: 'file', status: 'failed' }] });
  });
});
