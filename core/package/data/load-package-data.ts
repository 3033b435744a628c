import type Database from 'better-sqlite3';
import { getAuditDraft, type AuditDraftKind } from '../../../db/queries/audit-drafts';
import { listAuditExceptions } from '../../../db/queries/audit-exceptions';
import { listChecklistWaivers } from '../../../db/queries/checklist-waivers';
import { getEngagement, getMeta } from '../../../db/queries/engagement';
import { getFinalReport } from '../../../db/queries/final-report';
import { listPbcRequests } from '../../../db/queries/pbc-requests';
import { listSeals } from '../../../db/queries/seals';
import type { Workspace } from '../../../db/workspace';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { inScopeCriteria } from '../../scope/in-scope';
import { generateAssertion } from '../../seal/draft-assertion';
import { generateDescription } from '../../seal/draft-description';
import type { DraftFacts } from '../../seal/draft-facts';
import type { EvidenceSource } from './evidence-source';
import type { DraftText, PackageData } from './package-data';
import { readActivitySummary } from './read-activity';
import { readAssessments, readControls, readRemediation } from './read-controls';
import { laterStepReaders } from './read-later-steps';
import { readReadiness } from './read-readiness';
import { readScope } from './read-scope';

export interface LoadOptions {
  /** The workspace content: the live workspace, or a sealed snapshot restored in memory. */
  content: Workspace;
  /** Holds the activity log (always the live workspace: a snapshot records only the log's head). */
  log: Database.Database;
  /** Read the log up to this entry (a seal's recorded head); null for all of it. */
  logUpTo: number | null;
  evidence: EvidenceSource;
}

/** Reads everything the package and the readiness checklist need, in one go, read-only. */
export function loadPackageData(options: LoadOptions): PackageData {
  const catalog = engagementCatalog(options.content);
  return options.content.read((db) => {
    const engagement = getEngagement(db);
    const criteria = inScopeCriteria(catalog.criteria, engagement.categories);
    const scope = readScope(db, engagement, catalog.guidance);
    const controls = readControls(db, catalog);
    const assessments = readAssessments(db);
    const facts: DraftFacts = { engagement, scope, criteria, assessments, controls };
    return {
      engagement,
      workspaceId: getMeta(db)['workspace_id'] ?? '',
      catalog,
      criteria,
      scope,
      controls,
      assessments,
      remediation: readRemediation(db),
      readiness: readReadiness(db, catalog),
      policies: laterStepReaders.policies(db),
      evidence: options.evidence.list(),
      populations: laterStepReaders.populations(db),
      samples: laterStepReaders.samples(db),
      readinessTests: laterStepReaders.readinessTests(db),
      readinessExceptions: laterStepReaders.readinessExceptions(db),
      waivers: listChecklistWaivers(db),
      drafts: {
        assertion: draft(db, 'assertion', () => generateAssertion(facts)),
        description: draft(db, 'description', () => generateDescription(facts, catalog.guidance)),
      },
      pbc: listPbcRequests(db),
      auditExceptions: listAuditExceptions(db),
      finalReport: getFinalReport(db),
      seals: listSeals(db),
      activity: readActivitySummary(options.log, options.logUpTo),
    };
  });
}

function draft(db: Database.Database, kind: AuditDraftKind, generate: () => string): DraftText {
  const saved = getAuditDraft(db, kind);
  return saved ? { text: saved.content, edited: true, savedBy: saved.savedBy, savedAt: saved.savedAt } : { text: generate(), edited: false, savedBy: null, savedAt: null };
}
