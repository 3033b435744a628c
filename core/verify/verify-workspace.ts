import path from 'node:path';
import type Database from 'better-sqlite3';
import { openGuardedConnection } from '../../db/connection';
import { checkFileHeader, readFileHeader } from '../../db/file-header';
import { CURRENT_SCHEMA_VERSION, MIGRATIONS } from '../../db/migrations/index';
import { inspectStructure } from '../../db/verify-structure';
import type { JobContext } from '../jobs/job-runner';
import { APP_VERSION } from '../paths';
import { CONTENT_CHECKS } from './content-checks';
import { sha256OfFile } from './file-digest';
import { overallOf, type CheckResult, type VerificationReport } from './verification-report';

export interface VerifyOptions {
  verifiedBy: string;
  now: () => Date;
}

type Job = Pick<JobContext, 'progress' | 'throwIfCancelled'>;

/**
 * Verifies a workspace file without changing it: the file's own SHA-256, its header, its schema
 * against the app's, SQLite's integrity check, then every content check (activity-log chain,
 * evidence hashes, seals). Structural failures stop there (the content cannot be trusted enough to
 * read); content failures are listed item by item and the file stays browsable, so an auditor sees
 * exactly what fails and can still look at what verifies.
 */
export async function verifyWorkspaceFile(filePath: string, job: Job, options: VerifyOptions): Promise<VerificationReport> {
  const digest = await sha256OfFile(filePath, job, 'Fingerprinting the file');
  const checks: CheckResult[] = [];
  const report = (browsable: boolean): VerificationReport => ({
    fileName: path.basename(filePath),
    fileSha256: digest.sha256,
    fileSizeBytes: digest.size,
    verifiedAt: options.now().toISOString(),
    verifiedBy: options.verifiedBy,
    appVersion: APP_VERSION,
    browsable,
    overall: overallOf(checks),
    checks,
  });

  let version: number;
  try {
    const header = readFileHeader(filePath);
    checkFileHeader(header, CURRENT_SCHEMA_VERSION);
    version = header.userVersion;
    checks.push(structural('file', 'Workspace file format', 'The file is a SQLite database marked as a SOC 2 Workbench workspace, of a format this app reads, and its size matches its page layout.', 'passed', `format version ${version}`, []));
  } catch (error) {
    checks.push(structural('file', 'Workspace file format', 'The file is a SQLite database marked as a SOC 2 Workbench workspace, of a format this app reads.', 'failed', 'file header', [{ subject: 'The file', problem: (error as Error).message }]));
    return report(false);
  }

  job.progress(0, null, 'Checking the database structure');
  let db: Database.Database;
  try {
    db = openGuardedConnection(filePath, true);
  } catch (error) {
    checks.push(structural('structure', 'Database structure', 'The database can be opened safely.', 'failed', 'database', [{ subject: 'The file', problem: (error as Error).message }]));
    return report(false);
  }
  try {
    const structure = inspectStructure(db, MIGRATIONS, version);
    checks.push(
      structural('schema', 'Database schema', 'The tables, indexes and triggers are exactly those this app creates for this format version: nothing added, removed or altered.', structure.schemaProblems.length === 0 ? 'passed' : 'failed', 'all schema objects', structure.schemaProblems.map((p) => ({ subject: 'Schema', problem: p }))),
    );
    if (structure.schemaProblems.length > 0) {
      checks.push(structural('integrity', 'Database integrity', 'SQLite’s integrity check finds no damaged pages or inconsistent indexes.', 'not-applicable', 'not run: the schema is not the expected one', []));
      return report(false);
    }
    checks.push(
      structural('integrity', 'Database integrity', 'SQLite’s integrity check finds no damaged pages or inconsistent indexes.', structure.integrityProblems.length === 0 ? 'passed' : 'failed', 'every page of the file', structure.integrityProblems.map((p) => ({ subject: 'Database', problem: p }))),
    );
    if (structure.integrityProblems.length > 0) return report(false);

    for (const check of CONTENT_CHECKS) {
      job.throwIfCancelled();
      job.progress(0, null, `Checking: ${check.id}`);
      checks.push(await check.run(db, job));
    }
    return report(true);
  } finally {
    db.close();
  }
}

function structural(id: string, title: string, description: string, status: CheckResult['status'], covered: string, failures: CheckResult['failures']): CheckResult {
  return { id, title, description, status, covered, failures };
}
