-- Workspace schema, format version 2. Generated; review changes, do not edit by hand.

-- index sqlite_autoindex_activity_log_1 on activity_log
(automatic);

-- index sqlite_autoindex_meta_1 on meta
(automatic);

-- table activity_log on activity_log
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

-- table catalog_snapshot on catalog_snapshot
CREATE TABLE catalog_snapshot (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        content TEXT NOT NULL
      ) STRICT;

-- table engagement on engagement
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

-- table meta on meta
CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

-- trigger activity_log_no_delete on activity_log
CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log
      BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;

-- trigger activity_log_no_update on activity_log
CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log
      BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;
