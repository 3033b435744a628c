import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { WorkspaceError } from './errors';
import type { Migration } from './migrations/migration';

export function backupPathFor(filePath: string, fromVersion: number): string {
  return `${filePath}.v${fromVersion}.bak`;
}

/**
 * Brings a workspace from `fromVersion` to the newest version. A byte copy of the file is written
 * first (the connection holds the exclusive lock and has no open transaction, so the file on disk is
 * complete), then every pending migration runs inside one transaction: a failure leaves the file
 * exactly as it was.
 */
export function applyMigrations(db: Database.Database, filePath: string, migrations: readonly Migration[], fromVersion: number): void {
  const pending = migrations.filter((m) => m.version > fromVersion);
  if (pending.length === 0) return;
  fs.copyFileSync(filePath, backupPathFor(filePath, fromVersion));
  const run = db.transaction(() => {
    for (const migration of pending) {
      migration.up(db);
      db.pragma(`user_version = ${Number(migration.version)}`);
    }
  });
  try {
    run.immediate();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkspaceError('WORKSPACE_MIGRATION_FAILED', `This workspace could not be upgraded to the current format (${reason}). It was left unchanged; a backup is beside it.`);
  }
}
