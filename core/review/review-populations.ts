import type Database from 'better-sqlite3';
import { listPopulations } from '../../db/queries/populations';
import type { ReviewPopulationView } from '../api/review-types';
import { laterStepReaders } from '../package/data/read-later-steps';
import { hasTable } from '../verify/content-check';

/**
 * The populations an auditor can sample from: as the package lists them once it reads step 4, until
 * then straight from step 4's population table (referred to as POP-<id>, stable within a workspace
 * and its copies). Null when the workspace records no populations.
 */
export function reviewPopulations(db: Database.Database): ReviewPopulationView[] | null {
  const packaged = laterStepReaders.populations(db);
  if (packaged !== null) return packaged.map((p) => ({ ref: p.ref, name: p.name, rowCount: p.rowCount, sha256: p.sha256 }));
  if (!hasTable(db, 'population')) return null;
  return listPopulations(db).map((p) => ({ ref: `POP-${p.id}`, name: p.name, rowCount: p.rowCount, sha256: p.fileSha256 }));
}
