import type Database from 'better-sqlite3';

/** System description sections DC1–DC9, one row per section written so far. */
export interface DescriptionSectionRecord {
  id: string;
  body: string;
  updatedAt: string;
}

export function listDescriptionSections(db: Database.Database): DescriptionSectionRecord[] {
  return db.prepare('SELECT id, body, updated_at AS updatedAt FROM description_section ORDER BY id').all() as DescriptionSectionRecord[];
}

export function saveDescriptionSection(db: Database.Database, id: string, body: string, now: string): void {
  db.prepare('INSERT INTO description_section (id, body, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at').run(id, body, now);
}
