import type Database from 'better-sqlite3';
import type { JobContext } from '../jobs/job-runner';
import type { CheckResult } from './verification-report';

/**
 * A check of what a workspace holds, run after its structure has been verified (so the schema is
 * known to be the app's own). Features that store something verifiable contribute one to the list in
 * content-checks.ts, so verification always covers everything the workspace holds.
 */
export interface ContentCheck {
  id: string;
  run(db: Database.Database, job: Pick<JobContext, 'progress' | 'throwIfCancelled'>): Promise<CheckResult> | CheckResult;
}

/** True when the workspace has the table (older formats lack newer features' tables). */
export function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(name) !== undefined;
}
