import type Database from 'better-sqlite3';
import { listAssessments } from '../../db/queries/assessments';
import { getEngagement } from '../../db/queries/engagement';
import { listEngagementControls } from '../../db/queries/engagement-controls';
import { listRemediationItems } from '../../db/queries/remediation-items';
import type { AssessmentListView, CriterionAssessmentView } from '../api/gap-types';
import type { Catalog } from '../catalog/catalog-schema';
import { inScopeCriteria } from '../scope/in-scope';
import { readScoringInput } from '../scoring/read-scoring-input';
import { scoreReadiness } from '../scoring/score-readiness';
import { remediationView } from './open-gaps';

/**
 * Every in-scope criterion with its assessment, mapped controls, library suggestions, remediation items
 * and the points it earns: what both the guided mode and the table mode show.
 */
export function readAssessmentList(db: Database.Database, catalog: Catalog, today: string): AssessmentListView {
  const engagement = getEngagement(db);
  const assessments = new Map(listAssessments(db).map((assessment) => [assessment.criterionId, assessment]));
  const controls = listEngagementControls(db).filter((control) => !control.retired);
  const adoptedCatalogIds = new Set(controls.map((control) => control.catalogControlId).filter((id): id is string => id !== null));
  const remediation = listRemediationItems(db);
  const scores = new Map(scoreReadiness(readScoringInput(db, catalog, today)).criteria.map((score) => [score.criterionId, score]));
  const seriesNames = new Map(catalog.series.map((series) => [series.id, series.name]));
  const brief = (control: (typeof controls)[number]) => ({ id: control.id, catalogControlId: control.catalogControlId, title: control.title, implementationStatus: control.implementationStatus });

  const criteria: CriterionAssessmentView[] = inScopeCriteria(catalog.criteria, engagement.categories).map((criterion) => {
    const assessment = assessments.get(criterion.id);
    const score = scores.get(criterion.id);
    return {
      criterionId: criterion.id,
      series: criterion.series,
      seriesName: seriesNames.get(criterion.series) ?? criterion.series,
      category: criterion.category,
      summary: criterion.summary,
      guidance: criterion.guidance,
      pointsOfFocus: criterion.pointsOfFocus,
      status: assessment?.status ?? 'not-assessed',
      currentPractice: assessment?.currentPractice ?? '',
      naReason: assessment?.naReason ?? '',
      updatedAt: assessment?.updatedAt ?? null,
      controls: controls.filter((control) => control.criteria.includes(criterion.id)).map(brief),
      suggestedControls: catalog.controls
        .filter((control) => control.criteria.includes(criterion.id) && !adoptedCatalogIds.has(control.id))
        .sort((a, b) => Number(b.recommended) - Number(a.recommended))
        .map((control) => ({ catalogId: control.id, title: control.title, objective: control.objective, recommended: control.recommended })),
      remediation: remediation.filter((item) => item.criterionId === criterion.id).map((item) => remediationView(item, today)),
      designPoints: score?.designPoints ?? 0,
      operatingPoints: score?.operatingPoints ?? 0,
    };
  });
  return { criteria, engagementControls: controls.map(brief) };
}
