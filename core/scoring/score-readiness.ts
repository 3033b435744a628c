import type { CriterionScore, ReadinessView, ScoreGroup, ScoreValue } from '../api/gap-types';
import { CATEGORY_NAMES, CATEGORY_ORDER, inScopeCriteria } from '../scope/in-scope';
import { scoreCriterion } from './score-criterion';
import type { ScoringInput } from './scoring-input';

function value(earned: number, possible: number): ScoreValue {
  const rounded = Math.round(earned * 1000) / 1000;
  return { earned: rounded, possible, percent: possible === 0 ? null : Math.round((earned / possible) * 1000) / 10 };
}

function group(id: string, name: string, scores: readonly CriterionScore[]): ScoreGroup {
  const applicable = scores.filter((score) => score.applicable);
  return {
    id,
    name,
    design: value(applicable.reduce((sum, score) => sum + score.designPoints, 0), applicable.length),
    operating: value(applicable.reduce((sum, score) => sum + score.operatingPoints, 0), applicable.length),
    criteria: scores.length,
    applicable: applicable.length,
    assessed: scores.filter((score) => score.status !== 'not-assessed').length,
  };
}

/**
 * Design and operating readiness per criterion, per series, per category and overall. Only criteria of
 * the categories in scope count; criteria assessed "not applicable" are left out of both the points
 * and the possible points. A score with nothing to count (every criterion not applicable) is null,
 * never 100 %.
 */
export function scoreReadiness(input: ScoringInput): ReadinessView {
  const criteria = inScopeCriteria(input.criteria, input.categories);
  const scores = criteria.map((criterion) => scoreCriterion(criterion, input));
  const categories = CATEGORY_ORDER.filter((category) => criteria.some((criterion) => criterion.category === category));
  const notes: string[] = [];
  if (!input.evidence.available) notes.push('Operating readiness counts evidence that controls operated across the period. No evidence is recorded yet (step 4), so it counts nothing until then.');
  if (scores.every((score) => score.status === 'not-assessed')) notes.push('No criterion has been assessed yet: start the gap analysis (step 2).');
  if (scores.length > 0 && scores.every((score) => !score.applicable)) notes.push('Every criterion in scope is marked not applicable, so there is nothing to score. Check the scope.');
  return {
    overall: group('overall', 'Overall', scores),
    byCategory: categories.map((category) => group(category, CATEGORY_NAMES[category], scores.filter((score) => score.category === category))),
    bySeries: input.series.filter((series) => scores.some((score) => score.series === series.id)).map((series) => group(series.id, `${series.id} ${series.name}`, scores.filter((score) => score.series === series.id))),
    criteria: scores,
    evidenceAvailable: input.evidence.available,
    notes,
  };
}
