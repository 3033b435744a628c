import type Database from 'better-sqlite3';

export type ReadinessConclusion = 'not-concluded' | 'no-exceptions' | 'exceptions-noted' | 'not-operating';
export type SampleItemResult = 'not-tested' | 'pass' | 'exception';
export type SampleSource = 'population' | 'occurrences';

/** One control's internal readiness test. */
export interface ReadinessTestRecord {
  id: number;
  controlId: number;
  procedure: string;
  methods: string[];
  tester: string;
  testedOn: string | null;
  conclusion: ReadinessConclusion;
  conclusionNote: string;
  createdAt: string;
  updatedAt: string;
}

export interface SampleRecord {
  id: number;
  testId: number;
  source: SampleSource;
  populationId: number | null;
  sourceSize: number;
  sourceSha256: string;
  seed: string;
  algorithm: string;
  size: number;
  suggestedSize: number | null;
  sizeBasis: string;
  drawnBy: string;
  drawnAt: string;
}

export interface SampleItemRecord {
  sampleId: number;
  position: number;
  rowNumber: number;
  label: string;
  result: SampleItemResult;
  note: string;
  updatedAt: string;
}

export interface ExceptionRecord {
  id: number;
  testId: number;
  sampleId: number | null;
  position: number | null;
  description: string;
  rootCause: string;
  managementResponse: string;
  responseOwner: string;
  createdAt: string;
  updatedAt: string;
}

const TEST_SELECT = `SELECT id, control_id AS controlId, procedure, methods, tester, tested_on AS testedOn, conclusion, conclusion_note AS conclusionNote,
  created_at AS createdAt, updated_at AS updatedAt FROM readiness_test`;

type TestRow = Omit<ReadinessTestRecord, 'methods'> & { methods: string };

function methodsOf(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

const toTest = (row: TestRow): ReadinessTestRecord => ({ ...row, methods: methodsOf(row.methods) });

export function listReadinessTests(db: Database.Database): ReadinessTestRecord[] {
  return (db.prepare(`${TEST_SELECT} ORDER BY id`).all() as TestRow[]).map(toTest);
}

export function getReadinessTest(db: Database.Database, id: number): ReadinessTestRecord | undefined {
  const row = db.prepare(`${TEST_SELECT} WHERE id = ?`).get(id) as TestRow | undefined;
  return row ? toTest(row) : undefined;
}

export function findReadinessTestByControl(db: Database.Database, controlId: number): ReadinessTestRecord | undefined {
  const row = db.prepare(`${TEST_SELECT} WHERE control_id = ?`).get(controlId) as TestRow | undefined;
  return row ? toTest(row) : undefined;
}

export function insertReadinessTest(db: Database.Database, input: { controlId: number; procedure: string; methods: readonly string[] }, now: string): number {
  return Number(
    db.prepare('INSERT INTO readiness_test (control_id, procedure, methods, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(input.controlId, input.procedure, JSON.stringify(input.methods), now, now).lastInsertRowid,
  );
}

export interface ReadinessTestPatch {
  procedure?: string;
  methods?: string[];
  tester?: string;
  testedOn?: string | null;
  conclusion?: ReadinessConclusion;
  conclusionNote?: string;
}

/** Column names from this allow-list only. */
const TEST_COLUMNS: Record<keyof ReadinessTestPatch, string> = {
  procedure: 'procedure',
  methods: 'methods',
  tester: 'tester',
  testedOn: 'tested_on',
  conclusion: 'conclusion',
  conclusionNote: 'conclusion_note',
};

export function updateReadinessTest(db: Database.Database, id: number, patch: ReadinessTestPatch, now: string): boolean {
  const keys = (Object.keys(patch) as (keyof ReadinessTestPatch)[]).filter((key) => patch[key] !== undefined);
  if (keys.length === 0) return false;
  const values = keys.map((key) => (key === 'methods' ? JSON.stringify(patch.methods) : (patch[key] ?? null)));
  const assignments = keys.map((key) => `${TEST_COLUMNS[key]} = ?`).join(', ');
  return db.prepare(`UPDATE readiness_test SET ${assignments}, updated_at = ? WHERE id = ?`).run(...values, now, id).changes > 0;
}

const SAMPLE_SELECT = `SELECT id, test_id AS testId, source, population_id AS populationId, source_size AS sourceSize, source_sha256 AS sourceSha256, seed, algorithm, size,
  suggested_size AS suggestedSize, size_basis AS sizeBasis, drawn_by AS drawnBy, drawn_at AS drawnAt FROM readiness_sample`;

export function listSamples(db: Database.Database, testId?: number): SampleRecord[] {
  return (testId === undefined ? db.prepare(`${SAMPLE_SELECT} ORDER BY id`).all() : db.prepare(`${SAMPLE_SELECT} WHERE test_id = ? ORDER BY id`).all(testId)) as SampleRecord[];
}

export function getSample(db: Database.Database, id: number): SampleRecord | undefined {
  return db.prepare(`${SAMPLE_SELECT} WHERE id = ?`).get(id) as SampleRecord | undefined;
}

export type SampleInput = Omit<SampleRecord, 'id'>;

/** Records a drawn sample and its items (one per selected row, labelled) in one go. */
export function insertSample(db: Database.Database, input: SampleInput, items: readonly { rowNumber: number; label: string }[], now: string): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO readiness_sample (test_id, source, population_id, source_size, source_sha256, seed, algorithm, size, suggested_size, size_basis, drawn_by, drawn_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.testId, input.source, input.populationId, input.sourceSize, input.sourceSha256, input.seed, input.algorithm, input.size, input.suggestedSize, input.sizeBasis, input.drawnBy, input.drawnAt).lastInsertRowid,
  );
  const insertItem = db.prepare('INSERT INTO readiness_sample_item (sample_id, position, row_number, label, updated_at) VALUES (?, ?, ?, ?, ?)');
  items.forEach((item, index) => insertItem.run(id, index + 1, item.rowNumber, item.label, now));
  return id;
}

export function deleteSample(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM readiness_sample WHERE id = ?').run(id).changes > 0;
}

const ITEM_SELECT = 'SELECT sample_id AS sampleId, position, row_number AS rowNumber, label, result, note, updated_at AS updatedAt FROM readiness_sample_item';

export function listSampleItems(db: Database.Database, sampleId?: number): SampleItemRecord[] {
  return (
    sampleId === undefined ? db.prepare(`${ITEM_SELECT} ORDER BY sample_id, position`).all() : db.prepare(`${ITEM_SELECT} WHERE sample_id = ? ORDER BY position`).all(sampleId)
  ) as SampleItemRecord[];
}

export function getSampleItem(db: Database.Database, sampleId: number, position: number): SampleItemRecord | undefined {
  return db.prepare(`${ITEM_SELECT} WHERE sample_id = ? AND position = ?`).get(sampleId, position) as SampleItemRecord | undefined;
}

export function updateSampleItem(db: Database.Database, sampleId: number, position: number, patch: { result?: SampleItemResult; note?: string }, now: string): boolean {
  const current = getSampleItem(db, sampleId, position);
  if (!current) return false;
  return (
    db.prepare('UPDATE readiness_sample_item SET result = ?, note = ?, updated_at = ? WHERE sample_id = ? AND position = ?').run(patch.result ?? current.result, patch.note ?? current.note, now, sampleId, position).changes > 0
  );
}

const EXCEPTION_SELECT = `SELECT id, test_id AS testId, sample_id AS sampleId, position, description, root_cause AS rootCause, management_response AS managementResponse,
  response_owner AS responseOwner, created_at AS createdAt, updated_at AS updatedAt FROM readiness_exception`;

export function listExceptions(db: Database.Database, testId?: number): ExceptionRecord[] {
  return (testId === undefined ? db.prepare(`${EXCEPTION_SELECT} ORDER BY id`).all() : db.prepare(`${EXCEPTION_SELECT} WHERE test_id = ? ORDER BY id`).all(testId)) as ExceptionRecord[];
}

export function getException(db: Database.Database, id: number): ExceptionRecord | undefined {
  return db.prepare(`${EXCEPTION_SELECT} WHERE id = ?`).get(id) as ExceptionRecord | undefined;
}

export type ExceptionInput = Pick<ExceptionRecord, 'testId' | 'sampleId' | 'position' | 'description' | 'rootCause' | 'managementResponse' | 'responseOwner'>;

export function insertException(db: Database.Database, input: ExceptionInput, now: string): number {
  return Number(
    db
      .prepare('INSERT INTO readiness_exception (test_id, sample_id, position, description, root_cause, management_response, response_owner, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(input.testId, input.sampleId, input.position, input.description, input.rootCause, input.managementResponse, input.responseOwner, now, now).lastInsertRowid,
  );
}

export type ExceptionPatch = Partial<Pick<ExceptionRecord, 'description' | 'rootCause' | 'managementResponse' | 'responseOwner'>>;

const EXCEPTION_COLUMNS: Record<keyof ExceptionPatch, string> = {
  description: 'description',
  rootCause: 'root_cause',
  managementResponse: 'management_response',
  responseOwner: 'response_owner',
};

export function updateException(db: Database.Database, id: number, patch: ExceptionPatch, now: string): boolean {
  const keys = (Object.keys(patch) as (keyof ExceptionPatch)[]).filter((key) => patch[key] !== undefined);
  if (keys.length === 0) return false;
  const assignments = keys.map((key) => `${EXCEPTION_COLUMNS[key]} = ?`).join(', ');
  return db.prepare(`UPDATE readiness_exception SET ${assignments}, updated_at = ? WHERE id = ?`).run(...keys.map((key) => patch[key]!), now, id).changes > 0;
}

export function deleteException(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM readiness_exception WHERE id = ?').run(id).changes > 0;
}
