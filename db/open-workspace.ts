import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openGuardedConnection, translateSqliteError } from './connection';
import { WorkspaceError } from './errors';
import { discardUnfinishedImports } from './evidence-store';
import { checkFileHeader, readFileHeader } from './file-header';
import { applyMigrations } from './migrate';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations/index';
import { assertStructure } from './verify-structure';
import { Workspace, type Clock } from './workspace';

export interface OpenOptions {
  /** Open without the ability to change anything. Chosen automatically when the file or folder is not writable. */
  readOnly?: boolean;
  actor: string;
  clock?: Clock;
  /** Only tests pass another list, to exercise the migration machinery. */
  migrations?: readonly Migration[];
}

export function isWritableLocation(filePath: string): boolean {
  try {
    fs.accessSync(filePath, fs.constants.W_OK);
    fs.accessSync(path.dirname(filePath), fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a workspace after verifying it. Order matters: the header is checked with plain reads first
 * (foreign, newer and truncated files never reach SQLite), then a guarded connection checks schema and
 * integrity while `query_only` is on; only then is the file unlocked for writing and migrated.
 */
export function openWorkspace(filePath: string, options: OpenOptions): Workspace {
  const migrations = options.migrations ?? MIGRATIONS;
  const currentVersion = migrations[migrations.length - 1]!.version;
  const header = readFileHeader(filePath);
  checkFileHeader(header, currentVersion);

  const readOnly = options.readOnly === true || !isWritableLocation(filePath);
  if (readOnly && header.userVersion < currentVersion) {
    return openOlderReadOnly(filePath, options, migrations);
  }

  const db = openGuardedConnection(filePath, readOnly);
  try {
    // Opening checks everything but the evidence bytes (see IntegrityScope); verification checks all.
    assertStructure(db, migrations, header.userVersion, 'open');
    if (!readOnly) {
      db.pragma('query_only = OFF');
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      if (header.userVersion < currentVersion) applyMigrations(db, filePath, migrations, header.userVersion);
      // An import interrupted by a crash left a staging blob: never an item, so it is simply removed.
      discardUnfinishedImports(db);
      adoptLeftoverJournal(db, filePath);
    }
  } catch (error) {
    db.close();
    throw translateSqliteError(error);
  }
  return new Workspace(db, filePath, readOnly, options.actor, options.clock ?? (() => new Date()));
}

/**
 * A crash between two saves leaves a `-journal` whose header SQLite had already zeroed (in exclusive
 * locking mode it keeps the journal file between transactions). It holds nothing to roll back, so
 * SQLite ignores it, but it would stay beside the workspace for good. One write that changes nothing
 * makes SQLite take the file over, and SQLite then removes it when the workspace is closed.
 */
function adoptLeftoverJournal(db: Database.Database, filePath: string): void {
  if (!fs.existsSync(`${filePath}-journal`)) return;
  const version = Number(db.pragma('user_version', { simple: true }));
  db.transaction(() => db.pragma(`user_version = ${version}`)).immediate();
}

/** An older file in a read-only place is upgraded on a private temporary copy, never in place. */
function openOlderReadOnly(filePath: string, options: OpenOptions, migrations: readonly Migration[]): Workspace {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-upgrade-'));
  const copy = path.join(folder, path.basename(filePath));
  fs.copyFileSync(filePath, copy);
  const removeCopy = () => fs.rmSync(folder, { recursive: true, force: true });
  try {
    const upgraded = openWorkspace(copy, { ...options, readOnly: false, migrations });
    upgraded.close();
    const db = openGuardedConnection(copy, true);
    return new Workspace(db, filePath, true, options.actor, options.clock ?? (() => new Date()), removeCopy);
  } catch (error) {
    removeCopy();
    throw error;
  }
}

export { CURRENT_SCHEMA_VERSION, WorkspaceError };
