import type Database from 'better-sqlite3';

/** A control, or one occurrence of it, that did not happen in the period, and what shows it. */
export interface NonOccurrenceRecord {
  id: number;
  controlId: number;
  windowStart: string;
  windowEnd: string;
  reason: string;
  /** The evidence item (evidence store) showing it did not occur; null while none is linked. */
  evidenceId: number | null;
  recordedBy: string;
  recordedAt: string;
  updatedAt: string;
}

const SELECT = `SELECT id, control_id AS controlId, window_start AS windowStart, window_end AS windowEnd, reason, evidence_id AS evidenceId,
  recorded_by AS recordedBy, recorded_at AS recordedAt, updated_at AS updatedAt FROM non_occurrence`;

export function listNonOccurrences(db: Database.Database): NonOccurrenceRecord[] {
  return db.prepare(`${SELECT} ORDER BY control_id, window_start`).all() as NonOccurrenceRecord[];
}

export function getNonOccurrence(db: Database.Database, id: number): NonOccurrenceRecord | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as NonOccurrenceRecord | undefined;
}

export function findNonOccurrence(db: Database.Database, controlId: number, windowStart: string, windowEnd: string): NonOccurrenceRecord | undefined {
  return db.prepare(`${SELECT} WHERE control_id = ? AND window_start = ? AND window_end = ?`).get(controlId, windowStart, windowEnd) as NonOccurrenceRecord | undefined;
}

/** Records (or re-words) a non-occurrence for the window; returns its id. */
export function upsertNonOccurrence(db: Database.Database, input: { controlId: number; windowStart: string; windowEnd: string; reason: string; evidenceId: number | null }, actor: string, now: string): number {
  const existing = findNonOccurrence(db, input.controlId, input.windowStart, input.windowEnd);
  if (existing) {
    db.prepare('UPDATE non_occurrence SET reason = ?, evidence_id = ?, updated_at = ? WHERE id = ?').run(input.reason, input.evidenceId, now, existing.id);
    return existing.id;
  }
  return Number(
    db
      .prepare('INSERT INTO non_occurrence (control_id, window_start, window_end, reason, evidence_id, recorded_by, recorded_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(input.controlId, input.windowStart, input.windowEnd, input.reason, input.evidenceId, actor, now, now).lastInsertRowid,
  );
}

export function deleteNonOccurrence(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM non_occurrence WHERE id = ?').run(id).changes > 0;
}
