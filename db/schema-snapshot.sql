-- Workspace schema, format version 8. Generated; review changes, do not edit by hand.

-- index control_policy_by_policy on control_policy
CREATE INDEX control_policy_by_policy ON control_policy (policy_id);

-- index control_system_by_system on control_system
CREATE INDEX control_system_by_system ON control_system (system_id);

-- index csoc_vendor on csoc
CREATE INDEX csoc_vendor ON csoc (vendor_id);

-- index engagement_control_criterion_by_criterion on engagement_control_criterion
CREATE INDEX engagement_control_criterion_by_criterion ON engagement_control_criterion (criterion_id);

-- index evidence_blob_by_state on evidence_blob
CREATE INDEX evidence_blob_by_state ON evidence_blob (state);

-- index evidence_control_by_ref on evidence_control
CREATE INDEX evidence_control_by_ref ON evidence_control (control_ref);

-- index evidence_criterion_by_id on evidence_criterion
CREATE INDEX evidence_criterion_by_id ON evidence_criterion (criterion_id);

-- index non_occurrence_by_evidence on non_occurrence
CREATE INDEX non_occurrence_by_evidence ON non_occurrence (evidence_id);

-- index population_control_by_control on population_control
CREATE INDEX population_control_by_control ON population_control (control_id);

-- index readiness_exception_by_item on readiness_exception
CREATE INDEX readiness_exception_by_item ON readiness_exception (sample_id, position);

-- index readiness_exception_by_test on readiness_exception
CREATE INDEX readiness_exception_by_test ON readiness_exception (test_id);

-- index readiness_sample_by_population on readiness_sample
CREATE INDEX readiness_sample_by_population ON readiness_sample (population_id);

-- index readiness_sample_by_test on readiness_sample
CREATE INDEX readiness_sample_by_test ON readiness_sample (test_id);

-- index remediation_item_by_criterion on remediation_item
CREATE INDEX remediation_item_by_criterion ON remediation_item (criterion_id);

-- index review_note_target on review_note
CREATE INDEX review_note_target ON review_note (target_kind, target_ref);

-- index sqlite_autoindex_activity_log_1 on activity_log
(automatic);

-- index sqlite_autoindex_audit_draft_1 on audit_draft
(automatic);

-- index sqlite_autoindex_auditor_anchor_1 on auditor_anchor
(automatic);

-- index sqlite_autoindex_auditor_sample_1 on auditor_sample
(automatic);

-- index sqlite_autoindex_checklist_waiver_1 on checklist_waiver
(automatic);

-- index sqlite_autoindex_criterion_assessment_1 on criterion_assessment
(automatic);

-- index sqlite_autoindex_description_section_1 on description_section
(automatic);

-- index sqlite_autoindex_engagement_control_1 on engagement_control
(automatic);

-- index sqlite_autoindex_evidence_blob_1 on evidence_blob
(automatic);

-- index sqlite_autoindex_evidence_chunk_1 on evidence_chunk
(automatic);

-- index sqlite_autoindex_evidence_control_1 on evidence_control
(automatic);

-- index sqlite_autoindex_evidence_criterion_1 on evidence_criterion
(automatic);

-- index sqlite_autoindex_evidence_item_1 on evidence_item
(automatic);

-- index sqlite_autoindex_meta_1 on meta
(automatic);

-- index sqlite_autoindex_non_occurrence_1 on non_occurrence
(automatic);

-- index sqlite_autoindex_policy_1 on policy
(automatic);

-- index sqlite_autoindex_policy_acknowledgement_1 on policy_acknowledgement
(automatic);

-- index sqlite_autoindex_policy_version_1 on policy_version
(automatic);

-- index sqlite_autoindex_readiness_sample_item_2 on readiness_sample_item
(automatic);

-- index sqlite_autoindex_readiness_test_1 on readiness_test
(automatic);

-- index sqlite_autoindex_review_item_1 on review_item
(automatic);

-- index sqlite_autoindex_review_note_1 on review_note
(automatic);

-- index sqlite_autoindex_review_source_1 on review_source
(automatic);

-- index sqlite_autoindex_seal_1 on seal
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

-- table audit_draft on audit_draft
CREATE TABLE audit_draft (
        kind TEXT PRIMARY KEY CHECK (kind IN ('assertion', 'description')),
        content TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        saved_at TEXT NOT NULL
      ) STRICT;

-- table audit_exception on audit_exception
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

-- table auditor_anchor on auditor_anchor
CREATE TABLE auditor_anchor (
        id INTEGER PRIMARY KEY,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        hash TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        source TEXT NOT NULL,
        review_id TEXT REFERENCES review_source (review_id),
        UNIQUE (seq, hash)
      ) STRICT;

-- table auditor_sample on auditor_sample
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

-- table catalog_snapshot on catalog_snapshot
CREATE TABLE catalog_snapshot (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        version TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        content TEXT NOT NULL
      ) STRICT;

-- table checklist_waiver on checklist_waiver
CREATE TABLE checklist_waiver (
        item_id TEXT PRIMARY KEY,
        reason TEXT NOT NULL CHECK (length(trim(reason)) >= 10),
        waived_by TEXT NOT NULL,
        waived_at TEXT NOT NULL
      ) STRICT;

-- table control_policy on control_policy
CREATE TABLE control_policy (
        control_id INTEGER NOT NULL REFERENCES engagement_control (id) ON DELETE CASCADE,
        policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
        PRIMARY KEY (control_id, policy_id)
      ) STRICT, WITHOUT ROWID;

-- table control_system on control_system
CREATE TABLE control_system (
        control_id INTEGER NOT NULL REFERENCES engagement_control (id) ON DELETE CASCADE,
        system_id INTEGER NOT NULL REFERENCES system_component (id) ON DELETE CASCADE,
        PRIMARY KEY (control_id, system_id)
      ) STRICT, WITHOUT ROWID;

-- table criterion_assessment on criterion_assessment
CREATE TABLE criterion_assessment (
        criterion_id TEXT PRIMARY KEY,
        status TEXT NOT NULL DEFAULT 'not-assessed' CHECK (status IN ('not-assessed', 'gap', 'partially-met', 'met', 'not-applicable')),
        current_practice TEXT NOT NULL DEFAULT '',
        na_reason TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        CHECK (status <> 'not-applicable' OR length(trim(na_reason)) > 0)
      ) STRICT;

-- table csoc on csoc
CREATE TABLE csoc (
        id INTEGER PRIMARY KEY,
        vendor_id INTEGER NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
        catalog_id TEXT,
        control TEXT NOT NULL CHECK (length(trim(control)) > 0),
        related_criteria TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
      ) STRICT;

-- table cuec on cuec
CREATE TABLE cuec (
        id INTEGER PRIMARY KEY,
        catalog_id TEXT,
        control TEXT NOT NULL CHECK (length(trim(control)) > 0),
        related_criteria TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
      ) STRICT;

-- table description_section on description_section
CREATE TABLE description_section (
        id TEXT PRIMARY KEY CHECK (id IN ('DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9')),
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
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

-- table engagement_control on engagement_control
CREATE TABLE engagement_control (
        id INTEGER PRIMARY KEY,
        catalog_control_id TEXT UNIQUE,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        objective TEXT NOT NULL DEFAULT '',
        area TEXT NOT NULL DEFAULT '',
        frequency TEXT NOT NULL CHECK (frequency IN ('continuous', 'multiple-times-daily', 'daily', 'weekly', 'monthly', 'quarterly', 'semi-annual', 'annual', 'per-event')),
        nature TEXT NOT NULL CHECK (nature IN ('preventive', 'detective', 'corrective')),
        automation TEXT NOT NULL CHECK (automation IN ('manual', 'it-dependent-manual', 'automated')),
        owner TEXT NOT NULL DEFAULT '',
        implementation_status TEXT NOT NULL DEFAULT 'not-started' CHECK (implementation_status IN ('not-started', 'in-progress', 'implemented')),
        retired INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
        retired_reason TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL, implementation_notes TEXT NOT NULL DEFAULT '', key_control INTEGER CHECK (key_control IS NULL OR key_control IN (0, 1)), test_procedure TEXT CHECK (test_procedure IS NULL OR json_valid(test_procedure)), suggested_evidence TEXT CHECK (suggested_evidence IS NULL OR json_valid(suggested_evidence)),
        CHECK (retired = 0 OR length(trim(retired_reason)) > 0)
      ) STRICT;

-- table engagement_control_criterion on engagement_control_criterion
CREATE TABLE engagement_control_criterion (
        control_id INTEGER NOT NULL REFERENCES engagement_control (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        PRIMARY KEY (control_id, criterion_id)
      ) STRICT, WITHOUT ROWID;

-- table evidence_blob on evidence_blob
CREATE TABLE evidence_blob (
        id INTEGER PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('staging', 'complete')),
        sha256 TEXT UNIQUE CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
        size INTEGER NOT NULL DEFAULT 0 CHECK (size >= 0),
        chunk_count INTEGER NOT NULL DEFAULT 0 CHECK (chunk_count >= 0),
        created_at TEXT NOT NULL,
        CHECK ((state = 'complete') = (sha256 IS NOT NULL))
      ) STRICT;

-- table evidence_chunk on evidence_chunk
CREATE TABLE evidence_chunk (
        blob_id INTEGER NOT NULL REFERENCES evidence_blob (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL CHECK (seq >= 0),
        data BLOB NOT NULL,
        PRIMARY KEY (blob_id, seq)
      ) STRICT;

-- table evidence_control on evidence_control
CREATE TABLE evidence_control (
        evidence_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
        control_ref TEXT NOT NULL CHECK (length(control_ref) BETWEEN 1 AND 64),
        PRIMARY KEY (evidence_id, control_ref)
      ) STRICT;

-- table evidence_criterion on evidence_criterion
CREATE TABLE evidence_criterion (
        evidence_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL CHECK (length(criterion_id) BETWEEN 2 AND 10),
        PRIMARY KEY (evidence_id, criterion_id)
      ) STRICT;

-- table evidence_item on evidence_item
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

-- table final_report on final_report
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

-- table meta on meta
CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

-- table non_occurrence on non_occurrence
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

-- table pbc_request on pbc_request
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

-- table policy on policy
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

-- table policy_acknowledgement on policy_acknowledgement
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

-- table policy_version on policy_version
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

-- table population on population
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

-- table population_control on population_control
CREATE TABLE population_control (
        population_id INTEGER NOT NULL REFERENCES population (id) ON DELETE CASCADE,
        control_id INTEGER NOT NULL REFERENCES engagement_control (id) ON DELETE CASCADE,
        PRIMARY KEY (population_id, control_id)
      ) STRICT, WITHOUT ROWID;

-- table population_row on population_row
CREATE TABLE population_row (
        population_id INTEGER NOT NULL REFERENCES population (id) ON DELETE CASCADE,
        row_number INTEGER NOT NULL CHECK (row_number >= 1),
        line_number INTEGER NOT NULL CHECK (line_number >= 1),
        cells TEXT NOT NULL,
        PRIMARY KEY (population_id, row_number)
      ) STRICT, WITHOUT ROWID;

-- table readiness_exception on readiness_exception
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

-- table readiness_sample on readiness_sample
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

-- table readiness_sample_item on readiness_sample_item
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

-- table readiness_test on readiness_test
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

-- table remediation_item on remediation_item
CREATE TABLE remediation_item (
        id INTEGER PRIMARY KEY,
        criterion_id TEXT,
        control_id INTEGER REFERENCES engagement_control (id) ON DELETE SET NULL,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        owner TEXT NOT NULL DEFAULT '',
        severity TEXT NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
        due_date TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in-progress', 'done')),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- table review_item on review_item
CREATE TABLE review_item (
        item_id TEXT PRIMARY KEY,
        review_id TEXT NOT NULL REFERENCES review_source (review_id),
        kind TEXT NOT NULL CHECK (kind IN ('request', 'note', 'sample')),
        imported_at TEXT NOT NULL
      ) STRICT;

-- table review_note on review_note
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

-- table review_source on review_source
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

-- table sample_size_override on sample_size_override
CREATE TABLE sample_size_override (
        basis TEXT NOT NULL CHECK (basis IN ('frequency', 'population')),
        key TEXT NOT NULL,
        value REAL NOT NULL CHECK (value > 0),
        updated_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (basis, key)
      ) STRICT, WITHOUT ROWID;

-- table scope_change on scope_change
CREATE TABLE scope_change (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        area TEXT NOT NULL,
        summary TEXT NOT NULL,
        reviewed_at TEXT
      ) STRICT;

-- table scope_profile on scope_profile
CREATE TABLE scope_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        services TEXT NOT NULL DEFAULT '',
        locations TEXT NOT NULL DEFAULT '',
        headcount INTEGER CHECK (headcount IS NULL OR headcount >= 0),
        sponsor_name TEXT NOT NULL DEFAULT '',
        sponsor_email TEXT NOT NULL DEFAULT '',
        security_owner_name TEXT NOT NULL DEFAULT '',
        security_owner_email TEXT NOT NULL DEFAULT '',
        privacy_contact_name TEXT NOT NULL DEFAULT '',
        privacy_contact_email TEXT NOT NULL DEFAULT '',
        policy_owner_name TEXT NOT NULL DEFAULT '',
        policy_owner_email TEXT NOT NULL DEFAULT '',
        target_fieldwork_start TEXT,
        target_fieldwork_end TEXT,
        target_report_date TEXT,
        confirmed_at TEXT,
        confirmed_by TEXT,
        updated_at TEXT NOT NULL
      ) STRICT;

-- table seal on seal
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

-- table sqlite_sequence on sqlite_sequence
CREATE TABLE sqlite_sequence(name,seq);

-- table system_component on system_component
CREATE TABLE system_component (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        type TEXT NOT NULL CHECK (type IN ('infrastructure', 'application', 'database', 'network', 'endpoint', 'saas', 'data-store', 'other')),
        owner TEXT NOT NULL DEFAULT '',
        environment TEXT NOT NULL CHECK (environment IN ('production', 'staging', 'development', 'corporate', 'shared')),
        data_classification TEXT NOT NULL CHECK (data_classification IN ('public', 'internal', 'confidential', 'restricted')),
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

-- table vendor on vendor
CREATE TABLE vendor (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        service TEXT NOT NULL DEFAULT '',
        criticality TEXT NOT NULL CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
        is_subservice INTEGER NOT NULL DEFAULT 0 CHECK (is_subservice IN (0, 1)),
        subservice_method TEXT CHECK (subservice_method IS NULL OR subservice_method IN ('carve-out', 'inclusive')),
        soc_report TEXT NOT NULL DEFAULT 'none' CHECK (soc_report IN ('none', 'soc2-type1', 'soc2-type2', 'soc1-type2', 'iso27001', 'other')),
        soc_period_start TEXT,
        soc_period_end TEXT,
        soc_opinion TEXT NOT NULL DEFAULT 'not-reviewed' CHECK (soc_opinion IN ('not-reviewed', 'unqualified', 'qualified', 'adverse', 'disclaimer')),
        bridge_letter_from TEXT,
        bridge_letter_to TEXT,
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (is_subservice = 1 OR subservice_method IS NULL)
      ) STRICT;

-- trigger activity_log_no_delete on activity_log
CREATE TRIGGER activity_log_no_delete BEFORE DELETE ON activity_log
      BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;

-- trigger activity_log_no_update on activity_log
CREATE TRIGGER activity_log_no_update BEFORE UPDATE ON activity_log
      BEGIN SELECT RAISE(ABORT, 'the activity log is append-only'); END;

-- trigger auditor_anchor_no_delete on auditor_anchor
CREATE TRIGGER auditor_anchor_no_delete BEFORE DELETE ON auditor_anchor
      BEGIN SELECT RAISE(ABORT, 'an outside anchor never changes'); END;

-- trigger auditor_anchor_no_update on auditor_anchor
CREATE TRIGGER auditor_anchor_no_update BEFORE UPDATE ON auditor_anchor
      BEGIN SELECT RAISE(ABORT, 'an outside anchor never changes'); END;

-- trigger auditor_sample_no_update on auditor_sample
CREATE TRIGGER auditor_sample_no_update BEFORE UPDATE ON auditor_sample
      BEGIN SELECT RAISE(ABORT, 'the auditor''s samples are kept as received'); END;

-- trigger policy_version_approved_no_delete on policy_version
CREATE TRIGGER policy_version_approved_no_delete BEFORE DELETE ON policy_version WHEN OLD.approved_on IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'an approved policy version never changes'); END;

-- trigger policy_version_approved_no_update on policy_version
CREATE TRIGGER policy_version_approved_no_update BEFORE UPDATE ON policy_version WHEN OLD.approved_on IS NOT NULL
      BEGIN SELECT RAISE(ABORT, 'an approved policy version never changes'); END;

-- trigger population_row_no_update on population_row
CREATE TRIGGER population_row_no_update BEFORE UPDATE ON population_row
      BEGIN SELECT RAISE(ABORT, 'population rows are kept as imported'); END;

-- trigger readiness_sample_item_fixed on readiness_sample_item
CREATE TRIGGER readiness_sample_item_fixed BEFORE UPDATE OF sample_id, position, row_number, label ON readiness_sample_item
      BEGIN SELECT RAISE(ABORT, 'a drawn sample never changes; draw a new one instead'); END;

-- trigger readiness_sample_no_update on readiness_sample
CREATE TRIGGER readiness_sample_no_update BEFORE UPDATE ON readiness_sample
      BEGIN SELECT RAISE(ABORT, 'a drawn sample never changes; draw a new one instead'); END;

-- trigger readiness_test_methods_insert on readiness_test
CREATE TRIGGER readiness_test_methods_insert BEFORE INSERT ON readiness_test
      WHEN NOT EXISTS (SELECT 1 FROM json_each(NEW.methods) WHERE value IN ('observation', 'inspection', 'reperformance'))
      BEGIN SELECT RAISE(ABORT, 'inquiry alone is never sufficient'); END;

-- trigger readiness_test_methods_update on readiness_test
CREATE TRIGGER readiness_test_methods_update BEFORE UPDATE OF methods ON readiness_test
      WHEN NOT EXISTS (SELECT 1 FROM json_each(NEW.methods) WHERE value IN ('observation', 'inspection', 'reperformance'))
      BEGIN SELECT RAISE(ABORT, 'inquiry alone is never sufficient'); END;

-- trigger review_note_no_update on review_note
CREATE TRIGGER review_note_no_update BEFORE UPDATE ON review_note
      BEGIN SELECT RAISE(ABORT, 'the auditor''s notes are kept as received'); END;

-- trigger seal_no_delete on seal
CREATE TRIGGER seal_no_delete BEFORE DELETE ON seal
      BEGIN SELECT RAISE(ABORT, 'a sealed snapshot never changes'); END;

-- trigger seal_no_update on seal
CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal
      BEGIN SELECT RAISE(ABORT, 'a sealed snapshot never changes'); END;
