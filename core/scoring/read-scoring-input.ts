import type Database from 'better-sqlite3';
import { listAssessments } from '../../db/queries/assessments';
import { getEngagement } from '../../db/queries/engagement';
import { listEngagementControls } from '../../db/queries/engagement-controls';
import { listRemediationItems } from '../../db/queries/remediation-items';
import type { Catalog } from '../catalog/catalog-schema';
import { controlLabel } from '../gaps/control-label';
import { readOperationEvidence } from './operation-evidence';
import type { ScoringInput } from './scoring-input';

/** Reads what the readiness scores depend on from an open workspace. */
export function readScoringInput(db: Database.Database, catalog: Catalog, today: string = new Date().toISOString().slice(0, 10)): ScoringInput {
  const engagement = getEngagement(db);
  const openRemediation = new Map<string, number>();
  for (const item of listRemediationItems(db)) {
    if (item.status !== 'done' && item.criterionId) openRemediation.set(item.criterionId, (openRemediation.get(item.criterionId) ?? 0) + 1);
  }
  return {
    criteria: catalog.criteria,
    series: catalog.series,
    categories: engagement.categories,
    assessments: new Map(listAssessments(db).map((assessment) => [assessment.criterionId, { status: assessment.status }])),
    controls: listEngagementControls(db).map((control) => ({ id: control.id, label: controlLabel(control), implementationStatus: control.implementationStatus, retired: control.retired, criteria: control.criteria })),
    evidence: readOperationEvidence(db, catalog, today),
    openRemediation,
  };
}
