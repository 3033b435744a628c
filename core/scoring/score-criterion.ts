import type { AssessmentStatus, CriterionScore } from '../api/gap-types';
import type { OperationEvidenceLevel, ScoringControl, ScoringCriterion, ScoringInput } from './scoring-input';

/**
 * Design readiness of one criterion (the Type I question: is a suitable control in place?):
 * 1 when assessed "met" and at least one mapped control is implemented, 0.5 when "partially met" with
 * an implemented control, 0 otherwise. Without an implemented control nothing counts, whatever the
 * assessment says.
 */
export function designPoints(status: AssessmentStatus, hasImplementedControl: boolean): number {
  if (!hasImplementedControl) return 0;
  if (status === 'met') return 1;
  if (status === 'partially-met') return 0.5;
  return 0;
}

const EVIDENCE_FACTOR: Record<OperationEvidenceLevel, number> = { complete: 1, partial: 0.5, none: 0 };

/**
 * Operating readiness of one criterion (the Type II question: is there evidence it operated across
 * the period?): its design points when an implemented mapped control has evidence for the whole
 * period, half of them when the best such control has evidence for part of it, 0 otherwise.
 */
export function operatingPoints(design: number, bestEvidence: OperationEvidenceLevel): number {
  return design * EVIDENCE_FACTOR[bestEvidence];
}

const RANK: OperationEvidenceLevel[] = ['none', 'partial', 'complete'];

function statusAction(status: AssessmentStatus, openItems: number): string {
  switch (status) {
    case 'not-assessed':
      return 'Assess it: record what exists today and mark it met once it is';
    case 'gap':
      return openItems > 0 ? `Close the gap (${openItems} open remediation item${openItems === 1 ? '' : 's'}) and mark it met` : 'Close the gap (raise a remediation item to track it) and mark it met';
    case 'partially-met':
      return openItems > 0 ? `Finish the remaining work (${openItems} open remediation item${openItems === 1 ? '' : 's'}) and mark it met` : 'Finish the remaining work and mark it met';
    case 'met':
    case 'not-applicable':
      return '';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}

function controlAction(pending: ScoringControl[]): string {
  if (pending.length === 0) return 'Map a control that addresses it and implement it';
  const names = pending.slice(0, 2).map((control) => `${control.label} (${control.implementationStatus.replace('-', ' ')})`);
  return `Implement a mapped control: ${names.join(' or ')}${pending.length > 2 ? ` or one of ${pending.length - 2} more` : ''}`;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

export function scoreCriterion(criterion: ScoringCriterion, input: Pick<ScoringInput, 'assessments' | 'controls' | 'evidence' | 'openRemediation'>): CriterionScore {
  const status = input.assessments.get(criterion.id)?.status ?? 'not-assessed';
  const mapped = input.controls.filter((control) => !control.retired && control.criteria.includes(criterion.id));
  const implemented = mapped.filter((control) => control.implementationStatus === 'implemented');
  const pending = mapped.filter((control) => control.implementationStatus !== 'implemented');
  const base = {
    criterionId: criterion.id,
    series: criterion.series,
    category: criterion.category,
    summary: criterion.summary,
    status,
    implementedControls: implemented.map((control) => control.label),
    pendingControls: pending.map((control) => ({ label: control.label, status: control.implementationStatus })),
  };

  if (status === 'not-applicable') {
    return { ...base, applicable: false, designPoints: 0, operatingPoints: 0, designReason: 'Not applicable: excluded from the score (the reason is part of the system description).', operatingReason: 'Not applicable: excluded from the score.', raiseDesign: [], raiseOperating: [] };
  }

  const hasImplemented = implemented.length > 0;
  const design = designPoints(status, hasImplemented);
  const raiseDesign: CriterionScore['raiseDesign'] = [];
  if (status !== 'met') raiseDesign.push({ action: statusAction(status, input.openRemediation.get(criterion.id) ?? 0), gain: round(designPoints('met', hasImplemented) - design) });
  if (!hasImplemented) raiseDesign.push({ action: controlAction(pending), gain: round(designPoints(status, true) - design) });

  const designReason = !hasImplemented
    ? `0 points: no mapped control is implemented yet${status === 'met' || status === 'partially-met' ? `, so “${status.replace('-', ' ')}” cannot count` : ''}.`
    : status === 'met'
      ? `1 point: met, with ${implemented.length} implemented control${implemented.length === 1 ? '' : 's'}.`
      : status === 'partially-met'
        ? '0.5 points: partially met, with an implemented control.'
        : `0 points: ${status === 'gap' ? 'assessed as a gap' : 'not assessed yet'}.`;

  const best = implemented.reduce<OperationEvidenceLevel>((level, control) => {
    const own = input.evidence.byControl.get(control.id) ?? 'none';
    return RANK.indexOf(own) > RANK.indexOf(level) ? own : level;
  }, 'none');
  const factor = EVIDENCE_FACTOR[best];
  const operating = operatingPoints(design, best);
  let operatingReason: string;
  if (design === 0) operatingReason = '0 points: operation only counts once the criterion is design-ready.';
  else if (!input.evidence.available) operatingReason = '0 points: no evidence of operation is recorded yet (step 4, Testing & Documentation, collects it).';
  else if (best === 'complete') operatingReason = `${round(operating)} point${operating === 1 ? '' : 's'}: an implemented control has evidence for the whole period.`;
  else if (best === 'partial') operatingReason = `${round(operating)} points: evidence covers only part of the period.`;
  else operatingReason = '0 points: no implemented mapped control has evidence of operation yet.';

  // Each action's gain is what it adds on its own; doing all of them reaches full marks.
  const raiseOperating: CriterionScore['raiseOperating'] = [];
  if (design < 1) raiseOperating.push({ action: design === 0 ? 'Make it design-ready first (see design readiness)' : 'Raise its design readiness to full marks', gain: round((1 - design) * factor) });
  if (best !== 'complete') {
    const action = !hasImplemented
      ? 'Once a mapped control is implemented, collect evidence that it operated across the whole period (step 4)'
      : best === 'partial'
        ? 'Add evidence for the occurrences still missing in the period (step 4)'
        : `Collect evidence that ${implemented[0]!.label} operated across the whole period (step 4)`;
    raiseOperating.push({ action, gain: round(design * (1 - factor)) });
  }

  return { ...base, applicable: true, designPoints: design, operatingPoints: round(operating), designReason, operatingReason, raiseDesign: raiseDesign.filter((item) => item.action !== ''), raiseOperating };
}
