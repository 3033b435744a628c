import type Database from 'better-sqlite3';

/**
 * An activity-log head seen by someone outside the workspace (the auditor): the entry number and its
 * hash. A later delivery's log must still hold exactly that entry and extend it.
 */
export interface AuditorAnchorRecord {
  id: number;
  seq: number;
  hash: string;
  recordedAt: string;
  source: string;
  reviewId: string | null;
}

export type AuditorAnchorInput = Omit<AuditorAnchorRecord, 'id'>;

export function listAuditorAnchors(db: Database.Database): AuditorAnchorRecord[] {
  return db.prepare('SELECT id, seq, hash, recorded_at AS recordedAt, source, review_id AS reviewId FROM auditor_anchor ORDER BY seq, id').all() as AuditorAnchorRecord[];
}

/** Anchors are only ever added; the same head seen twice is recorded once. */
export function insertAuditorAnchorIfNew(db: Database.Database, anchor: AuditorAnchorInput): boolean {
  return db.prepare('INSERT OR IGNORE INTO auditor_anchor (seq, hash, recorded_at, source, review_id) VALUES (@seq, @hash, @recordedAt, @source, @reviewId)').run(anchor).changes > 0;
}
