import type Database from 'better-sqlite3';
import { appendActivity, type ActivityInput } from './activity-log';
import { WorkspaceError } from './errors';

export type Clock = () => Date;

/**
 * An open workspace file. All changes go through `write`, which runs the change and its activity-log
 * entry in one transaction: either both land on disk (synchronous=FULL) or neither does.
 */
export class Workspace {
  private closed = false;

  constructor(
    readonly db: Database.Database,
    readonly filePath: string,
    readonly readOnly: boolean,
    readonly actor: string,
    private readonly clock: Clock,
    /** Removed on close: a private copy made to open an older file read-only. */
    private readonly cleanup: () => void = () => {},
  ) {}

  now(): string {
    return this.clock().toISOString();
  }

  write<T>(activity: Omit<ActivityInput, 'actor'>, change: (db: Database.Database) => T): T {
    this.assertOpen();
    if (this.readOnly) {
      throw new WorkspaceError('WORKSPACE_READ_ONLY', 'This workspace is open read-only, so it cannot be changed. Copy it to a folder you can write to, then open the copy.');
    }
    const run = this.db.transaction(() => {
      const result = change(this.db);
      appendActivity(this.db, { ...activity, actor: this.actor }, this.now());
      return result;
    });
    return run.immediate();
  }

  read<T>(query: (db: Database.Database) => T): T {
    this.assertOpen();
    return query(this.db);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
    this.cleanup();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('workspace used after close');
  }
}
