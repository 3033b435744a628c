import type { Migration } from './migration';

/**
 * Step 5 (Audit & Attestation): checklist waivers, management's edited drafts, sealed snapshots, and
 * the fieldwork records (the auditor's request list, exceptions the auditor raised with management's
 * responses, and receipt of the final report).
 *
 * A seal is evidence that a given state existed, so its row can never change or disappear: triggers
 * refuse UPDATE and DELETE, as they do for the activity log. A new seal is a new row (a new version).
 */
export const migration0006: Migration = {
  version: 6,
  name: 'add-audit-attestation',
  up(db) {
    db.exec(`
      CREATE TABLE checklist_waiver (
        item_id TEXT PRIMARY KEY,
        reason TEXT NOT NULL CHECK (length(trim(reason)) >= 10),
        waived_by TEXT NOT NULL,
        waived_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_draft (
        kind TEXT PRIMARY KEY CHECK (kind IN ('assertion', 'description')),
        content TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE seal (
        version INTEGER PRIMARY KEY CHECK (version >= 1),
        sealed_at TEXT NOT NULL,
        sealed_by TEXT NOT NULL,
        schema_version INTEGER NOT NULL,
        fingerprint TEXT NOT NULL UNIQUE,
        manifest TEXT NOT NULL,
        activity_seq INTEGER NOT NULL,
        activity_hash TEXT NOT NULL,
        snapshot BLOB NOT NULL,
        snapshot_sha256 TEXT NOT NULL,
        package_fingerprint TEXT NOT NULL,
        paper TEXT NOT NULL CHECK (paper IN ('a4', 'letter'))
      ) STRICT;

      CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal
      BEGIN SELECT RAISE(ABORT, 'a sealed snapshot never changes'); END;

      CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal
      BEGIN SELECT RAISE(ABORT, 'a sealed snapshot never changes'); END;

      CREATE TABLE pbc_request (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL DEFAULT '',
        request TEXT NOT NULL CHECK (length(trim(request)) > 0),
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'provided', 'accepted', 'not-applicable')),
        owner TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        linked_evidence TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'csv', 'auditor')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE audit_exception (
        id INTEGER PRIMARY KEY,
        reference TEXT NOT NULL DEFAULT '',
        raised_on TEXT,
        control_ref TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL CHECK (length(trim(description)) > 0),
        severity TEXT NOT NULL DEFAULT 'medium' CHECK (severity IN ('low', 'medium', 'high')),
        management_response TEXT NOT NULL DEFAULT '',
        responded_by TEXT,
        responded_at TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'responded', 'closed')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE final_report (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        received_on TEXT NOT NULL,
        report_date TEXT,
        issued_by TEXT NOT NULL DEFAULT '',
        opinion TEXT NOT NULL DEFAULT 'not-recorded' CHECK (opinion IN ('not-recorded', 'unmodified', 'qualified', 'adverse', 'disclaimer')),
        seal_version INTEGER,
        notes TEXT NOT NULL DEFAULT '',
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
