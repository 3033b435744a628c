import type Database from 'better-sqlite3';
import { NO_EVIDENCE, type OperationEvidence } from './scoring-input';

/**
 * Evidence of operation per engagement control, for operating readiness. Step 4 (evidence and period
 * coverage) does not exist in the workspace yet, so nothing can be shown and operating readiness says
 * so. When step 4 lands, this reads its period coverage: 'complete' when every expected occurrence in
 * the period is evidenced, 'partial' when some are, 'none' otherwise.
 */
export function readOperationEvidence(_db: Database.Database): OperationEvidence {
  return NO_EVIDENCE;
}
