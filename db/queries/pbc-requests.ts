import type Database from 'better-sqlite3';

export const PBC_STATUSES = ['open', 'in-progress', 'provided', 'accepted', 'not-applicable'] as const;
export type PbcStatus = (typeof PBC_STATUSES)[number];
export type PbcSource = 'manual' | 'csv' | 'auditor';

/** One item of the auditor's request list ("provided by client"). */
export interface PbcRecord {
  id: number;
  reference: string;
  request: string;
  status: PbcStatus;
  owner: string;
  dueDate: string | null;
  linkedEvidence: string[];
  notes: string;
  source: PbcSource;
  createdAt: string;
  updatedAt: string;
}

export type PbcInput = Pick<PbcRecord, 'reference' | 'request' | 'status' | 'owner' | 'dueDate' | 'linkedEvidence' | 'notes' | 'source'>;
export type PbcPatch = Partial<Omit<PbcInput, 'source'>>;

type PbcRow = Omit<PbcRecord, 'linkedEvidence'> & { linkedEvidence: string };

const SELECT = `SELECT id, reference, request, status, owner, due_date AS dueDate, linked_evidence AS linkedEvidence, notes, source,
  created_at AS createdAt, updated_at AS updatedAt FROM pbc_request`;

function toRecord(row: PbcRow): PbcRecord {
  return { ...row, linkedEvidence: JSON.parse(row.linkedEvidence) as string[] };
}

export function listPbcRequests(db: Database.Database): PbcRecord[] {
  return (db.prepare(`${SELECT} ORDER BY id`).all() as PbcRow[]).map(toRecord);
}

export function getPbcRequest(db: Database.Database, id: number): PbcRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as PbcRow | undefined;
  return row ? toRecord(row) : undefined;
}

export function insertPbcRequest(db: Database.Database, input: PbcInput, now: string): number {
  return Number(
    db
      .prepare(
        `INSERT INTO pbc_request (reference, request, status, owner, due_date, linked_evidence, notes, source, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.reference, input.request, input.status, input.owner, input.dueDate, JSON.stringify(input.linkedEvidence), input.notes, input.source, now, now).lastInsertRowid,
  );
}

/** Column names come from this allow-list only; values are always bound parameters. */
const COLUMNS: Record<keyof PbcPatch, string> = {
  reference: 'reference',
  request: 'request',
  status: 'status',
  owner: 'owner',
  dueDate: 'due_date',
  linkedEvidence: 'linked_evidence',
  notes: 'notes',
};

export function updatePbcRequest(db: Database.Database, id: number, patch: PbcPatch, now: string): boolean {
  const assignments: string[] = [];
  const values: unknown[] = [];
  for (const key of Object.keys(patch) as (keyof PbcPatch)[]) {
    const column = COLUMNS[key];
    if (!column || patch[key] === undefined) continue;
    assignments.push(`${column} = ?`);
    values.push(key === 'linkedEvidence' ? JSON.stringify(patch.linkedEvidence) : patch[key]);
  }
  if (assignments.length === 0) return false;
  return db.prepare(`UPDATE pbc_request SET ${assignments.join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, id).changes > 0;
}

export function deletePbcRequest(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM pbc_request WHERE id = ?').run(id).changes > 0;
}
