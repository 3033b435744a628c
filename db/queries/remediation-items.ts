import type Database from 'better-sqlite3';

export type RemediationSeverity = 'low' | 'medium' | 'high';
export type RemediationStatus = 'open' | 'in-progress' | 'done';

/** A piece of work that closes a gap; step 3 tracks the same items to done. */
export interface RemediationRecord {
  id: number;
  criterionId: string | null;
  controlId: number | null;
  title: string;
  owner: string;
  severity: RemediationSeverity;
  dueDate: string | null;
  status: RemediationStatus;
  createdAt: string;
  updatedAt: string;
}

export type RemediationInput = Pick<RemediationRecord, 'criterionId' | 'controlId' | 'title' | 'owner' | 'severity' | 'dueDate' | 'status'>;

const COLUMNS: Record<keyof RemediationInput, string> = {
  criterionId: 'criterion_id',
  controlId: 'control_id',
  title: 'title',
  owner: 'owner',
  severity: 'severity',
  dueDate: 'due_date',
  status: 'status',
};

const SELECT =
  'SELECT id, criterion_id AS criterionId, control_id AS controlId, title, owner, severity, due_date AS dueDate, status, created_at AS createdAt, updated_at AS updatedAt FROM remediation_item';

export function listRemediationItems(db: Database.Database): RemediationRecord[] {
  return db.prepare(`${SELECT} ORDER BY id`).all() as RemediationRecord[];
}

export function getRemediationItem(db: Database.Database, id: number): RemediationRecord | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as RemediationRecord | undefined;
}

export function insertRemediationItem(db: Database.Database, input: RemediationInput, now: string): number {
  const keys = Object.keys(COLUMNS) as (keyof RemediationInput)[];
  const result = db
    .prepare(`INSERT INTO remediation_item (${keys.map((key) => COLUMNS[key]).join(', ')}, created_at, updated_at) VALUES (${keys.map(() => '?').join(', ')}, ?, ?)`)
    .run(...keys.map((key) => input[key]), now, now);
  return Number(result.lastInsertRowid);
}

export function updateRemediationItem(db: Database.Database, id: number, patch: Partial<RemediationInput>, now: string): void {
  const keys = (Object.keys(patch) as (keyof RemediationInput)[]).filter((key) => COLUMNS[key] && patch[key] !== undefined);
  if (keys.length === 0) return;
  db.prepare(`UPDATE remediation_item SET ${keys.map((key) => `${COLUMNS[key]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...keys.map((key) => patch[key]), now, id);
}

export function deleteRemediationItem(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM remediation_item WHERE id = ?').run(id).changes > 0;
}
