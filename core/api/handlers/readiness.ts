import { listAssessments } from '../../../db/queries/assessments';
import { getEngagement } from '../../../db/queries/engagement';
import { listRemediationItems } from '../../../db/queries/remediation-items';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { nextActions } from '../../gaps/next-actions';
import { summariseOpenGaps } from '../../gaps/open-gaps';
import { inScopeCriteria } from '../../scope/in-scope';
import { readScopeSummary } from '../../scope/read-scope';
import { readScoringInput } from '../../scoring/read-scoring-input';
import { scoreReadiness } from '../../scoring/score-readiness';
import type { ApiHandlers } from '../contract';
import type { DashboardView } from '../gap-types';
import type { HandlerContext } from './context';

export function readinessHandlers({ session }: HandlerContext): Pick<ApiHandlers, 'readiness.get' | 'dashboard.get'> {
  const catalog = () => engagementCatalog(session.workspace);
  return {
    'readiness.get': () => session.workspace.read((db) => scoreReadiness(readScoringInput(db, catalog()))),

    'dashboard.get': (): DashboardView => {
      const ws = session.workspace;
      const today = ws.now().slice(0, 10);
      const engagementCatalogue = catalog();
      return ws.read((db) => {
        const readiness = scoreReadiness(readScoringInput(db, engagementCatalogue));
        const scope = readScopeSummary(db, engagementCatalogue);
        const items = listRemediationItems(db);
        const openGaps = summariseOpenGaps(items, today);
        const tracked = new Set(items.filter((item) => item.status !== 'done').map((item) => item.criterionId));
        const gaps = new Set(listAssessments(db).filter((assessment) => assessment.status === 'gap').map((assessment) => assessment.criterionId));
        // In catalog order, so "first" means the first the person meets in the guided mode.
        const untracked = inScopeCriteria(engagementCatalogue.criteria, getEngagement(db).categories)
          .map((criterion) => criterion.id)
          .filter((id) => gaps.has(id) && !tracked.has(id));
        return { readiness, openGaps, nextActions: nextActions(scope, readiness, openGaps, untracked), scopeChanges: scope.changes, scopeConfirmedAt: scope.profile.confirmedAt };
      });
    },
  };
}
