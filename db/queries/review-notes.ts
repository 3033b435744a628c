import type Database from 'better-sqlite3';

export type ReviewTargetKind = 'criterion' | 'control' | 'evidence' | 'general';

/** A review note from the auditor, kept exactly as received (the table refuses updates). */
export interface ReviewNoteRecord {
  id: number;
  noteId: string;
  reviewId: string;
  targetKind: ReviewTargetKind;
  targetRef: string;
  text: string;
  author: string;
  firm: string;
  createdAt: string;
  importedAt: string;
}

export type ReviewNoteInput = Omit<ReviewNoteRecord, 'id'>;

const SELECT = `SELECT id, note_id AS noteId, review_id AS reviewId, target_kind AS targetKind, target_ref AS targetRef, text, author, firm,
  created_at AS createdAt, imported_at AS importedAt FROM review_note`;

export function listReviewNotes(db: Database.Database): ReviewNoteRecord[] {
  return db.prepare(`${SELECT} ORDER BY target_kind, target_ref, created_at, id`).all() as ReviewNoteRecord[];
}

export function insertReviewNote(db: Database.Database, note: ReviewNoteInput): void {
  db.prepare(
    `INSERT INTO review_note (note_id, review_id, target_kind, target_ref, text, author, firm, created_at, imported_at)
     VALUES (@noteId, @reviewId, @targetKind, @targetRef, @text, @author, @firm, @createdAt, @importedAt)`,
  ).run(note);
}
