import type Database from 'better-sqlite3';

/** One vendor in the register; subservice organisations are vendors with `isSubservice`. */
export interface VendorRecord {
  id: number;
  name: string;
  service: string;
  criticality: string;
  isSubservice: boolean;
  subserviceMethod: string | null;
  socReport: string;
  socPeriodStart: string | null;
  socPeriodEnd: string | null;
  socOpinion: string;
  bridgeLetterFrom: string | null;
  bridgeLetterTo: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export type VendorInput = Omit<VendorRecord, 'id' | 'createdAt' | 'updatedAt'>;

const COLUMNS: Record<keyof VendorInput, string> = {
  name: 'name',
  service: 'service',
  criticality: 'criticality',
  isSubservice: 'is_subservice',
  subserviceMethod: 'subservice_method',
  socReport: 'soc_report',
  socPeriodStart: 'soc_period_start',
  socPeriodEnd: 'soc_period_end',
  socOpinion: 'soc_opinion',
  bridgeLetterFrom: 'bridge_letter_from',
  bridgeLetterTo: 'bridge_letter_to',
  notes: 'notes',
};

const KEYS = Object.keys(COLUMNS) as (keyof VendorInput)[];

const SELECT = `SELECT id, ${KEYS.map((key) => `${COLUMNS[key]} AS ${key}`).join(', ')}, created_at AS createdAt, updated_at AS updatedAt FROM vendor`;

type VendorRow = Omit<VendorRecord, 'isSubservice'> & { isSubservice: number };

const fromRow = (row: VendorRow): VendorRecord => ({ ...row, isSubservice: row.isSubservice === 1 });

/** SQLite has no boolean: the flag is stored as 0/1. */
const toColumnValue = (key: keyof VendorInput, value: unknown): unknown => (key === 'isSubservice' ? (value ? 1 : 0) : value);

export function listVendors(db: Database.Database): VendorRecord[] {
  return (db.prepare(`${SELECT} ORDER BY name COLLATE NOCASE, id`).all() as VendorRow[]).map(fromRow);
}

export function getVendor(db: Database.Database, id: number): VendorRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as VendorRow | undefined;
  return row ? fromRow(row) : undefined;
}

export function insertVendor(db: Database.Database, input: VendorInput, now: string): number {
  const result = db
    .prepare(`INSERT INTO vendor (${KEYS.map((key) => COLUMNS[key]).join(', ')}, created_at, updated_at) VALUES (${KEYS.map(() => '?').join(', ')}, ?, ?)`)
    .run(...KEYS.map((key) => toColumnValue(key, input[key])), now, now);
  return Number(result.lastInsertRowid);
}

export function updateVendor(db: Database.Database, id: number, patch: Partial<VendorInput>, now: string): void {
  const keys = (Object.keys(patch) as (keyof VendorInput)[]).filter((key) => COLUMNS[key] && patch[key] !== undefined);
  if (keys.length === 0) return;
  db.prepare(`UPDATE vendor SET ${keys.map((key) => `${COLUMNS[key]} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...keys.map((key) => toColumnValue(key, patch[key])), now, id);
}

export function deleteVendor(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM vendor WHERE id = ?').run(id).changes > 0;
}
