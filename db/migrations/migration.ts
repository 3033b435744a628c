import type Database from 'better-sqlite3';

/** One step of the workspace format. `version` is what `user_version` reads after it has run. */
export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}
