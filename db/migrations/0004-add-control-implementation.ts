import type { Migration } from './migration';

/**
 * Step 3 (Control Implementation): what it takes to run each adopted control, and the policies.
 *
 * Design notes:
 * - The engagement controls of migration 3 gain implementation notes and three details that start
 *   as the library's: the key flag, the readiness-test procedure and the suggested evidence. NULL
 *   means "as in the engagement's catalog", which is the catalog copy stamped into the workspace at
 *   creation and never replaced, so it reads exactly as a copy made at adoption would; a value is
 *   stored once someone edits it. Controls adopted through any path (step 2, step 3, the demo, a
 *   library) therefore carry their details without a copy step that one path could forget.
 * - Links from controls to policies and to in-scope systems are many-to-many tables that disappear
 *   with either side.
 * - A policy has numbered versions. The newest version is a draft until it is approved; an approved
 *   version is evidence of what management signed off, so triggers refuse any change to it or its
 *   removal (the SHA-256 printed in the package must keep matching its text). Editing an approved
 *   policy starts a new draft version.
 * - Acknowledgements name a policy version that exists (composite foreign key) and are unique per
 *   person and version, so importing the same HR export twice records nothing twice.
 * - The schedule of expected occurrences is not stored: it follows from each control's frequency
 *   and the engagement's period (core/controls/schedule.ts), and a stored copy would go stale the
 *   moment either changed.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'add-control-implementation',
  up(db) {
    db.exec(`
      ALTER TABLE engagement_control ADD COLUMN implementation_notes TEXT NOT NULL DEFAULT '';
      ALTER TABLE engagement_control ADD COLUMN key_control INTEGER CHECK (key_control IS NULL OR key_control IN (0, 1));
      ALTER TABLE engagement_control ADD COLUMN test_procedure TEXT CHECK (test_procedure IS NULL OR json_valid(test_procedure));
      ALTER TABLE engagement_control ADD COLUMN suggested_evidence TEXT CHECK (suggested_evidence IS NULL OR json_valid(suggested_evidence));

      CREATE TABLE policy (
        id INTEGER PRIMARY KEY,
        template_id TEXT UNIQUE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        owner TEXT NOT NULL DEFAULT '',
        review_months INTEGER NOT NULL DEFAULT 12 CHECK (review_months BETWEEN 1 AND 36),
        next_review_date TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE policy_version (
        id INTEGER PRIMARY KEY,
        policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
        version INTEGER NOT NULL CHECK (version >= 1),
        markdown TEXT NOT NULL,
        sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
        author TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        approver TEXT,
        approved_on TEXT,
        approval_recorded_by TEXT,
        approval_recorded_at TEXT,
        UNIQUE (policy_id, version),
        CHECK ((approver IS NULL) = (approved_on IS NULL)),
        CHECK (approver IS NULL OR length(trim(approver)) > 0)
      ) STRICT;

      CREATE TRIGGER policy_version_approved_no_update BEFORE UPDATE ON policy_version WHEN OLD.approved_on IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'an approved policy version never changes'); END;

      CREATE TRIGGER policy_version_approved_no_delete BEFORE DELETE ON policy_version WHEN OLD.approved_on IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'an approved policy version never changes'); END;

      CREATE TABLE policy_acknowledgement (
        id INTEGER PRIMARY KEY,
        policy_id INTEGER NOT NULL,
        version INTEGER NOT NULL,
        person TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        person_key TEXT NOT NULL CHECK (length(person_key) > 0),
        acknowledged_on TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL,
        UNIQUE (policy_id, version, person_key),
        FOREIGN KEY (policy_id, version) REFERENCES policy_version (policy_id, version) ON DELETE CASCADE,
        CHECK (length(trim(person)) > 0 OR length(trim(email)) > 0)
      ) STRICT;

      CREATE TABLE control_policy (
        control_id INTEGER NOT NULL REFERENCES engagement_control (id) ON DELETE CASCADE,
        policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
        PRIMARY KEY (control_id, policy_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX control_policy_by_policy ON control_policy (policy_id);

      CREATE TABLE control_system (
        control_id INTEGER NOT NULL REFERENCES engagement_control (id) ON DELETE CASCADE,
        system_id INTEGER NOT NULL REFERENCES system_component (id) ON DELETE CASCADE,
        PRIMARY KEY (control_id, system_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX control_system_by_system ON control_system (system_id);
    `);
  },
};
