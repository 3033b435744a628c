import type { Migration } from './migration';

/**
 * Step 4, Testing & Documentation: populations, internal readiness testing with samples, and the
 * "did not occur in the period" records of period coverage. (The evidence store is migration 5.)
 *
 * Design notes:
 * - A population is the listing a system produced (hires, terminations, changes…): the file's SHA-256,
 *   size and row count, how it was read (encoding, BOM, delimiter) and its provenance. Its rows are
 *   kept as JSON arrays of cells, numbered from 1 in file order, with the line each started on, so a
 *   sample can be drawn and shown and the ZIP can carry the listing. Rows never change once imported
 *   (trigger): what was sampled must stay what the system produced.
 * - One internal readiness test per engagement control. Its methods are a JSON array; a trigger
 *   refuses inquiry alone, so a file edited outside the app cannot hold such a test either.
 * - A sample records its seed, the algorithm's name, the size of what it was drawn from and that
 *   source's fingerprint, and the selected row numbers (one item each). Samples never change after
 *   drawing (trigger), so "same seed, same population, same sample" can be re-checked at any time;
 *   drawing again makes a new sample and both draws are in the activity log. Item results and notes
 *   are the only things that change.
 * - A sample is drawn from a population or from the control's expected occurrences in the period
 *   (a quarterly control's quarters); the item label keeps the occurrence's window, because the
 *   schedule follows the engagement's period and could move if the period were edited.
 * - Sample sizes: the catalog's table is the default; an engagement stores only the values it
 *   changed (sample_size_override), so "reset to the catalog's value" is a delete.
 * - A control (or one occurrence of it) that did not occur in the period is a record of its own with
 *   the reason and the evidence item that shows it (e.g. an attestation, from the evidence store of
 *   migration 5). Removing that evidence item leaves the record without evidence again (SET NULL)
 *   rather than deleting the explanation. Records are keyed by the occurrence's window dates, not
 *   its position, so a later change of period cannot silently move them to another quarter.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'add-readiness-testing',
  up(db) {
    db.exec(`
      CREATE TABLE population (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        source_system TEXT NOT NULL CHECK (length(trim(source_system)) > 0),
        query TEXT NOT NULL DEFAULT '',
        ran_by TEXT NOT NULL DEFAULT '',
        ran_on TEXT,
        covers_from TEXT,
        covers_to TEXT,
        file_name TEXT NOT NULL,
        file_sha256 TEXT NOT NULL CHECK (length(file_sha256) = 64),
        file_bytes INTEGER NOT NULL CHECK (file_bytes >= 0),
        encoding TEXT NOT NULL CHECK (encoding IN ('utf-8', 'windows-1252', 'utf-16le', 'utf-16be')),
        had_bom INTEGER NOT NULL CHECK (had_bom IN (0, 1)),
        delimiter TEXT NOT NULL,
        headers TEXT NOT NULL CHECK (json_valid(headers)),
        row_count INTEGER NOT NULL CHECK (row_count >= 0),
        import_notes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(import_notes)),
        imported_by TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        CHECK (covers_from IS NULL OR covers_to IS NULL OR covers_from <= covers_to)
      ) STRICT;

      CREATE TABLE population_row (
        population_id INTEGER NOT NULL REFERENCES population (id) ON DELETE CASCADE,
        row_number INTEGER NOT NULL CHECK (row_number >= 1),
        line_number INTEGER NOT NULL CHECK (line_number >= 1),
        cells TEXT NOT NULL,
        PRIMARY KEY (population_id, row_number)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER population_row_no_update BEFORE UPDATE ON population_row
      BEGIN SELECT RAISE(ABORT, 'population rows are kept as imported'); END;

      CREATE TABLE population_control (
        population_id INTEGER NOT NULL REFERENCES population (id) ON DELETE CASCADE,
        control_id INTEGER NOT NULL REFERENCES engagement_control (id) ON DELETE CASCADE,
        PRIMARY KEY (population_id, control_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX population_control_by_control ON population_control (control_id);

      CREATE TABLE sample_size_override (
        basis TEXT NOT NULL CHECK (basis IN ('frequency', 'population')),
        key TEXT NOT NULL,
        value REAL NOT NULL CHECK (value > 0),
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (basis, key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE readiness_test (
        id INTEGER PRIMARY KEY,
        control_id INTEGER NOT NULL UNIQUE REFERENCES engagement_control (id) ON DELETE CASCADE,
        procedure TEXT NOT NULL DEFAULT '',
        methods TEXT NOT NULL CHECK (json_valid(methods) AND json_type(methods) = 'array'),
        tester TEXT NOT NULL DEFAULT '',
        tested_on TEXT,
        conclusion TEXT NOT NULL DEFAULT 'not-concluded' CHECK (conclusion IN ('not-concluded', 'no-exceptions', 'exceptions-noted', 'not-operating')),
        conclusion_note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TRIGGER readiness_test_methods_insert BEFORE INSERT ON readiness_test
      WHEN NOT EXISTS (SELECT 1 FROM json_each(NEW.methods) WHERE value IN ('observation', 'inspection', 'reperformance'))
      BEGIN SELECT RAISE(ABORT, 'inquiry alone is never sufficient'); END;

      CREATE TRIGGER readiness_test_methods_update BEFORE UPDATE OF methods ON readiness_test
      WHEN NOT EXISTS (SELECT 1 FROM json_each(NEW.methods) WHERE value IN ('observation', 'inspection', 'reperformance'))
      BEGIN SELECT RAISE(ABORT, 'inquiry alone is never sufficient'); END;

      CREATE TABLE readiness_sample (
        id INTEGER PRIMARY KEY,
        test_id INTEGER NOT NULL REFERENCES readiness_test (id) ON DELETE CASCADE,
        source TEXT NOT NULL CHECK (source IN ('population', 'occurrences')),
        population_id INTEGER REFERENCES population (id) ON DELETE RESTRICT,
        source_size INTEGER NOT NULL CHECK (source_size >= 1),
        source_sha256 TEXT NOT NULL CHECK (length(source_sha256) = 64),
        seed TEXT NOT NULL CHECK (length(seed) BETWEEN 1 AND 64),
        algorithm TEXT NOT NULL,
        size INTEGER NOT NULL CHECK (size >= 1 AND size <= source_size),
        suggested_size INTEGER,
        size_basis TEXT NOT NULL DEFAULT '',
        drawn_by TEXT NOT NULL,
        drawn_at TEXT NOT NULL,
        CHECK ((source = 'population') = (population_id IS NOT NULL))
      ) STRICT;
      CREATE INDEX readiness_sample_by_test ON readiness_sample (test_id);
      CREATE INDEX readiness_sample_by_population ON readiness_sample (population_id);

      CREATE TRIGGER readiness_sample_no_update BEFORE UPDATE ON readiness_sample
      BEGIN SELECT RAISE(ABORT, 'a drawn sample never changes; draw a new one instead'); END;

      CREATE TABLE readiness_sample_item (
        sample_id INTEGER NOT NULL REFERENCES readiness_sample (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 1),
        row_number INTEGER NOT NULL CHECK (row_number >= 1),
        label TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL DEFAULT 'not-tested' CHECK (result IN ('not-tested', 'pass', 'exception')),
        note TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (sample_id, position),
        UNIQUE (sample_id, row_number)
      ) STRICT, WITHOUT ROWID;

      CREATE TRIGGER readiness_sample_item_fixed BEFORE UPDATE OF sample_id, position, row_number, label ON readiness_sample_item
      BEGIN SELECT RAISE(ABORT, 'a drawn sample never changes; draw a new one instead'); END;

      CREATE TABLE readiness_exception (
        id INTEGER PRIMARY KEY,
        test_id INTEGER NOT NULL REFERENCES readiness_test (id) ON DELETE CASCADE,
        sample_id INTEGER,
        position INTEGER,
        description TEXT NOT NULL CHECK (length(trim(description)) > 0),
        root_cause TEXT NOT NULL DEFAULT '',
        management_response TEXT NOT NULL DEFAULT '',
        response_owner TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        FOREIGN KEY (sample_id, position) REFERENCES readiness_sample_item (sample_id, position) ON DELETE SET NULL,
        CHECK ((sample_id IS NULL) = (position IS NULL))
      ) STRICT;
      CREATE INDEX readiness_exception_by_test ON readiness_exception (test_id);
      CREATE INDEX readiness_exception_by_item ON readiness_exception (sample_id, position);

      CREATE TABLE non_occurrence (
        id INTEGER PRIMARY KEY,
        control_id INTEGER NOT NULL REFERENCES engagement_control (id) ON DELETE CASCADE,
        window_start TEXT NOT NULL,
        window_end TEXT NOT NULL,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        evidence_id INTEGER REFERENCES evidence_item (id) ON DELETE SET NULL,
        recorded_by TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (control_id, window_start, window_end),
        CHECK (window_start <= window_end)
      ) STRICT;
      CREATE INDEX non_occurrence_by_evidence ON non_occurrence (evidence_id);
    `);
  },
};
