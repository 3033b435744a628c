import type { Migration } from './migration';

/**
 * Step 4's evidence store: the bytes of every evidence file, kept inside the workspace, and the
 * evidence items that describe them.
 *
 * Design notes:
 * - Bytes live in `evidence_chunk` rows of at most 1 MiB, so no file is ever held whole in memory,
 *   whatever its size. Chunks belong to an `evidence_blob` by its integer id rather than by its
 *   SHA-256: the hash is only known once the last byte has been read, and re-keying already written
 *   chunks would make SQLite rewrite every one of them.
 * - An import writes its chunks under a blob in state 'staging' (in batches, each its own short
 *   transaction, so user edits made meanwhile are never held hostage by a long import). Only the final
 *   transaction turns the blob 'complete', sets its SHA-256 and creates the evidence item, so a
 *   cancelled or crashed import never leaves a partial item: staging blobs are invisible to everything
 *   else and are deleted when the workspace is next opened for writing (db/evidence-store.ts).
 * - Content-addressed: a complete blob's SHA-256 is unique. Adding the same bytes again stores
 *   nothing new: the existing item gains the new links instead (one file, one evidence ID).
 * - Evidence items take their number from an AUTOINCREMENT id, so `EV-0007` is never reused for
 *   another file after EV-0007 was removed.
 * - Links to controls are by control reference text (the catalog id such as `ACC-04`, or `C-<id>` for
 *   a custom control), without a foreign key: a control retired, re-adopted or renamed leaves the
 *   evidence and its link as recorded, which is what an auditor expects of an evidence trail.
 *   Criteria are linked by their ID (`CC6.1`).
 * - What the evidence covers: `covers_to` alone is an as-of date; with `covers_from` it is a period.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'add-evidence-store',
  up(db) {
    db.exec(`
      CREATE TABLE evidence_blob (
        id INTEGER PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('staging', 'complete')),
        sha256 TEXT UNIQUE CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
        size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
        chunk_count INTEGER NOT NULL DEFAULT 0 CHECK (chunk_count >= 0),
        created_at TEXT NOT NULL,
        CHECK ((state = 'complete') = (sha256 IS NOT NULL))
      ) STRICT;

      CREATE INDEX evidence_blob_by_state ON evidence_blob (state);

      CREATE TABLE evidence_chunk (
        blob_id INTEGER NOT NULL REFERENCES evidence_blob (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        data BLOB NOT NULL,
        PRIMARY KEY (blob_id, seq)
      ) STRICT;

      CREATE TABLE evidence_item (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        blob_id INTEGER NOT NULL UNIQUE REFERENCES evidence_blob (id),
        file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 1024),
        media_type TEXT NOT NULL CHECK (length(media_type) BETWEEN 1 AND 200),
        description TEXT NOT NULL DEFAULT '',
        covers_from TEXT,
        covers_to TEXT,
        captured_on TEXT,
        source_system TEXT NOT NULL DEFAULT '',
        collector TEXT NOT NULL DEFAULT '',
        method TEXT CHECK (method IS NULL OR method IN ('export', 'screenshot', 'document', 'attestation')),
        redacted INTEGER NOT NULL DEFAULT 0 CHECK (redacted IN (0, 1)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (covers_from IS NULL OR (covers_to IS NOT NULL AND covers_from <= covers_to))
      ) STRICT;

      CREATE TABLE evidence_control (
        evidence_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
        control_ref TEXT NOT NULL CHECK (length(control_ref) BETWEEN 1 AND 64),
        PRIMARY KEY (evidence_id, control_ref)
      ) STRICT;

      CREATE INDEX evidence_control_by_ref ON evidence_control (control_ref);

      CREATE TABLE evidence_criterion (
        evidence_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL CHECK (length(criterion_id) BETWEEN 2 AND 10),
        PRIMARY KEY (evidence_id, criterion_id)
      ) STRICT;

      CREATE INDEX evidence_criterion_by_id ON evidence_criterion (criterion_id);
    `);
  },
};
