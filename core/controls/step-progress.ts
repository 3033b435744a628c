import type Database from 'better-sqlite3';
import { listAssessments } from '../../db/queries/assessments';
import { getEngagement } from '../../db/queries/engagement';
import { listEngagementControls } from '../../db/queries/engagement-controls';
import { listPolicies, listPolicyVersions } from '../../db/queries/policies';
import { listRemediationItems } from '../../db/queries/remediation-items';
import type { StepProgress } from '../api/types';
import type { Criterion } from '../catalog/catalog-schema';
import { isOverdue } from '../gaps/open-gaps';
import { tableExists } from '../package/data/table-exists';
import { policyState } from '../policies/policy-state';
import { inScopeCriteria } from '../scope/in-scope';
import { controlRef } from './control-details';

/** What step 3's state is computed from. */
export interface ControlStepFacts {
  controls: number;
  /** In-scope, applicable criteria without an implemented (not retired) control, in catalog order. */
  uncovered: string[];
  /** Active controls without an owner (their IDs). */
  unowned: string[];
  policies: number;
  drafts: number;
  overduePolicies: number;
  overdueRemediation: number;
}

export function readControlStepFacts(db: Database.Database, criteria: readonly Criterion[], today: string = new Date().toISOString().slice(0, 10)): ControlStepFacts {
  const controls = listEngagementControls(db).filter((control) => !control.retired);
  const notApplicable = new Set(listAssessments(db).filter((assessment) => assessment.status === 'not-applicable').map((assessment) => assessment.criterionId));
  const covered = new Set(controls.filter((control) => control.implementationStatus === 'implemented').flatMap((control) => control.criteria));
  const policies = tableExists(db, 'policy') ? listPolicies(db) : [];
  const approved = new Set(tableExists(db, 'policy_version') ? listPolicyVersions(db).filter((version) => version.approvedOn !== null).map((version) => version.policyId) : []);
  return {
    controls: controls.length,
    uncovered: inScopeCriteria(criteria, getEngagement(db).categories)
      .map((criterion) => criterion.id)
      .filter((id) => !notApplicable.has(id) && !covered.has(id)),
    unowned: controls.filter((control) => control.owner.trim() === '').map(controlRef),
    policies: policies.length,
    drafts: policies.filter((policy) => !approved.has(policy.id)).length,
    overduePolicies: policies.filter((policy) => policyState({ hasApprovedVersion: approved.has(policy.id), nextReviewDate: policy.nextReviewDate }, today) === 'overdue').length,
    overdueRemediation: listRemediationItems(db).filter((item) => isOverdue(item, today)).length,
  };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * Step 3 is complete when every applicable criterion in scope has an implemented control, every
 * control has an owner, every policy is approved and within its review date, and no remediation is
 * overdue. "Next" names the first thing still missing, in that order.
 */
export function controlStepProgress(facts: ControlStepFacts): Pick<StepProgress, 'state' | 'next'> {
  if (facts.controls === 0 && facts.policies === 0) return { state: 'not-started', next: 'Adopt the recommended set of controls for your scope.' };
  const state = 'in-progress' as const;
  if (facts.controls === 0) return { state, next: 'Adopt the recommended set of controls for your scope.' };
  if (facts.uncovered.length > 0) return { state, next: `Implement a control for the ${plural(facts.uncovered.length, 'criterion', 'criteria')} without one, starting with ${facts.uncovered[0]}.` };
  if (facts.unowned.length > 0) return { state, next: `Give an owner to the ${plural(facts.unowned.length, 'control', 'controls')} without one, starting with ${facts.unowned[0]}.` };
  if (facts.policies === 0) return { state, next: 'Create your policies from the templates.' };
  if (facts.drafts > 0) return { state, next: `Approve the ${plural(facts.drafts, 'policy', 'policies')} still in draft.` };
  if (facts.overduePolicies > 0) return { state, next: `Review the ${plural(facts.overduePolicies, 'policy', 'policies')} whose review date has passed.` };
  if (facts.overdueRemediation > 0) return { state, next: `Finish or reschedule the ${plural(facts.overdueRemediation, 'overdue remediation item', 'overdue remediation items')}.` };
  return { state: 'complete', next: 'Controls are implemented and owned, and policies approved; keep them current as things change.' };
}
