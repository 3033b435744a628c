import type Database from 'better-sqlite3';
import type { Catalog } from '../../catalog/catalog-schema';
import { readScoringInput } from '../../scoring/read-scoring-input';
import { scoreReadiness } from '../../scoring/score-readiness';
import type { ReadinessScores } from './package-data';
import { whenTables } from './table-exists';

/** Step 2's design and operating readiness scores, as the dashboard shows them. */
export function readReadiness(db: Database.Database, catalog: Catalog): ReadinessScores | null {
  return whenTables(db, ['criterion_assessment', 'engagement_control', 'remediation_item'], () => {
    const view = scoreReadiness(readScoringInput(db, catalog));
    return {
      overall: { design: view.overall.design.percent, operating: view.overall.operating.percent },
      byCategory: view.byCategory.map((group) => ({ category: group.id, name: group.name, design: group.design.percent, operating: group.operating.percent })),
      notes: view.notes,
    };
  });
}
