import type Database from 'better-sqlite3';

/** A change to the scope made after it was confirmed, waiting to be reviewed (or already reviewed). */
export interface ScopeChangeRecord {
  id: number;
  at: string;
  actor: string;
  area: string;
  summary: string;
  reviewedAt: string | null;
}

export function insertScopeChange(db: Database.Database, change: Omit<ScopeChangeRecord, 'id' | 'reviewedAt'>): void {
  db.prepare('INSERT INTO scope_change (at, actor, area, summary) VALUES (?, ?, ?, ?)').run(change.at, change.actor, change.area, change.summary);
}

export function listUnreviewedScopeChanges(db: Database.Database): ScopeChangeRecord[] {
  return db.prepare('SELECT id, at, actor, area, summary, reviewed_at AS reviewedAt FROM scope_change WHERE reviewed_at IS NULL ORDER BY id').all() as ScopeChangeRecord[];
}

export function markScopeChangesReviewed(db: Database.Database, now: string): number {
  return db.prepare('UPDATE scope_change SET reviewed_at = ? WHERE reviewed_at IS NULL').run(now).changes;
}
