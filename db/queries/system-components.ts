import type Database from 'better-sqlite3';

/** One component of the in-scope system inventory. */
export interface SystemComponentRecord {
  id: number;
  name: string;
  type: string;
  owner: string;
  environment: string;
  dataClassification: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export type SystemComponentInput = Pick<SystemComponentRecord, 'name' | 'type' | 'owner' | 'environment' | 'dataClassification' | 'notes'>;

const COLUMNS: Record<keyof SystemComponentInput, string> = {
  name: 'name',
  type: 'type',
  owner: 'owner',
  environment: 'environment',
  dataClassification: 'data_classification',
  notes: 'notes',
};

const SELECT = `SELECT id, name, type, owner, environment, data_classification AS dataClassification, notes, created_at AS createdAt, updated_at AS updatedAt FROM system_component`;

export function listSystemComponents(db: Database.Database): SystemComponentRecord[] {
  return db.prepare(`${SELECT} ORDER BY name COLLATE NOCASE, id`).all() as SystemComponentRecord[];
}

export function getSystemComponent(db: Database.Database, id: number): SystemComponentRecord | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as SystemComponentRecord | undefined;
}

export function insertSystemComponent(db: Database.Database, input: SystemComponentInput, now: string): number {
  const result = db
    .prepare('INSERT INTO system_component (name, type, owner, environment, data_classification, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(input.name, input.type, input.owner, input.environment, input.dataClassification, input.notes, now, now);
  return Number(result.lastInsertRowid);
}

export function updateSystemComponent(db: Database.Database, id: number, patch: Partial<SystemComponentInput>, now: string): void {
  const keys = (Object.keys(patch) as (keyof SystemComponentInput)[]).filter((key) => COLUMNS[key] && patch[key] !== undefined);
  if (keys.length === 0) return;
  db.prepare(`UPDATE system_component SET ${keys.map((key) => `${COLUMNS[key]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...keys.map((key) => patch[key]), now, id);
}

export function deleteSystemComponent(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM system_component WHERE id = ?').run(id).changes > 0;
}
