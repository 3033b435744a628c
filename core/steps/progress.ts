import type { EngagementRecord } from '../../db/queries/engagement';
import type { StepId, StepProgress, StepState } from '../api/types';

export const STEP_TITLES: Record<StepId, string> = {
  scope: 'Scope Definition',
  gaps: 'Gap Analysis',
  controls: 'Control Implementation',
  testing: 'Testing & Documentation',
  audit: 'Audit & Attestation',
};

/**
 * Completion state of each of the five steps, derived from what the workspace holds (never stored,
 * so it cannot disagree with the content). Steps whose content does not exist yet report
 * "not started" with the first thing to do.
 */
export function computeStepProgress(engagement: EngagementRecord): StepProgress[] {
  const periodSet = engagement.reportType === 'type1' ? engagement.asOfDate !== null : engagement.periodStart !== null && engagement.periodEnd !== null;
  const scopeFilled = [engagement.systemName.trim() !== '', periodSet, engagement.cpaFirm.trim() !== ''];
  const scopeDone = scopeFilled.filter(Boolean).length;
  const scopeState: StepState = scopeDone === scopeFilled.length ? 'complete' : 'in-progress';
  const scopeNext = !scopeFilled[0]
    ? 'Name the system the report will cover.'
    : !scopeFilled[1]
      ? engagement.reportType === 'type1'
        ? 'Choose the as-of date for the Type I report.'
        : 'Set the review period for the Type II report.'
      : !scopeFilled[2]
        ? 'Record the CPA firm that will perform the audit.'
        : 'Scope is recorded; review it whenever the system changes.';
  return [
    { id: 'scope', title: STEP_TITLES.scope, state: scopeState, next: scopeNext },
    { id: 'gaps', title: STEP_TITLES.gaps, state: 'not-started', next: 'Assess each in-scope criterion against what exists today.' },
    { id: 'controls', title: STEP_TITLES.controls, state: 'not-started', next: 'Adopt controls from the library for the gaps you found.' },
    { id: 'testing', title: STEP_TITLES.testing, state: 'not-started', next: 'Collect evidence and run internal readiness tests.' },
    { id: 'audit', title: STEP_TITLES.audit, state: 'not-started', next: 'Work through the readiness checklist, then seal the package for the auditor.' },
  ];
}
