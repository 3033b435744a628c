import type { StepId, StepProgress, StepState } from '../api/types';
import { controlStepProgress } from '../controls/step-progress';
import { auditStepProgress } from '../seal/audit-step-progress';
import { testingStepProgress } from '../testing/step-progress';
import type { StepFacts } from './read-step-facts';

export const STEP_TITLES: Record<StepId, string> = {
  scope: 'Scope Definition',
  gaps: 'Gap Analysis',
  controls: 'Control Implementation',
  testing: 'Testing & Documentation',
  audit: 'Audit & Attestation',
};

function scopeProgress({ scope }: StepFacts): Pick<StepProgress, 'state' | 'next'> {
  const missing = scope.checklist.find((item) => !item.done);
  const state: StepState = scope.ready && scope.confirmed ? 'complete' : 'in-progress';
  if (missing) return { state, next: `${missing.label}.` };
  if (!scope.confirmed) return { state, next: 'Review the scope summary and confirm the scope.' };
  if (scope.changes.length > 0) return { state, next: 'The scope changed since you confirmed it: review the changes and confirm it again.' };
  return { state, next: 'Scope is confirmed; review it whenever the system changes.' };
}

function gapsProgress({ gaps }: StepFacts): Pick<StepProgress, 'state' | 'next'> {
  const remaining = gaps.inScope - gaps.assessed;
  if (gaps.assessed === 0) return { state: 'not-started', next: 'Assess each in-scope criterion against what exists today.' };
  if (remaining > 0) return { state: 'in-progress', next: `Assess the ${remaining} remaining criteri${remaining === 1 ? 'on' : 'a'}, starting with ${gaps.firstUnassessed}.` };
  if (gaps.untracked.length > 0) return { state: 'in-progress', next: `Raise a remediation item for every gap (${gaps.untracked.length} without one, first ${gaps.untracked[0]}).` };
  return { state: 'complete', next: 'Every criterion is assessed; keep the assessments current as controls change.' };
}

/**
 * Completion state of each of the five steps, derived from what the workspace holds (never stored,
 * so it cannot disagree with the content). Steps whose content does not exist yet report
 * "not started" with the first thing to do.
 *
 * Step 1 is complete when everything its checklist asks for is recorded and the scope has been
 * confirmed on the summary screen; step 2 when every in-scope criterion is assessed and every gap has
 * an open remediation item.
 */
export function computeStepProgress(facts: StepFacts): StepProgress[] {
  return [
    { id: 'scope', title: STEP_TITLES.scope, ...scopeProgress(facts) },
    { id: 'gaps', title: STEP_TITLES.gaps, ...gapsProgress(facts) },
    { id: 'controls', title: STEP_TITLES.controls, ...controlStepProgress(facts.controls) },
    { id: 'testing', title: STEP_TITLES.testing, ...testingStepProgress(facts.testing) },
    { id: 'audit', title: STEP_TITLES.audit, ...auditStepProgress(facts.audit) },
  ];
}
