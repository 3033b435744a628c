import type Database from 'better-sqlite3';

export type PopulationEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** A population listing as recorded (its rows are read separately, they can be many). */
export interface PopulationRecord {
  id: number;
  name: string;
  sourceSystem: string;
  query: string;
  ranBy: string;
  ranOn: string | null;
  coversFrom: string | null;
  coversTo: string | null;
  fileName: string;
  fileSha256: string;
  fileBytes: number;
  encoding: PopulationEncoding;
  hadBom: boolean;
  delimiter: string;
  headers: string[];
  rowCount: number;
  /** What the import noticed (ragged rows, encoding…), in plain words; JSON in the table. */
  importNotes: string[];
  importedBy: string;
  importedAt: string;
  /** Engagement control ids this population serves. */
  controlIds: number[];
}

export type PopulationInput = Omit<PopulationRecord, 'id' | 'controlIds'>;

export interface PopulationRow {
  rowNumber: number;
  lineNumber: number;
  cells: string[];
}

const SELECT = `SELECT id, name, source_system AS sourceSystem, query, ran_by AS ranBy, ran_on AS ranOn, covers_from AS coversFrom, covers_to AS coversTo,
  file_name AS fileName, file_sha256 AS fileSha256, file_bytes AS fileBytes, encoding, had_bom AS hadBom, delimiter, headers, row_count AS rowCount,
  import_notes AS importNotes, imported_by AS importedBy, imported_at AS importedAt FROM population`;

type Row = Omit<PopulationRecord, 'hadBom' | 'headers' | 'importNotes' | 'controlIds'> & { hadBom: number; headers: string; importNotes: string };

/** JSON text columns come from a file that may have been edited elsewhere: unreadable means empty, never a crash. */
function stringArray(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item : String(item))) : [];
  } catch {
    return [];
  }
}

function toRecord(db: Database.Database, rows: Row[]): PopulationRecord[] {
  const links = db.prepare('SELECT population_id AS populationId, control_id AS controlId FROM population_control ORDER BY control_id').all() as { populationId: number; controlId: number }[];
  const byPopulation = new Map<number, number[]>();
  for (const link of links) byPopulation.set(link.populationId, [...(byPopulation.get(link.populationId) ?? []), link.controlId]);
  return rows.map((row) => ({ ...row, hadBom: row.hadBom === 1, headers: stringArray(row.headers), importNotes: stringArray(row.importNotes), controlIds: byPopulation.get(row.id) ?? [] }));
}

export function listPopulations(db: Database.Database): PopulationRecord[] {
  return toRecord(db, db.prepare(`${SELECT} ORDER BY id`).all() as Row[]);
}

export function getPopulation(db: Database.Database, id: number): PopulationRecord | undefined {
  const row = db.prepare(`${SELECT} WHERE id = ?`).get(id) as Row | undefined;
  return row ? toRecord(db, [row])[0] : undefined;
}

export function findPopulationBySha256(db: Database.Database, sha256: string): { id: number; name: string } | undefined {
  return db.prepare('SELECT id, name FROM population WHERE file_sha256 = ? ORDER BY id LIMIT 1').get(sha256) as { id: number; name: string } | undefined;
}

export function insertPopulation(db: Database.Database, input: PopulationInput): number {
  return Number(
    db
      .prepare(
        `INSERT INTO population (name, source_system, query, ran_by, ran_on, covers_from, covers_to, file_name, file_sha256, file_bytes, encoding, had_bom, delimiter, headers, row_count, import_notes, imported_by, imported_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.name,
        input.sourceSystem,
        input.query,
        input.ranBy,
        input.ranOn,
        input.coversFrom,
        input.coversTo,
        input.fileName,
        input.fileSha256,
        input.fileBytes,
        input.encoding,
        input.hadBom ? 1 : 0,
        input.delimiter,
        JSON.stringify(input.headers),
        input.rowCount,
        JSON.stringify(input.importNotes),
        input.importedBy,
        input.importedAt,
      ).lastInsertRowid,
  );
}

/** A prepared inserter for one population's rows: imports call it once per row inside their transaction. */
export function populationRowInserter(db: Database.Database, populationId: number): (row: PopulationRow) => void {
  const statement = db.prepare('INSERT INTO population_row (population_id, row_number, line_number, cells) VALUES (?, ?, ?, ?)');
  return (row) => void statement.run(populationId, row.rowNumber, row.lineNumber, JSON.stringify(row.cells));
}

export interface PopulationDetailsPatch {
  name?: string;
  sourceSystem?: string;
  query?: string;
  ranBy?: string;
  ranOn?: string | null;
  coversFrom?: string | null;
  coversTo?: string | null;
}

/** Column names come from this allow-list only. The file, its hash and its rows never change. */
const PATCH_COLUMNS: Record<keyof PopulationDetailsPatch, string> = {
  name: 'name',
  sourceSystem: 'source_system',
  query: 'query',
  ranBy: 'ran_by',
  ranOn: 'ran_on',
  coversFrom: 'covers_from',
  coversTo: 'covers_to',
};

export function updatePopulationDetails(db: Database.Database, id: number, patch: PopulationDetailsPatch): boolean {
  const keys = (Object.keys(patch) as (keyof PopulationDetailsPatch)[]).filter((key) => patch[key] !== undefined);
  if (keys.length === 0) return false;
  const assignments = keys.map((key) => `${PATCH_COLUMNS[key]} = ?`).join(', ');
  return db.prepare(`UPDATE population SET ${assignments} WHERE id = ?`).run(...keys.map((key) => patch[key] ?? null), id).changes > 0;
}

export function setPopulationControls(db: Database.Database, populationId: number, controlIds: readonly number[]): void {
  db.prepare('DELETE FROM population_control WHERE population_id = ?').run(populationId);
  const insert = db.prepare('INSERT OR IGNORE INTO population_control (population_id, control_id) VALUES (?, ?)');
  for (const controlId of controlIds) insert.run(populationId, controlId);
}

export function deletePopulation(db: Database.Database, id: number): boolean {
  return db.prepare('DELETE FROM population WHERE id = ?').run(id).changes > 0;
}

/** How many samples were drawn from the population (a population in use cannot be removed). */
export function countSamplesOfPopulation(db: Database.Database, id: number): number {
  return db.prepare('SELECT count(*) FROM readiness_sample WHERE population_id = ?').pluck().get(id) as number;
}

type StoredRow = { rowNumber: number; lineNumber: number; cells: string };
const toRow = (row: StoredRow): PopulationRow => ({ rowNumber: row.rowNumber, lineNumber: row.lineNumber, cells: stringArray(row.cells) });

/** One page of rows in file order. */
export function listPopulationRows(db: Database.Database, populationId: number, offset: number, limit: number): PopulationRow[] {
  const rows = db.prepare('SELECT row_number AS rowNumber, line_number AS lineNumber, cells FROM population_row WHERE population_id = ? ORDER BY row_number LIMIT ? OFFSET ?').all(populationId, limit, offset) as StoredRow[];
  return rows.map(toRow);
}

/** The rows with the given numbers (a sample), in row order. */
export function getPopulationRows(db: Database.Database, populationId: number, rowNumbers: readonly number[]): PopulationRow[] {
  const statement = db.prepare('SELECT row_number AS rowNumber, line_number AS lineNumber, cells FROM population_row WHERE population_id = ? AND row_number = ?');
  return [...rowNumbers]
    .sort((a, b) => a - b)
    .flatMap((rowNumber) => {
      const row = statement.get(populationId, rowNumber) as StoredRow | undefined;
      return row ? [toRow(row)] : [];
    });
}

/** Every row in file order, one at a time (for the package ZIP and the CLI); memory stays flat. */
export function iteratePopulationRows(db: Database.Database, populationId: number): IterableIterator<PopulationRow> {
  const iterator = db.prepare('SELECT row_number AS rowNumber, line_number AS lineNumber, cells FROM population_row WHERE population_id = ? ORDER BY row_number').iterate(populationId) as IterableIterator<StoredRow>;
  return (function* () {
    for (const row of iterator) yield toRow(row);
  })();
}
