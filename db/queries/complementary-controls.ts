import type Database from 'better-sqlite3';

/**
 * Complementary controls the description relies on others to operate: CUECs (the customers) and
 * CSOCs (a subservice organisation). Related criteria are a short JSON list of criterion IDs.
 */
export interface ComplementaryControlRecord {
  id: number;
  catalogId: string | null;
  control: string;
  relatedCriteria: string[];
}

export interface CsocRecord extends ComplementaryControlRecord {
  vendorId: number;
}

type Row<T> = Omit<T, 'relatedCriteria'> & { relatedCriteria: string };

/** The file may come from someone else: unreadable lists read as empty rather than failing the screen. */
const parseCriteria = (json: string): string[] => {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
};

export function listCuecs(db: Database.Database): ComplementaryControlRecord[] {
  const rows = db.prepare('SELECT id, catalog_id AS catalogId, control, related_criteria AS relatedCriteria FROM cuec ORDER BY id').all() as Row<ComplementaryControlRecord>[];
  return rows.map((row) => ({ ...row, relatedCriteria: parseCriteria(row.relatedCriteria) }));
}

export function insertCuec(db: Database.Database, input: Omit<ComplementaryControlRecord, 'id'>, now: string): number {
  return Number(db.prepare('INSERT INTO cuec (catalog_id, control, related_criteria, created_at) VALUES (?, ?, ?, ?)').run(input.catalogId, input.control, JSON.stringify(input.relatedCriteria), now).lastInsertRowid);
}

export function updateCuec(db: Database.Database, id: number, input: Pick<ComplementaryControlRecord, 'control' | 'relatedCriteria'>): boolean {
  return db.prepare('UPDATE cuec SET control = ?, related_criteria = ? WHERE id = ?').run(input.control, JSON.stringify(input.relatedCriteria), id).changes > 0;
}

export function deleteCuec(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM cuec WHERE id = ?').run(id).changes > 0;
}

export function listCsocs(db: Database.Database): CsocRecord[] {
  const rows = db.prepare('SELECT id, vendor_id AS vendorId, catalog_id AS catalogId, control, related_criteria AS relatedCriteria FROM csoc ORDER BY vendor_id, id').all() as Row<CsocRecord>[];
  return rows.map((row) => ({ ...row, relatedCriteria: parseCriteria(row.relatedCriteria) }));
}

export function insertCsoc(db: Database.Database, input: Omit<CsocRecord, 'id'>, now: string): number {
  return Number(
    db.prepare('INSERT INTO csoc (vendor_id, catalog_id, control, related_criteria, created_at) VALUES (?, ?, ?, ?, ?)').run(input.vendorId, input.catalogId, input.control, JSON.stringify(input.relatedCriteria), now).lastInsertRowid,
  );
}

export function updateCsoc(db: Database.Database, id: number, input: Pick<CsocRecord, 'control' | 'relatedCriteria'>): boolean {
  return db.prepare('UPDATE csoc SET control = ?, related_criteria = ? WHERE id = ?').run(input.control, JSON.stringify(input.relatedCriteria), id).changes > 0;
}

export function deleteCsoc(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM csoc WHERE id = ?').run(id).changes > 0;
}
