import { readTestingStepFacts, type TestingStepFacts } from '../testing/step-progress';
import type Database from 'better-sqlite3';
import { listAssessments } from '../../db/queries/assessments';
import { listRemediationItems } from '../../db/queries/remediation-items';
import type { ScopeSummaryView } from '../api/scope-types';
import type { Catalog } from '../catalog/catalog-schema';
import { readControlStepFacts, type ControlStepFacts } from '../controls/step-progress';
import { inScopeCriteria } from '../scope/in-scope';
import { readScopeSummary } from '../scope/read-scope';
import { readAuditStepFacts, type AuditStepFacts } from '../seal/audit-step-progress';

/** What the step states are computed from (steps 1 and 2 so far; later steps add theirs). */
export interface StepFacts {
  scope: Pick<ScopeSummaryView, 'reportType' | 'checklist' | 'ready' | 'confirmed' | 'changes'>;
  gaps: {
    inScope: number;
    /** Criteria with any status other than "not assessed" (not applicable counts as assessed). */
    assessed: number;
    firstUnassessed: string | null;
    /** Criteria assessed as a gap with no remediation item still open. */
    untracked: string[];
  };
  /** Step 3: coverage, owners, policies, overdue work. */
  controls: ControlStepFacts;
  /** Step 4: evidence and internal readiness tests. */
  testing: TestingStepFacts;
  /** Step 5: seals, fieldwork records, the final report. */
  audit: AuditStepFacts;
}

export function readStepFacts(db: Database.Database, catalog: Pick<Catalog, 'criteria' | 'guidance'>): StepFacts {
  const scope = readScopeSummary(db, catalog);
  const criteria = inScopeCriteria(catalog.criteria, scope.categories);
  const statuses = new Map(listAssessments(db).map((assessment) => [assessment.criterionId, assessment.status]));
  const tracked = new Set(listRemediationItems(db).filter((item) => item.status !== 'done' && item.criterionId).map((item) => item.criterionId));
  const unassessed = criteria.filter((criterion) => (statuses.get(criterion.id) ?? 'not-assessed') === 'not-assessed');
  return {
    scope,
    gaps: {
      inScope: criteria.length,
      assessed: criteria.length - unassessed.length,
      firstUnassessed: unassessed[0]?.id ?? null,
      untracked: criteria.filter((criterion) => statuses.get(criterion.id) === 'gap' && !tracked.has(criterion.id)).map((criterion) => criterion.id),
    },
    controls: readControlStepFacts(db, catalog.criteria),
    testing: readTestingStepFacts(db),
    audit: readAuditStepFacts(db),
  };
}
