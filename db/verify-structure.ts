import type Database from 'better-sqlite3';
import { WorkspaceError } from './errors';
import type { Migration } from './migrations/migration';
import { diffSchemas, expectedSchema, readSchema } from './schema';

export interface StructureReport {
  schemaProblems: string[];
  integrityProblems: string[];
}

/**
 * Checks a guarded connection before the app trusts anything in it: the schema must be exactly the one
 * the migrations make for the file's version (no extra triggers, views or tables smuggled in), and
 * SQLite's integrity check must pass. Reads only.
 */
export function inspectStructure(db: Database.Database, migrations: readonly Migration[], version: number, scope: IntegrityScope = 'full'): StructureReport {
  const schemaProblems = diffSchemas(readSchema(db), expectedSchema(migrations, version));
  if (schemaProblems.length > 0) {
    // Never run integrity_check on a schema we do not recognise: it parses the unknown objects.
    return { schemaProblems, integrityProblems: [] };
  }
  const hasChunks = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'evidence_chunk'").get() !== undefined;
  if (scope === 'open' && hasChunks) return { schemaProblems, integrityProblems: checkAllButEvidenceBytes(db) };
  const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
  const integrityProblems = rows.map((r) => r.integrity_check).filter((line) => line !== 'ok');
  return { schemaProblems, integrityProblems };
}

/**
 * `full`: SQLite's integrity check of every page (what verification runs). `open`: the same check of
 * every table except the evidence bytes, whose pages would make opening cost grow with the evidence
 * (a second per GB): their table is checked for shape instead (each complete blob has exactly its
 * chunks, adding up to its size), read without touching the bytes, and the bytes themselves are
 * re-hashed by verification, on export and when a package is built.
 */
export type IntegrityScope = 'full' | 'open';

function checkAllButEvidenceBytes(db: Database.Database): string[] {
  // Names come from sqlite_schema after it matched the expected schema, so they are the app's own.
  const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name <> 'evidence_chunk' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const problems: string[] = [];
  for (const table of tables) {
    const rows = db.pragma(`integrity_check("${table.replace(/"/g, '""')}")`) as { integrity_check: string }[];
    problems.push(...rows.map((r) => r.integrity_check).filter((line) => line !== 'ok'));
    if (problems.length >= 20) return problems.slice(0, 20);
  }
  // length() of a BLOB is read from the record header: the overflow pages holding the bytes are not read.
  const mismatched = db
    .prepare(
      `SELECT b.id FROM evidence_blob b LEFT JOIN (SELECT blob_id, count(*) AS n, sum(length(data)) AS bytes, max(seq) AS last FROM evidence_chunk GROUP BY blob_id) c ON c.blob_id = b.id
       WHERE b.state = 'complete' AND (coalesce(c.n, 0) <> b.chunk_count OR coalesce(c.bytes, 0) <> b.size OR coalesce(c.last, -1) <> b.chunk_count - 1)
       LIMIT 20`,
    )
    .pluck()
    .all() as number[];
  return [...problems, ...mismatched.map((id) => `evidence blob ${id}: its stored chunks do not add up to its recorded size`)];
}

export function assertStructure(db: Database.Database, migrations: readonly Migration[], version: number, scope: IntegrityScope = 'full'): void {
  const report = inspectStructure(db, migrations, version, scope);
  if (report.schemaProblems.length > 0) {
    throw new WorkspaceError(
      'WORKSPACE_CORRUPT',
      `This workspace's structure has been altered outside the app (${report.schemaProblems.slice(0, 3).join('; ')}), so it will not be opened. Ask the sender for the original file.`,
    );
  }
  if (report.integrityProblems.length > 0) {
    throw new WorkspaceError('WORKSPACE_CORRUPT', 'This workspace file is damaged (the database integrity check failed). Restore it from a backup or ask the sender for a fresh copy.');
  }
}
