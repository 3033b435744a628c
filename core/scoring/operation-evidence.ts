import type Database from 'better-sqlite3';
import { hasEvidenceStore } from '../../db/evidence-store';
import type { Catalog } from '../catalog/catalog-schema';
import { periodCoverage } from '../testing/period-coverage';
import { readCoverageInput } from '../testing/read-testing-facts';
import { NO_EVIDENCE, type OperationEvidence, type OperationEvidenceLevel } from './scoring-input';

/**
 * Evidence of operation per engagement control, for operating readiness, read from step 4's period
 * coverage: 'complete' when every occurrence due so far in the period is evidenced (or evidenced as
 * not having occurred), 'partial' when some are, 'none' otherwise. Until the workspace holds any
 * evidence, nothing can be shown and operating readiness says so.
 */
export function readOperationEvidence(db: Database.Database, catalog: Catalog, today: string): OperationEvidence {
  if (!hasEvidenceStore(db)) return NO_EVIDENCE;
  const input = readCoverageInput(db, catalog, today);
  if (input.evidence.length === 0) return NO_EVIDENCE;
  const byControl = new Map<number, OperationEvidenceLevel>();
  for (const coverage of periodCoverage(input)) byControl.set(coverage.controlId, coverage.level);
  return { available: true, byControl };
}
