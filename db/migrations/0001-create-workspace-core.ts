import type { Migration } from './migration';

/**
 * The core of every workspace: key/value metadata, the engagement record and the append-only,
 * hash-chained activity log. The triggers make the log append-only at the storage level too, so a
 * bug elsewhere in the app cannot rewrite history; tampering with another tool breaks the chain,
 * which verification reports.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'create-workspace-core',
  up(db) {
    db.exec(`
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE engagement (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        organisation_name TEXT NOT NULL,
        system_name TEXT NOT NULL DEFAULT '',
        report_type TEXT NOT NULL DEFAULT 'type2' CHECK (report_type IN ('type1', 'type2')),
        as_of_date TEXT,
        period_start TEXT,
        period_end TEXT,
        cpa_firm TEXT NOT NULL DEFAULT '',
        prepared_by TEXT NOT NULL DEFAULT '',
        categories TEXT NOT NULL DEFAULT '["security"]',
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE activity_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
      ) STRICT;

      CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log
      BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;

      CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log
      BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
    `);
  },
};
