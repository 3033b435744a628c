import type Database from 'better-sqlite3';
import { listEngagementControls } from '../../db/queries/engagement-controls';
import { listRemediationItems } from '../../db/queries/remediation-items';
import type { Catalog } from '../catalog/catalog-schema';
import { CATEGORY_NAMES } from '../scope/in-scope';
import { controlLabel } from './control-label';
import { buildGapReport, type GapReport } from './gap-report';
import { readAssessmentList } from './read-assessments';

/**
 * The gap report of an open workspace: what the CSV export writes and what the PDF package's gap
 * section prints (columns in GAP_REPORT_COLUMNS). `today` (YYYY-MM-DD) decides what is overdue.
 */
export function readGapReport(db: Database.Database, catalog: Catalog, today: string): GapReport {
  const criteria = readAssessmentList(db, catalog, today).criteria.map((criterion) => ({
    id: criterion.criterionId,
    series: criterion.series,
    categoryName: CATEGORY_NAMES[criterion.category],
    summary: criterion.summary,
    status: criterion.status,
    currentPractice: criterion.currentPractice,
  }));
  const controls = new Map(listEngagementControls(db).map((control) => [control.id, controlLabel(control)]));
  return buildGapReport(criteria, listRemediationItems(db), controls, today);
}
