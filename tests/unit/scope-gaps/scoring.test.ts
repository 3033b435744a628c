import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from '../../../core/api/gap-types';
import type { CategoryId } from '../../../core/api/types';
import { designPoints, operatingPoints } from '../../../core/scoring/score-criterion';
import { scoreReadiness } from '../../../core/scoring/score-readiness';
import { NO_EVIDENCE, type OperationEvidence, type ScoringControl, type ScoringInput } from '../../../core/scoring/scoring-input';

/** A tiny catalog: two security criteria in two series, one availability and one privacy criterion. */
const CRITERIA = [
  { id: 'CC1.1', series: 'CC1', category: 'security' as const, summary: 'Integrity' },
  { id: 'CC6.1', series: 'CC6', category: 'security' as const, summary: 'Logical access' },
  { id: 'A1.2', series: 'A1', category: 'availability' as const, summary: 'Backups' },
  { id: 'P3.2', series: 'P3', category: 'privacy' as const, summary: 'Explicit consent' },
];
const SERIES = [
  { id: 'CC1', name: 'Control Environment', category: 'security' as const },
  { id: 'CC6', name: 'Logical and Physical Access Controls', category: 'security' as const },
  { id: 'A1', name: 'Availability', category: 'availability' as const },
  { id: 'P3', name: 'Collection', category: 'privacy' as const },
];

function control(id: number, criteria: string[], implementationStatus: ScoringControl['implementationStatus'] = 'implemented', retired = false): ScoringControl {
  return { id, label: `CTL-${id}`, implementationStatus, retired, criteria };
}

function input(options: { categories?: CategoryId[]; statuses?: Record<string, AssessmentStatus>; controls?: ScoringControl[]; evidence?: OperationEvidence }): ScoringInput {
  return {
    criteria: CRITERIA,
    series: SERIES,
    categories: options.categories ?? ['security', 'availability', 'privacy'],
    assessments: new Map(Object.entries(options.statuses ?? {}).map(([id, status]) => [id, { status }])),
    controls: options.controls ?? [],
    evidence: options.evidence ?? NO_EVIDENCE,
    openRemediation: new Map(),
  };
}

const criterion = (view: ReturnType<typeof scoreReadiness>, id: string) => view.criteria.find((c) => c.criterionId === id)!;

describe('design points of one criterion', () => {
  it('counts 1 for met and 0.5 for partially met, only with an implemented control', () => {
    expect(designPoints('met', true)).toBe(1);
    expect(designPoints('partially-met', true)).toBe(0.5);
    expect(designPoints('gap', true)).toBe(0);
    expect(designPoints('not-assessed', true)).toBe(0);
    for (const status of ['met', 'partially-met', 'gap', 'not-assessed'] as const) expect(designPoints(status, false)).toBe(0);
  });

  it('operating points follow design points, scaled by the evidence across the period', () => {
    expect(operatingPoints(1, 'complete')).toBe(1);
    expect(operatingPoints(1, 'partial')).toBe(0.5);
    expect(operatingPoints(0.5, 'complete')).toBe(0.5);
    expect(operatingPoints(0.5, 'partial')).toBe(0.25);
    expect(operatingPoints(1, 'none')).toBe(0);
    expect(operatingPoints(0, 'complete')).toBe(0);
  });
});

describe('readiness scores', () => {
  it('nothing assessed: 0 % everywhere, every criterion counted, and a note that says where to start', () => {
    const view = scoreReadiness(input({}));
    expect(view.overall).toMatchObject({ design: { earned: 0, possible: 4, percent: 0 }, operating: { earned: 0, possible: 4, percent: 0 }, assessed: 0, applicable: 4 });
    expect(view.notes.join(' ')).toContain('No criterion has been assessed yet');
    expect(criterion(view, 'CC1.1').raiseDesign.map((r) => r.action)).toEqual(['Assess it: record what exists today and mark it met once it is', 'Map a control that addresses it and implement it']);
  });

  it('everything not applicable: nothing to score gives no percentage (never 100 %)', () => {
    const statuses = Object.fromEntries(CRITERIA.map((c) => [c.id, 'not-applicable' as const]));
    const view = scoreReadiness(input({ statuses, controls: [control(1, ['CC1.1'])] }));
    expect(view.overall.design).toEqual({ earned: 0, possible: 0, percent: null });
    expect(view.overall.operating.percent).toBeNull();
    expect(view.overall.assessed).toBe(4);
    expect(view.byCategory.map((g) => g.design.percent)).toEqual([null, null, null]);
    expect(view.notes.join(' ')).toContain('nothing to score');
    expect(criterion(view, 'CC1.1')).toMatchObject({ applicable: false, designPoints: 0, raiseDesign: [] });
  });

  it('a criterion with no implemented control never counts as ready, whatever its assessment', () => {
    const view = scoreReadiness(input({ statuses: { 'CC1.1': 'met', 'CC6.1': 'met' }, controls: [control(1, ['CC1.1'], 'in-progress'), control(2, ['CC6.1'], 'implemented', true)] }));
    expect(criterion(view, 'CC1.1')).toMatchObject({ designPoints: 0, operatingPoints: 0, pendingControls: [{ label: 'CTL-1', status: 'in-progress' }] });
    expect(criterion(view, 'CC1.1').designReason).toContain('no mapped control is implemented');
    expect(criterion(view, 'CC1.1').raiseDesign).toEqual([{ action: 'Implement a mapped control: CTL-1 (in progress)', gain: 1 }]);
    // A retired control does not count either, even when it was implemented.
    expect(criterion(view, 'CC6.1')).toMatchObject({ designPoints: 0, implementedControls: [] });
    expect(view.overall.design.earned).toBe(0);
  });

  it('says exactly what raises a partially met criterion without a control: each action with what it adds on its own', () => {
    const view = scoreReadiness(input({ statuses: { 'CC1.1': 'partially-met' } }));
    expect(criterion(view, 'CC1.1').raiseDesign).toEqual([
      { action: 'Finish the remaining work and mark it met', gain: 0 },
      { action: 'Map a control that addresses it and implement it', gain: 0.5 },
    ]);
  });

  it('scores per category, per series and overall from the same points', () => {
    const view = scoreReadiness(input({ statuses: { 'CC1.1': 'met', 'CC6.1': 'partially-met', 'A1.2': 'gap', 'P3.2': 'not-applicable' }, controls: [control(1, ['CC1.1', 'CC6.1', 'A1.2'])] }));
    expect(view.overall.design).toEqual({ earned: 1.5, possible: 3, percent: 50 });
    expect(view.byCategory.map((g) => [g.id, g.design.percent])).toEqual([
      ['security', 75],
      ['availability', 0],
      ['privacy', null],
    ]);
    expect(view.bySeries.map((g) => [g.id, g.design.earned, g.design.possible])).toEqual([
      ['CC1', 1, 1],
      ['CC6', 0.5, 1],
      ['A1', 0, 1],
      ['P3', 0, 0],
    ]);
  });

  it('operating readiness counts nothing until evidence exists, and says so', () => {
    const view = scoreReadiness(input({ statuses: { 'CC1.1': 'met' }, controls: [control(1, ['CC1.1'])] }));
    expect(view.evidenceAvailable).toBe(false);
    expect(view.overall.operating.earned).toBe(0);
    expect(criterion(view, 'CC1.1').operatingReason).toContain('no evidence of operation is recorded yet');
    expect(criterion(view, 'CC1.1').raiseOperating).toEqual([{ action: 'Collect evidence that CTL-1 operated across the whole period (step 4)', gain: 1 }]);
    expect(view.notes.join(' ')).toContain('counts nothing until then');
  });

  it('operating readiness uses the best evidence among implemented mapped controls only', () => {
    const evidence: OperationEvidence = { available: true, byControl: new Map([[1, 'partial'], [2, 'complete'], [3, 'complete']]) };
    const controls = [control(1, ['CC1.1']), control(2, ['CC6.1']), control(3, ['CC1.1'], 'in-progress')];
    const view = scoreReadiness(input({ statuses: { 'CC1.1': 'met', 'CC6.1': 'partially-met' }, controls, evidence }));
    expect(criterion(view, 'CC1.1')).toMatchObject({ designPoints: 1, operatingPoints: 0.5 });
    expect(criterion(view, 'CC1.1').raiseOperating).toEqual([{ action: 'Add evidence for the occurrences still missing in the period (step 4)', gain: 0.5 }]);
    expect(criterion(view, 'CC6.1')).toMatchObject({ designPoints: 0.5, operatingPoints: 0.5 });
    expect(criterion(view, 'CC6.1').raiseOperating).toEqual([{ action: 'Raise its design readiness to full marks', gain: 0.5 }]);
  });

  it('category removed after assessment: its criteria leave every score, and come back when it is added again', () => {
    const statuses = { 'CC1.1': 'met', 'A1.2': 'met' } as const;
    const controls = [control(1, ['CC1.1', 'A1.2'])];
    const withAvailability = scoreReadiness(input({ statuses, controls, categories: ['security', 'availability'] }));
    expect(withAvailability.overall.design).toEqual({ earned: 2, possible: 3, percent: 66.7 });
    const without = scoreReadiness(input({ statuses, controls, categories: ['security'] }));
    expect(without.overall.design).toEqual({ earned: 1, possible: 2, percent: 50 });
    expect(without.byCategory.map((g) => g.id)).toEqual(['security']);
    expect(without.criteria.map((c) => c.criterionId)).toEqual(['CC1.1', 'CC6.1']);
    expect(without.bySeries.map((g) => g.id)).toEqual(['CC1', 'CC6']);
  });

  it('Security is always scored, even if the category list leaves it out', () => {
    const view = scoreReadiness(input({ categories: [] }));
    expect(view.criteria.map((c) => c.criterionId)).toEqual(['CC1.1', 'CC6.1']);
  });
});
