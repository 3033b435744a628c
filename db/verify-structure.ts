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
export function inspectStructure(db: Database.Database, migrations: readonly Migration[], version: number): StructureReport {
  const schemaProblems = diffSchemas(readSchema(db), expectedSchema(migrations, version));
  if (schemaProblems.length > 0) {
    // Never run integrity_check on a schema we do not recognise: it parses the unknown objects.
    return { schemaProblems, integrityProblems: [] };
  }
  const rows = db.pragma('integrity_check(20)') as { integrity_check: string }[];
  const integrityProblems = rows.map((r) => r.integrity_check).filter((line) => line !== 'ok');
  return { schemaProblems, integrityProblems };
}

export function assertStructure(db: Database.Database, migrations: readonly Migration[], version: number): void {
  const report = inspectStructure(db, migrations, version);
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
