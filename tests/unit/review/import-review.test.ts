import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { activityHead, hashActivityEntry } from '../../../db/activity-log';
import { openWorkspace } from '../../../db/open-workspace';
import { getMeta } from '../../../db/queries/engagement';
import { listPbcRequests } from '../../../db/queries/pbc-requests';
import type { Workspace } from '../../../db/workspace';
import { importReviewFile } from '../../../core/review/import-review';
import type { ReviewFile } from '../../../core/review/review-format';
import { verifyWorkspaceFile } from '../../../core/verify/verify-workspace';
import { newWorkspace, sha256File, tempDir } from '../helpers/temp';
import { NOW, sampleReview } from './review-fixtures';

const job = { progress: () => undefined, throwIfCancelled: () => undefined };

function clientWorkspace(edits = 2): Workspace {
  const workspace = newWorkspace(tempDir());
  for (let i = 0; i < edits; i++) workspace.write({ action: 'test.edit', subject: `s${i}` }, () => undefined);
  return workspace;
}

/** A review made against `workspace` as it stands now (what the auditor saw). */
function reviewOf(workspace: Workspace, overrides: Partial<ReviewFile> = {}): ReviewFile {
  const base = sampleReview();
  return {
    ...base,
    workspace: { ...base.workspace, workspaceId: workspace.read((db) => getMeta(db)['workspace_id']!), activityHead: workspace.read(activityHead) },
    samples: [{ id: randomUUID(), populationRef: 'POP-1', populationSha256: 'd'.repeat(64), seed: 'f00d', algorithm: 'sha256-rank/1', size: 2, rows: [4, 17], drawnBy: 'Dana Auditor (Ledger & Co), auditor', drawnAt: NOW }],
    ...overrides,
  };
}

const count = (workspace: Workspace, table: string) => workspace.read((db) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);

describe('importing a review file on the client side', () => {
  it('adds requests to the request list, keeps notes and samples, records the anchor — in one logged transaction', () => {
    const workspace = clientWorkspace();
    const review = reviewOf(workspace);
    const headBefore = workspace.read(activityHead);
    const result = importReviewFile(workspace, review, 'acme review.soc2review');
    expect(result).toMatchObject({ reviewer: 'Dana Auditor, Ledger & Co', added: { requests: 1, notes: 1, samples: 1 }, alreadyImported: 0, changed: true, anchor: { seq: headBefore.seq, extends: true, problems: [] } });

    const requests = workspace.read(listPbcRequests);
    expect(requests).toMatchObject([{ reference: 'R-1', request: 'Q3 access review evidence', dueDate: '2026-12-15', status: 'open', source: 'auditor' }]);
    expect(count(workspace, 'review_note')).toBe(1);
    expect(count(workspace, 'auditor_sample')).toBe(1);
    expect(workspace.read((db) => db.prepare('SELECT seq, hash FROM auditor_anchor').get())).toEqual(headBefore);
    // Exactly one new log entry, naming what came in.
    const head = workspace.read(activityHead);
    expect(head.seq).toBe(headBefore.seq + 1);
    const entry = workspace.read((db) => db.prepare('SELECT action, details FROM activity_log WHERE seq = ?').get(head.seq)) as { action: string; details: string };
    expect(entry.action).toBe('review.import');
    expect(JSON.parse(entry.details)).toMatchObject({ reviewId: review.reviewId, requests: 1, notes: 1, samples: 1 });
    workspace.close();
  });

  it('changes nothing when the same file is imported twice, and adds only what is new in a later version of it', () => {
    const workspace = clientWorkspace();
    const review = reviewOf(workspace);
    importReviewFile(workspace, review, 'r.soc2review');
    const file = workspace.filePath;
    const headAfterFirst = workspace.read(activityHead);
    const again = importReviewFile(workspace, review, 'r.soc2review');
    expect(again).toMatchObject({ added: { requests: 0, notes: 0, samples: 0 }, alreadyImported: 3, changed: false });
    expect(workspace.read(activityHead)).toEqual(headAfterFirst);
    expect(count(workspace, 'pbc_request')).toBe(1);
    workspace.close();
    const bytes = sha256File(file);

    // The auditor adds a request to the same review and sends it again.
    const reopened = newWorkspaceAt(file);
    const extended = { ...review, requests: [...review.requests, { id: randomUUID(), reference: 'R-2', request: 'Change tickets for September', dueDate: null, createdAt: NOW }] };
    expect(importReviewFile(reopened, extended, 'r.soc2review')).toMatchObject({ added: { requests: 1, notes: 0, samples: 0 }, alreadyImported: 3, changed: true });
    expect(reopened.read(listPbcRequests).map((r) => r.reference)).toEqual(['R-1', 'R-2']);
    reopened.close();
    expect(sha256File(file)).not.toBe(bytes);
  });

  it('refuses a review made against another workspace, and changes nothing', () => {
    const workspace = clientWorkspace();
    const other = clientWorkspace();
    const review = reviewOf(other);
    const head = workspace.read(activityHead);
    expect(() => importReviewFile(workspace, review, 'other review.soc2review')).toThrow(
      expect.objectContaining({ code: 'REVIEW_WRONG_WORKSPACE', message: expect.stringMatching(/made against another workspace.*Nothing was imported/) }),
    );
    expect(workspace.read(activityHead)).toEqual(head);
    expect(count(workspace, 'pbc_request')).toBe(0);
    workspace.close();
    other.close();
  });

  it('says at once when the log does not hold what the auditor saw, and verification keeps saying so', async () => {
    const workspace = clientWorkspace();
    const review = reviewOf(workspace, {});
    const forged = { ...review, workspace: { ...review.workspace, activityHead: { seq: 2, hash: 'e'.repeat(64) } } };
    const result = importReviewFile(workspace, forged, 'r.soc2review');
    expect(result.anchor.extends).toBe(false);
    expect(result.anchor.problems[0]).toMatch(/entry 2 is not the entry the auditor saw/);
    const file = workspace.filePath;
    workspace.close();
    const report = await verifyWorkspaceFile(file, job, { verifiedBy: 'auditor', now: () => new Date(NOW) });
    expect(report.checks.find((c) => c.id === 'anchor')).toMatchObject({ status: 'failed', failures: [{ subject: expect.stringMatching(/^Anchor at entry 2/) }] });
  });
});

describe('the outside anchor on the next delivery', () => {
  async function anchorCheckOf(file: string) {
    const report = await verifyWorkspaceFile(file, job, { verifiedBy: 'auditor', now: () => new Date(NOW) });
    return report.checks.find((c) => c.id === 'anchor')!;
  }

  it('passes when the log only grew after what the auditor saw', async () => {
    const workspace = clientWorkspace(3);
    importReviewFile(workspace, reviewOf(workspace), 'r.soc2review');
    for (let i = 0; i < 4; i++) workspace.write({ action: 'test.later', subject: `later ${i}` }, () => undefined);
    const file = workspace.filePath;
    workspace.close();
    const check = await anchorCheckOf(file);
    expect(check.status).toBe('passed');
    expect(check.covered).toMatch(/latest at entry 4 .*, 5 entries added since/);
  });

  it('fails, naming the anchor, when history up to it was rewritten', async () => {
    const workspace = clientWorkspace(3);
    importReviewFile(workspace, reviewOf(workspace), 'r.soc2review');
    const file = workspace.filePath;
    workspace.close();
    // Rewrite entry 2 and re-chain everything after it, as someone covering their tracks would.
    rechainAfterEditing(file, 2);
    const check = await anchorCheckOf(file);
    expect(check.status).toBe('failed');
    expect(check.failures.map((f) => f.problem)).toEqual([expect.stringMatching(/^entry 4 is not the entry the auditor saw/)]);
  });

  it('fails when an entry after the anchor was edited', async () => {
    const workspace = clientWorkspace(3);
    importReviewFile(workspace, reviewOf(workspace), 'r.soc2review');
    workspace.write({ action: 'test.later', subject: 'later' }, () => undefined);
    const file = workspace.filePath;
    workspace.close();
    editEntry(file, 6, 'someone else');
    const check = await anchorCheckOf(file);
    expect(check.status).toBe('failed');
    expect(check.failures[0]!.problem).toMatch(/added after entry 4 do not chain correctly \(first: entry 6/);
  });
});

function newWorkspaceAt(file: string): Workspace {
  return openWorkspace(file, { actor: 'tester' });
}

function withoutLogTriggers(file: string, change: (db: Database.Database) => void): void {
  const db = new Database(file);
  const triggers = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'activity_log'").pluck().all() as string[];
  db.exec('DROP TRIGGER activity_log_no_update; DROP TRIGGER activity_log_no_delete;');
  change(db);
  for (const sql of triggers) db.exec(sql);
  db.close();
}

function editEntry(file: string, seq: number, actor: string): void {
  withoutLogTriggers(file, (db) => db.prepare('UPDATE activity_log SET actor = ? WHERE seq = ?').run(actor, seq));
}

function rechainAfterEditing(file: string, seq: number): void {
  withoutLogTriggers(file, (db) => {
    db.prepare("UPDATE activity_log SET subject = 'rewritten' WHERE seq = ?").run(seq);
    const rows = db.prepare('SELECT seq, at, actor, action, subject, details, prev_hash AS prevHash, hash FROM activity_log WHERE seq >= ? ORDER BY seq').all(seq) as { seq: number; at: string; actor: string; action: string; subject: string; details: string; prevHash: string; hash: string }[];
    let prev = db.prepare('SELECT hash FROM activity_log WHERE seq = ?').pluck().get(seq - 1) as string;
    for (const row of rows) {
      const hash = hashActivityEntry({ ...row, prevHash: prev });
      db.prepare('UPDATE activity_log SET prev_hash = ?, hash = ? WHERE seq = ?').run(prev, hash, row.seq);
      prev = hash;
    }
  });
}
