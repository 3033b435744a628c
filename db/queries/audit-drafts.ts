import type Database from 'better-sqlite3';

export type AuditDraftKind = 'assertion' | 'description';

/** A draft management edited and kept (until then the app shows the text generated from the workspace). */
export interface AuditDraftRecord {
  kind: AuditDraftKind;
  content: string;
  savedBy: string;
  savedAt: string;
}

export function getAuditDraft(db: Database.Database, kind: AuditDraftKind): AuditDraftRecord | undefined {
  return db.prepare('SELECT kind, content, saved_by AS savedBy, saved_at AS savedAt FROM audit_draft WHERE kind = ?').get(kind) as AuditDraftRecord | undefined;
}

export function putAuditDraft(db: Database.Database, draft: AuditDraftRecord): void {
  db.prepare(
    `INSERT INTO audit_draft (kind, content, saved_by, saved_at) VALUES (@kind, @content, @savedBy, @savedAt)
     ON CONFLICT (kind) DO UPDATE SET content = excluded.content, saved_by = excluded.saved_by, saved_at = excluded.saved_at`,
  ).run(draft);
}

export function deleteAuditDraft(db: Database.Database, kind: AuditDraftKind): boolean {
  return db.prepare('DELETE FROM audit_draft WHERE kind = ?').run(kind).changes > 0;
}
