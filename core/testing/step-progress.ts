import type Database from 'better-sqlite3';
import type { StepProgress } from '../api/types';

export interface TestingStepFacts {
  evidenceItems: number;
  activeControls: number;
  concludedTests: number;
}

const count = (db: Database.Database, sql: string): number => (db.prepare(sql).pluck().get() as number | undefined) ?? 0;

/** What step 4 holds: evidence items, active controls, and internal readiness tests concluded. */
export function readTestingStepFacts(db: Database.Database): TestingStepFacts {
  return {
    evidenceItems: count(db, 'SELECT count(*) FROM evidence_item'),
    activeControls: count(db, 'SELECT count(*) FROM engagement_control WHERE retired = 0'),
    concludedTests: count(db, "SELECT count(*) FROM readiness_test WHERE conclusion <> 'not-concluded'"),
  };
}

/**
 * Step 4 is started once evidence or a test exists, and complete when every active control has a
 * concluded internal readiness test (period coverage gaps show in their own tab and the checklist).
 */
export function testingStepProgress(facts: TestingStepFacts): Pick<StepProgress, 'state' | 'next'> {
  if (facts.evidenceItems === 0 && facts.concludedTests === 0) return { state: 'not-started', next: 'Collect evidence and run internal readiness tests.' };
  const remaining = Math.max(0, facts.activeControls - facts.concludedTests);
  if (remaining > 0) return { state: 'in-progress', next: `Conclude internal readiness tests for the ${remaining} control${remaining === 1 ? '' : 's'} still open, and fill the period coverage gaps.` };
  return { state: 'complete', next: 'Every control has a concluded internal readiness test; keep evidence current until fieldwork.' };
}
