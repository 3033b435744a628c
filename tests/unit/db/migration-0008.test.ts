import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../db/migrations/index';
import { migration0008 } from '../../../db/migrations/0008-add-auditor-review';
import { insertAuditorAnchorIfNew, listAuditorAnchors } from '../../../db/queries/auditor-anchors';
import { insertReviewNote } from '../../../db/queries/review-notes';
import { insertReviewSourceIfNew } from '../../../db/queries/review-sources';

const NOW = '2026-11-27T10:00:00.000Z';
const HASH = 'a'.repeat(64);

function version8(): Database.Database {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  for (const migration of MIGRATIONS) if (migration.version <= migration0008.version) migration.up(db);
  insertReviewSourceIfNew(db, { reviewId: 'r1', reviewerName: 'Dana Auditor', reviewerFirm: 'Ledger & Co', madeAgainstSha256: HASH, sealVersion: null, sealFingerprint: null, activitySeq: 3, activityHash: HASH, importedAt: NOW });
  return db;
}

describe('0008-add-auditor-review', () => {
  it('is registered in order after the migrations before it', () => {
    const versions = MIGRATIONS.map((m) => m.version);
    expect(versions).toContain(8);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('keeps the auditor’s notes exactly as received', () => {
    const db = version8();
    insertReviewNote(db, { noteId: 'n1', reviewId: 'r1', targetKind: 'control', targetRef: 'AC-01', text: 'Show the Q3 access review.', author: 'Dana Auditor', firm: 'Ledger & Co', createdAt: NOW, importedAt: NOW });
    expect(() => db.prepare("UPDATE review_note SET text = 'softer words'").run()).toThrow(/kept as received/);
    expect(() => insertReviewNote(db, { noteId: 'n2', reviewId: 'r1', targetKind: 'policy' as never, targetRef: 'x', text: 'x', author: 'a', firm: '', createdAt: NOW, importedAt: NOW })).toThrow(/CHECK/);
    expect(() => insertReviewNote(db, { noteId: 'n3', reviewId: 'nobody', targetKind: 'general', targetRef: '', text: 'x', author: 'a', firm: '', createdAt: NOW, importedAt: NOW })).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('records an anchor once and never changes or removes it', () => {
    const db = version8();
    expect(insertAuditorAnchorIfNew(db, { seq: 3, hash: HASH, recordedAt: NOW, source: 'review', reviewId: 'r1' })).toBe(true);
    expect(insertAuditorAnchorIfNew(db, { seq: 3, hash: HASH, recordedAt: '2027-01-01T00:00:00.000Z', source: 'again', reviewId: 'r1' })).toBe(false);
    expect(listAuditorAnchors(db)).toEqual([{ id: 1, seq: 3, hash: HASH, recordedAt: NOW, source: 'review', reviewId: 'r1' }]);
    expect(() => db.prepare('UPDATE auditor_anchor SET seq = 2').run()).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM auditor_anchor').run()).toThrow(/never changes/);
    db.close();
  });

  it('refuses importing the same item id twice', () => {
    const db = version8();
    const record = db.prepare("INSERT INTO review_item (item_id, review_id, kind, imported_at) VALUES ('i1', 'r1', 'request', ?)");
    record.run(NOW);
    expect(() => record.run(NOW)).toThrow(/UNIQUE|PRIMARY KEY/);
    db.close();
  });
});
