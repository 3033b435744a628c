import type Database from 'better-sqlite3';

export const EVIDENCE_METHODS = ['export', 'screenshot', 'document', 'attestation'] as const;
export type EvidenceMethod = (typeof EVIDENCE_METHODS)[number];

/** The metadata a person edits on an evidence item. */
export interface EvidenceMetadata {
  description: string;
  coversFrom: string | null;
  coversTo: string | null;
  capturedOn: string | null;
  sourceSystem: string;
  collector: string;
  method: EvidenceMethod | null;
  redacted: boolean;
  controls: string[];
  criteria: string[];
}

export interface EvidenceRecord extends EvidenceMetadata {
  id: number;
  ref: string;
  blobId: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface EvidenceFilter {
  search?: string | undefined;
  controlRef?: string | undefined;
  criterionId?: string | undefined;
  method?: EvidenceMethod | undefined;
}

/** EV-0001 … EV-9999, then EV-10000: the number is the item's never-reused id. */
export function evidenceRef(id: number): string {
  return `EV-${String(id).padStart(4, '0')}`;
}

export function parseEvidenceRef(ref: string): number | undefined {
  const match = /^EV-(\d{1,9})$/.exec(ref.trim().toUpperCase());
  return match ? Number(match[1]) : undefined;
}

interface Row {
  id: number;
  blobId: number;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  description: string;
  coversFrom: string | null;
  coversTo: string | null;
  capturedOn: string | null;
  sourceSystem: string;
  collector: string;
  method: EvidenceMethod | null;
  redacted: number;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  controls: string | null;
  criteria: string | null;
}

// Links come back as one text column each (unit separator between values: never typed in a reference).
const SELECT = `SELECT i.id, i.blob_id AS blobId, i.file_name AS fileName, i.media_type AS mediaType, b.size, b.sha256,
  i.description, i.covers_from AS coversFrom, i.covers_to AS coversTo, i.captured_on AS capturedOn,
  i.source_system AS sourceSystem, i.collector, i.method, i.redacted, i.created_at AS createdAt, i.created_by AS createdBy,
  i.updated_at AS updatedAt,
  (SELECT group_concat(control_ref, char(31)) FROM (SELECT control_ref FROM evidence_control WHERE evidence_id = i.id ORDER BY control_ref)) AS controls,
  (SELECT group_concat(criterion_id, char(31)) FROM (SELECT criterion_id FROM evidence_criterion WHERE evidence_id = i.id ORDER BY criterion_id)) AS criteria
  FROM evidence_item i JOIN evidence_blob b ON b.id = i.blob_id`;

function toRecord(row: Row): EvidenceRecord {
  return {
    ...row,
    ref: evidenceRef(row.id),
    redacted: row.redacted === 1,
    controls: row.controls ? row.controls.split('\u001f') : [],
    criteria: row.criteria ? row.criteria.split('\u001f') : [],
  };
}

function where(filter: EvidenceFilter): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const search = filter.search?.trim();
  if (search) {
    const like = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    clauses.push(`(i.file_name LIKE ? ESCAPE '\\' OR i.description LIKE ? ESCAPE '\\' OR i.source_system LIKE ? ESCAPE '\\' OR printf('EV-%04d', i.id) LIKE ? ESCAPE '\\')`);
    params.push(like, like, like, like);
  }
  if (filter.controlRef) {
    clauses.push('EXISTS (SELECT 1 FROM evidence_control c WHERE c.evidence_id = i.id AND c.control_ref = ?)');
    params.push(filter.controlRef);
  }
  if (filter.criterionId) {
    clauses.push('EXISTS (SELECT 1 FROM evidence_criterion c WHERE c.evidence_id = i.id AND c.criterion_id = ?)');
    params.push(filter.criterionId);
  }
  if (filter.method) {
    clauses.push('i.method = ?');
    params.push(filter.method);
  }
  return { sql: clauses.length > 0 ? ` WHERE ${clauses.join(' AND ')}` : '', params };
}

export function listEvidence(db: Database.Database, filter: EvidenceFilter, page: { offset: number; limit: number }): { items: EvidenceRecord[]; total: number } {
  const { sql, params } = where(filter);
  const total = db.prepare(`SELECT count(*) FROM evidence_item i${sql}`).pluck().get(...params) as number;
  const rows = db.prepare(`${SELECT}${sql} ORDER BY i.id LIMIT ? OFFSET ?`).all(...params, page.limit, page.offset) as Row[];
  return { items: rows.map(toRecord), total };
}

/** Every item in number order (the package and verification read them all, metadata only). */
export function listAllEvidence(db: Database.Database): EvidenceRecord[] {
  return (db.prepare(`${SELECT} ORDER BY i.id`).all() as Row[]).map(toRecord);
}

export function getEvidence(db: Database.Database, id: number): EvidenceRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE i.id = ?`).get(id) as Row | undefined;
  return row ? toRecord(row) : undefined;
}

export function findEvidenceByBlob(db: Database.Database, blobId: number): EvidenceRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE i.blob_id = ?`).get(blobId) as Row | undefined;
  return row ? toRecord(row) : undefined;
}

export function insertEvidence(db: Database.Database, input: { blobId: number; fileName: string; mediaType: string; createdBy: string } & EvidenceMetadata, now: string): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO evidence_item (blob_id, file_name, media_type, description, covers_from, covers_to, captured_on, source_system, collector, method, redacted, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.blobId, input.fileName, input.mediaType, input.description, input.coversFrom, input.coversTo, input.capturedOn, input.sourceSystem, input.collector, input.method, input.redacted ? 1 : 0, now, input.createdBy, now).lastInsertRowid,
  );
  addEvidenceLinks(db, id, input.controls, input.criteria);
  return id;
}

/** Adds links (existing ones stay); returns how many were new. */
export function addEvidenceLinks(db: Database.Database, id: number, controls: readonly string[], criteria: readonly string[]): number {
  const control = db.prepare('INSERT OR IGNORE INTO evidence_control (evidence_id, control_ref) VALUES (?, ?)');
  const criterion = db.prepare('INSERT OR IGNORE INTO evidence_criterion (evidence_id, criterion_id) VALUES (?, ?)');
  let added = 0;
  for (const ref of controls) added += control.run(id, ref).changes;
  for (const criterionId of criteria) added += criterion.run(id, criterionId).changes;
  return added;
}

const COLUMNS: Record<Exclude<keyof EvidenceMetadata, 'controls' | 'criteria'> | 'fileName', string> = {
  fileName: 'file_name',
  description: 'description',
  coversFrom: 'covers_from',
  coversTo: 'covers_to',
  capturedOn: 'captured_on',
  sourceSystem: 'source_system',
  collector: 'collector',
  method: 'method',
  redacted: 'redacted',
};

export type EvidencePatch = Partial<EvidenceMetadata & { fileName: string }>;

/** Applies a metadata patch; column names come from the allow-list above. */
export function updateEvidence(db: Database.Database, id: number, patch: EvidencePatch, now: string): void {
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const [key, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    if (patch[key] === undefined) continue;
    sets.push(`${column} = ?`);
    const value = patch[key];
    params.push(typeof value === 'boolean' ? (value ? 1 : 0) : value);
  }
  db.prepare(`UPDATE evidence_item SET ${[...sets, 'updated_at = ?'].join(', ')} WHERE id = ?`).run(...params, now, id);
  if (patch.controls !== undefined) {
    db.prepare('DELETE FROM evidence_control WHERE evidence_id = ?').run(id);
    addEvidenceLinks(db, id, patch.controls, []);
  }
  if (patch.criteria !== undefined) {
    db.prepare('DELETE FROM evidence_criterion WHERE evidence_id = ?').run(id);
    addEvidenceLinks(db, id, [], patch.criteria);
  }
}

export function deleteEvidence(db: Database.Database, id: number): void {
  db.prepare('DELETE FROM evidence_control WHERE evidence_id = ?').run(id);
  db.prepare('DELETE FROM evidence_criterion WHERE evidence_id = ?').run(id);
  db.prepare('DELETE FROM evidence_item WHERE id = ?').run(id);
}

/** Counts for the step's summary line. */
export function evidenceTotals(db: Database.Database): { items: number; bytes: number } {
  const row = db.prepare('SELECT count(*) AS items, coalesce(sum(b.size), 0) AS bytes FROM evidence_item i JOIN evidence_blob b ON b.id = i.blob_id').get() as { items: number; bytes: number };
  return row;
}
