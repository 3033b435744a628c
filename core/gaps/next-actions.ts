import type { NextAction, OpenGapsView, ReadinessView } from '../api/gap-types';
import type { ScopeSummaryView } from '../api/scope-types';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const LIMIT = 6;

/**
 * The dashboard's "what to do next": the few most useful actions, scope first (everything else reads
 * it), then the gap analysis, then what stands between a criterion and its readiness points.
 */
export function nextActions(scope: ScopeSummaryView, readiness: ReadinessView, gaps: OpenGapsView, untrackedGaps: readonly string[]): NextAction[] {
  const actions: NextAction[] = [];
  const missing = scope.checklist.filter((item) => !item.done);
  for (const item of missing.slice(0, 2)) actions.push({ label: item.label, step: 'scope', section: item.section });
  if (missing.length === 0 && !scope.confirmed) actions.push({ label: 'Review the scope summary and confirm the scope', step: 'scope', section: 'summary' });
  if (scope.changes.length > 0) actions.push({ label: `Review ${plural(scope.changes.length, 'change', 'changes')} of scope and confirm the scope again`, step: 'scope', section: 'summary' });

  const criteria = readiness.criteria;
  const unassessed = criteria.filter((score) => score.status === 'not-assessed');
  if (unassessed.length > 0) actions.push({ label: `Assess ${plural(unassessed.length, 'criterion', 'criteria')} not yet assessed (next: ${unassessed[0]!.criterionId})`, step: 'gaps', section: 'guided' });
  if (untrackedGaps.length > 0) actions.push({ label: `Raise remediation items for ${plural(untrackedGaps.length, 'gap', 'gaps')} (first: ${untrackedGaps[0]!})`, step: 'gaps', section: 'guided' });
  if (gaps.bySeverity.high > 0) actions.push({ label: `Resolve ${plural(gaps.bySeverity.high, 'high-severity gap', 'high-severity gaps')}`, step: 'gaps', section: 'remediation' });
  if (gaps.overdue > 0) actions.push({ label: `Follow up ${plural(gaps.overdue, 'overdue remediation item', 'overdue remediation items')}`, step: 'gaps', section: 'remediation' });
  const noControl = criteria.filter((score) => (score.status === 'met' || score.status === 'partially-met') && score.implementedControls.length === 0);
  if (noControl.length > 0) actions.push({ label: `Implement a control for ${plural(noControl.length, 'criterion', 'criteria')} assessed as met or partially met (first: ${noControl[0]!.criterionId}); until then they score nothing`, step: 'gaps', section: 'guided' });
  if (!readiness.evidenceAvailable && readiness.overall.design.earned > 0) actions.push({ label: 'Collect evidence that your implemented controls operate, to build operating readiness', step: 'testing', section: null });
  return actions.slice(0, LIMIT);
}
