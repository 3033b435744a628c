import type Database from 'better-sqlite3';

/**
 * Whether the workspace has a table. The package reads data from every step, and some steps' tables
 * arrive in later versions of the app; a section whose table is absent shows "nothing recorded yet"
 * instead of failing.
 */
export function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(name) === 1;
}

/** Reads with `read` when every table is present, otherwise returns null ("not recorded"). */
export function whenTables<T>(db: Database.Database, tables: readonly string[], read: () => T): T | null {
  return tables.every((table) => tableExists(db, table)) ? read() : null;
}
