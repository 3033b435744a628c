import type { Migration } from './migration';

/**
 * What comes back from the auditor in a review file (`*.soc2review`), once the client imports it:
 * the review itself (who, against which state of the workspace), review notes, the auditor's own
 * samples, and the activity-log head the auditor last saw (the outside anchor). Requests go to
 * step 5's request list (pbc_request, source 'auditor').
 *
 * The auditor's words are never edited on the client's side, so notes, samples and anchors refuse
 * UPDATE; anchors also refuse DELETE, because they are how a later delivery proves that the log was
 * only extended. `review_item` records every item id already imported, so importing the same file
 * again adds nothing.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'add-auditor-review',
  up(db) {
    db.exec(`
      CREATE TABLE review_source (
        review_id TEXT PRIMARY KEY,
        reviewer_name TEXT NOT NULL,
        reviewer_firm TEXT NOT NULL,
        made_against_sha256 TEXT NOT NULL,
        seal_version INTEGER,
        seal_fingerprint TEXT,
        activity_seq INTEGER NOT NULL CHECK (activity_seq >= 0),
        activity_hash TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE review_item (
        item_id TEXT PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES review_source (review_id),
        kind TEXT NOT NULL CHECK (kind IN ('request', 'note', 'sample')),
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE review_note (
        id INTEGER PRIMARY KEY,
        note_id TEXT NOT NULL UNIQUE,
        review_id TEXT NOT NULL REFERENCES review_source (review_id),
        target_kind TEXT NOT NULL CHECK (target_kind IN ('criterion', 'control', 'evidence', 'general')),
        target_ref TEXT NOT NULL,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        author TEXT NOT NULL,
        firm TEXT NOT NULL,
        created_at TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX review_note_target ON review_note (target_kind, target_ref);

      CREATE TRIGGER review_note_no_update BEFORE UPDATE ON review_note
      BEGIN SELECT RAISE(ABORT, 'the auditor''s notes are kept as received'); END;

      CREATE TABLE auditor_sample (
        id INTEGER PRIMARY KEY,
        sample_id TEXT NOT NULL UNIQUE,
        review_id TEXT NOT NULL REFERENCES review_source (review_id),
        population_ref TEXT NOT NULL,
        population_sha256 TEXT NOT NULL,
        seed TEXT NOT NULL,
        algorithm TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 1),
        rows TEXT NOT NULL,
        drawn_by TEXT NOT NULL,
        drawn_at TEXT NOT NULL,
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER auditor_sample_no_update BEFORE UPDATE ON auditor_sample
      BEGIN SELECT RAISE(ABORT, 'the auditor''s samples are kept as received'); END;

      CREATE TABLE auditor_anchor (
        id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        hash TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        source TEXT NOT NULL,
        review_id TEXT REFERENCES review_source (review_id),
        UNIQUE (seq, hash)
      ) STRICT;

      CREATE TRIGGER auditor_anchor_no_update BEFORE UPDATE ON auditor_anchor
      BEGIN SELECT RAISE(ABORT, 'an outside anchor never changes'); END;

      CREATE TRIGGER auditor_anchor_no_delete BEFORE DELETE ON auditor_anchor
      BEGIN SELECT RAISE(ABORT, 'an outside anchor never changes'); END;
    `);
  },
};
