import type { Migration } from './migration';

/**
 * Steps 1 and 2: the scope record (organisation profile, system description sections, CUECs, the
 * in-scope system inventory, the vendor register with subservice organisations and their CSOCs,
 * changes of scope after it was confirmed), the gap analysis (one assessment per criterion and the
 * remediation items raised from gaps) and the base tables for controls adopted into the engagement,
 * which step 3 extends.
 *
 * Design notes:
 * - A criterion "not applicable" (description criterion DC8) is an assessment status, so step 1 and
 *   step 2 can never disagree about it.
 * - Assessments of criteria whose category is later removed are kept (re-adding the category brings
 *   them back); scoring only reads criteria that are in scope.
 * - Subservice organisations are vendors flagged as such, so a provider is entered once and its own
 *   SOC report period sits beside its carve-out/inclusive choice and CSOCs.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'add-scope-and-gap-analysis',
  up(db) {
    db.exec(`
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
      INSERT INTO scope_profile (id, updated_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

      CREATE TABLE description_section (
        id TEXT PRIMARY KEY CHECK (id IN ('DC1', 'DC2', 'DC3', 'DC4', 'DC5', 'DC6', 'DC7', 'DC8', 'DC9')),
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE cuec (
        id INTEGER PRIMARY KEY,
        catalog_id TEXT,
        control TEXT NOT NULL CHECK (length(trim(control)) > 0),
        related_criteria TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
      ) STRICT;

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

      CREATE TABLE csoc (
        id INTEGER PRIMARY KEY,
        vendor_id INTEGER NOT NULL REFERENCES vendor (id) ON DELETE CASCADE,
        catalog_id TEXT,
        control TEXT NOT NULL CHECK (length(trim(control)) > 0),
        related_criteria TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX csoc_vendor ON csoc (vendor_id);

      CREATE TABLE scope_change (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        area TEXT NOT NULL,
        summary TEXT NOT NULL,
        reviewed_at TEXT
      ) STRICT;

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
        updated_at TEXT NOT NULL,
        CHECK (retired = 0 OR length(trim(retired_reason)) > 0)
      ) STRICT;

      CREATE TABLE engagement_control_criterion (
        control_id INTEGER NOT NULL REFERENCES engagement_control (id) ON DELETE CASCADE,
        criterion_id TEXT NOT NULL,
        PRIMARY KEY (control_id, criterion_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX engagement_control_criterion_by_criterion ON engagement_control_criterion (criterion_id);

      CREATE TABLE criterion_assessment (
        criterion_id TEXT PRIMARY KEY,
        status TEXT NOT NULL DEFAULT 'not-assessed' CHECK (status IN ('not-assessed', 'gap', 'partially-met', 'met', 'not-applicable')),
        current_practice TEXT NOT NULL DEFAULT '',
        na_reason TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        CHECK (status <> 'not-applicable' OR length(trim(na_reason)) > 0)
      ) STRICT;

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
      CREATE INDEX remediation_item_by_criterion ON remediation_item (criterion_id);
    `);
  },
};
