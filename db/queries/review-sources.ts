import type Database from 'better-sqlite3';

/** A review file the client has imported: who reviewed, and which state of the workspace they saw. */
export interface ReviewSourceRecord {
  reviewId: string;
  reviewerName: string;
  reviewerFirm: string;
  madeAgainstSha256: string;
  sealVersion: number | null;
  sealFingerprint: string | null;
  activitySeq: number;
  activityHash: string;
  importedAt: string;
}

export type ReviewItemKind = 'request' | 'note' | 'sample';

const SELECT = `SELECT review_id AS reviewId, reviewer_name AS reviewerName, reviewer_firm AS reviewerFirm,
  made_against_sha256 AS madeAgainstSha256, seal_version AS sealVersion, seal_fingerprint AS sealFingerprint,
  activity_seq AS activitySeq, activity_hash AS activityHash, imported_at AS importedAt FROM review_source`;

export function listReviewSources(db: Database.Database): ReviewSourceRecord[] {
  return db.prepare(`${SELECT} ORDER BY imported_at, review_id`).all() as ReviewSourceRecord[];
}

/** Records a review the first time it is imported; a later import of the same review keeps the first record. */
export function insertReviewSourceIfNew(db: Database.Database, source: ReviewSourceRecord): boolean {
  return (
    db
      .prepare(
        `INSERT OR IGNORE INTO review_source (review_id, reviewer_name, reviewer_firm, made_against_sha256, seal_version, seal_fingerprint, activity_seq, activity_hash, imported_at)
         VALUES (@reviewId, @reviewerName, @reviewerFirm, @madeAgainstSha256, @sealVersion, @sealFingerprint, @activitySeq, @activityHash, @importedAt)`,
      )
      .run(source).changes > 0
  );
}

/** The item ids (requests, notes, samples) already imported, so a second import adds nothing. */
export function importedItemIds(db: Database.Database): Set<string> {
  return new Set(db.prepare('SELECT item_id FROM review_item').pluck().all() as string[]);
}

export function recordImportedItem(db: Database.Database, item: { itemId: string; reviewId: string; kind: ReviewItemKind; importedAt: string }): void {
  db.prepare('INSERT INTO review_item (item_id, review_id, kind, imported_at) VALUES (@itemId, @reviewId, @kind, @importedAt)').run(item);
}
