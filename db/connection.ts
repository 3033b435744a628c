import Database from 'better-sqlite3';
import { WorkspaceError } from './errors';

/**
 * Opens a SQLite connection with the settings that make an untrusted file safe to inspect:
 * nothing in the file's schema may call application functions, damaged cells are detected, no memory
 * mapping, no writes until `query_only` is lifted, and a lock held by someone else is reported at
 * once instead of waited on.
 */
export function openGuardedConnection(filePath: string, readOnly: boolean): Database.Database {
  // Writers take the exclusive lock before anything is read, so verification and use see the same bytes.
  let db: Database.Database;
  try {
    db = new Database(filePath, { readonly: readOnly, fileMustExist: true, timeout: 0 });
  } catch (error) {
    throw translateSqliteError(error);
  }
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('cell_size_check = ON');
    db.pragma('mmap_size = 0');
    if (!readOnly) takeExclusiveLock(db);
    db.pragma('query_only = ON');
    db.pragma('foreign_keys = OFF');
    return db;
  } catch (error) {
    db.close();
    throw translateSqliteError(error);
  }
}

/**
 * Exclusive locking mode keeps the lock for the life of the connection, so a second process that tries
 * to open the same file gets SQLITE_BUSY (reported as WORKSPACE_LOCKED) instead of interleaving writes.
 * An empty exclusive transaction takes the lock without writing a byte; if the previous session
 * crashed mid-save, this is also where SQLite rolls the unfinished save back from its journal.
 */
function takeExclusiveLock(db: Database.Database): void {
  db.pragma('locking_mode = EXCLUSIVE');
  db.exec('BEGIN EXCLUSIVE; COMMIT;');
}

export function translateSqliteError(error: unknown): Error {
  if (error instanceof WorkspaceError) return error;
  const code = (error as { code?: string } | null)?.code ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new WorkspaceError('WORKSPACE_LOCKED', 'This workspace is open in another window or program. Close it there first, or open a copy.');
  }
  if (code === 'SQLITE_NOTADB') {
    return new WorkspaceError('WORKSPACE_NOT_A_WORKSPACE', 'This file is not a SOC 2 Workbench workspace.');
  }
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_IOERR_SHORT_READ') {
    return new WorkspaceError('WORKSPACE_CORRUPT', 'This workspace file is damaged and cannot be opened safely.');
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN')) {
    return new WorkspaceError('WORKSPACE_READ_ONLY', `This workspace cannot be opened for writing here (${message}).`);
  }
  return error instanceof Error ? error : new Error(message);
}
