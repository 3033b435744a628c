import type Database from 'better-sqlite3';

export type ImplementationStatus = 'not-started' | 'in-progress' | 'implemented';

/** A control adopted into this engagement (from the catalog, or custom when catalogControlId is null). */
export interface EngagementControlRecord {
  id: number;
  catalogControlId: string | null;
  title: string;
  objective: string;
  area: string;
  frequency: string;
  nature: string;
  automation: string;
  owner: string;
  implementationStatus: ImplementationStatus;
  retired: boolean;
  retiredReason: string;
  criteria: string[];
  createdAt: string;
  updatedAt: string;
}

export type EngagementControlInput = Pick<EngagementControlRecord, 'catalogControlId' | 'title' | 'objective' | 'area' | 'frequency' | 'nature' | 'automation' | 'owner' | 'implementationStatus' | 'criteria'>;

type ControlRow = Omit<EngagementControlRecord, 'retired' | 'criteria'> & { retired: number };

const SELECT = `SELECT id, catalog_control_id AS catalogControlId, title, objective, area, frequency, nature, automation, owner,
  implementation_status AS implementationStatus, retired, retired_reason AS retiredReason, created_at AS createdAt, updated_at AS updatedAt
  FROM engagement_control`;

function withCriteria(db: Database.Database, rows: ControlRow[]): EngagementControlRecord[] {
  const mappings = db.prepare('SELECT control_id AS controlId, criterion_id AS criterionId FROM engagement_control_criterion ORDER BY criterion_id').all() as { controlId: number; criterionId: string }[];
  const byControl = new Map<number, string[]>();
  for (const mapping of mappings) byControl.set(mapping.controlId, [...(byControl.get(mapping.controlId) ?? []), mapping.criterionId]);
  return rows.map((row) => ({ ...row, retired: row.retired === 1, criteria: byControl.get(row.id) ?? [] }));
}

export function listEngagementControls(db: Database.Database): EngagementControlRecord[] {
  return withCriteria(db, db.prepare(`${SELECT} ORDER BY coalesce(catalog_control_id, 'ZZZ'), id`).all() as ControlRow[]);
}

export function getEngagementControl(db: Database.Database, id: number): EngagementControlRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as ControlRow | undefined;
  return row ? withCriteria(db, [row])[0] : undefined;
}

export function findControlByCatalogId(db: Database.Database, catalogControlId: string): number | undefined {
  return db.prepare('SELECT id FROM engagement_control WHERE catalog_control_id = ?').pluck().get(catalogControlId) as number | undefined;
}

export function insertEngagementControl(db: Database.Database, input: EngagementControlInput, now: string): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO engagement_control (catalog_control_id, title, objective, area, frequency, nature, automation, owner, implementation_status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.catalogControlId, input.title, input.objective, input.area, input.frequency, input.nature, input.automation, input.owner, input.implementationStatus, now, now).lastInsertRowid,
  );
  const map = db.prepare('INSERT OR IGNORE INTO engagement_control_criterion (control_id, criterion_id) VALUES (?, ?)');
  for (const criterionId of input.criteria) map.run(id, criterionId);
  return id;
}

export function setImplementationStatus(db: Database.Database, id: number, status: ImplementationStatus, now: string): boolean {
  return db.prepare('UPDATE engagement_control SET implementation_status = ?, updated_at = ? WHERE id = ?').run(status, now, id).changes > 0;
}

export function setControlMapping(db: Database.Database, controlId: number, criterionId: string, mapped: boolean, now: string): boolean {
  const changes = mapped
    ? db.prepare('INSERT OR IGNORE INTO engagement_control_criterion (control_id, criterion_id) VALUES (?, ?)').run(controlId, criterionId).changes
    : db.prepare('DELETE FROM engagement_control_criterion WHERE control_id = ? AND criterion_id = ?').run(controlId, criterionId).changes;
  if (changes > 0) db.prepare('UPDATE engagement_control SET updated_at = ? WHERE id = ?').run(now, controlId);
  return changes > 0;
}
