import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { appendActivity } from './activity-log';
import { WorkspaceError } from './errors';
import { APPLICATION_ID } from './file-header';
import { MIGRATIONS } from './migrations/index';
import { openWorkspace } from './open-workspace';
import type { Clock, Workspace } from './workspace';

export interface CreateOptions {
  organisationName: string;
  actor: string;
  appVersion: string;
  catalogVersion: string;
  clock?: Clock;
  /** Fills in initial content (for example the catalog snapshot) inside the creating transaction. */
  initialise?: (db: Database.Database) => void;
}

/** Larger pages keep big evidence chunks in fewer overflow pages; fixed at creation time. */
const PAGE_SIZE = 16384;

/**
 * Creates a new workspace. It is built under a temporary name in the same folder and linked into
 * place only when complete, so a crash never leaves a half-made `.soc2`, and an existing file is never
 * overwritten (link fails if the name is taken).
 */
export function createWorkspace(filePath: string, options: CreateOptions): Workspace {
  if (fs.existsSync(filePath)) {
    throw new WorkspaceError('WORKSPACE_EXISTS', `A file named ${path.basename(filePath)} already exists there. Choose another name.`);
  }
  const clock = options.clock ?? (() => new Date());
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.creating`);
  try {
    const db = new Database(temporary);
    try {
      db.pragma(`page_size = ${PAGE_SIZE}`);
      db.pragma('journal_mode = DELETE');
      db.pragma('synchronous = FULL');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      const now = clock().toISOString();
      db.transaction(() => {
        for (const migration of MIGRATIONS) {
          migration.up(db);
          db.pragma(`user_version = ${migration.version}`);
        }
        const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
        meta.run('workspace_id', randomUUID());
        meta.run('created_at', now);
        meta.run('created_by_app', options.appVersion);
        meta.run('catalog_version', options.catalogVersion);
        db.prepare('INSERT INTO engagement (id, organisation_name, updated_at) VALUES (1, ?, ?)').run(options.organisationName, now);
        options.initialise?.(db);
        appendActivity(db, { actor: options.actor, action: 'workspace.create', subject: 'workspace', details: { organisationName: options.organisationName } }, now);
      })();
    } finally {
      db.close();
    }
    fs.linkSync(temporary, filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new WorkspaceError('WORKSPACE_EXISTS', `A file named ${path.basename(filePath)} already exists there. Choose another name.`);
    }
    throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
  return openWorkspace(filePath, { actor: options.actor, clock });
}
