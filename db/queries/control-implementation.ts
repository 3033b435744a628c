import type Database from 'better-sqlite3';

/**
 * Step 3's part of an engagement control (columns of migration 4 and its link tables). The columns
 * that start as the library's are null until someone edits them; core/controls resolves them against
 * the engagement's catalog.
 */
export interface ControlImplementationRecord {
  controlId: number;
  notes: string;
  /** null: as in the catalog (false for a control written for this engagement). */
  key: boolean | null;
  /** JSON text of {methods, steps}, or null: as in the catalog. */
  testProcedure: string | null;
  /** JSON text of a string array, or null: as in the catalog. */
  suggestedEvidence: string | null;
  policyIds: number[];
  systemIds: number[];
}

interface Row {
  controlId: number;
  notes: string;
  key: number | null;
  testProcedure: string | null;
  suggestedEvidence: string | null;
}

function groupLinks(rows: { controlId: number; otherId: number }[]): Map<number, number[]> {
  const byControl = new Map<number, number[]>();
  for (const row of rows) {
    const list = byControl.get(row.controlId);
    if (list) list.push(row.otherId);
    else byControl.set(row.controlId, [row.otherId]);
  }
  return byControl;
}

export function listControlImplementation(db: Database.Database): Map<number, ControlImplementationRecord> {
  const rows = db
    .prepare('SELECT id AS controlId, implementation_notes AS notes, key_control AS key, test_procedure AS testProcedure, suggested_evidence AS suggestedEvidence FROM engagement_control')
    .all() as Row[];
  const policies = groupLinks(db.prepare('SELECT control_id AS controlId, policy_id AS otherId FROM control_policy ORDER BY policy_id').all() as { controlId: number; otherId: number }[]);
  const systems = groupLinks(db.prepare('SELECT control_id AS controlId, system_id AS otherId FROM control_system ORDER BY system_id').all() as { controlId: number; otherId: number }[]);
  return new Map(
    rows.map((row) => [
      row.controlId,
      { ...row, key: row.key === null ? null : row.key === 1, policyIds: policies.get(row.controlId) ?? [], systemIds: systems.get(row.controlId) ?? [] },
    ]),
  );
}

/** The fields of engagement_control step 3 edits; column names come from this allow-list only. */
export interface ControlPatch {
  title?: string;
  objective?: string;
  area?: string;
  owner?: string;
  frequency?: string;
  nature?: string;
  automation?: string;
  implementationStatus?: string;
  notes?: string;
  key?: boolean;
  /** JSON text. */
  testProcedure?: string;
  /** JSON text. */
  suggestedEvidence?: string;
}

const COLUMNS: Record<keyof ControlPatch, string> = {
  title: 'title',
  objective: 'objective',
  area: 'area',
  owner: 'owner',
  frequency: 'frequency',
  nature: 'nature',
  automation: 'automation',
  implementationStatus: 'implementation_status',
  notes: 'implementation_notes',
  key: 'key_control',
  testProcedure: 'test_procedure',
  suggestedEvidence: 'suggested_evidence',
};

export function updateControl(db: Database.Database, id: number, patch: ControlPatch, now: string): boolean {
  const keys = (Object.keys(patch) as (keyof ControlPatch)[]).filter((key) => COLUMNS[key] !== undefined && patch[key] !== undefined);
  if (keys.length === 0) return false;
  const values = keys.map((key) => {
    const value = patch[key];
    return typeof value === 'boolean' ? (value ? 1 : 0) : value;
  });
  return db.prepare(`UPDATE engagement_control SET ${keys.map((key) => `${COLUMNS[key]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, id).changes > 0;
}

export function setControlRetired(db: Database.Database, id: number, reason: string | null, now: string): boolean {
  return db.prepare('UPDATE engagement_control SET retired = ?, retired_reason = ?, updated_at = ? WHERE id = ?').run(reason === null ? 0 : 1, reason ?? '', now, id).changes > 0;
}

/** Replaces the mapped criteria of one control. */
export function replaceControlCriteria(db: Database.Database, id: number, criteria: readonly string[]): void {
  db.prepare('DELETE FROM engagement_control_criterion WHERE control_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO engagement_control_criterion (control_id, criterion_id) VALUES (?, ?)');
  for (const criterionId of criteria) insert.run(id, criterionId);
}

export function replaceControlPolicies(db: Database.Database, id: number, policyIds: readonly number[]): void {
  db.prepare('DELETE FROM control_policy WHERE control_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO control_policy (control_id, policy_id) VALUES (?, ?)');
  for (const policyId of policyIds) insert.run(id, policyId);
}

export function replaceControlSystems(db: Database.Database, id: number, systemIds: readonly number[]): void {
  db.prepare('DELETE FROM control_system WHERE control_id = ?').run(id);
  const insert = db.prepare('INSERT OR IGNORE INTO control_system (control_id, system_id) VALUES (?, ?)');
  for (const systemId of systemIds) insert.run(id, systemId);
}

export function linkControlPolicy(db: Database.Database, controlId: number, policyId: number): boolean {
  return db.prepare('INSERT OR IGNORE INTO control_policy (control_id, policy_id) VALUES (?, ?)').run(controlId, policyId).changes > 0;
}
