import type Database from 'better-sqlite3';
import type { StepProgress } from '../api/types';
import { tableExists } from '../package/data/table-exists';

/** What step 5's state is computed from. */
export interface AuditStepFacts {
  seals: number;
  /** Waivers, kept drafts, requests and exceptions recorded: any sign the step has begun. */
  started: boolean;
  finalReportReceived: boolean;
}

export function readAuditStepFacts(db: Database.Database): AuditStepFacts {
  if (!tableExists(db, 'seal')) return { seals: 0, started: false, finalReportReceived: false };
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    seals: count('SELECT count(*) FROM seal'),
    started: count('SELECT (SELECT count(*) FROM checklist_waiver) + (SELECT count(*) FROM audit_draft) + (SELECT count(*) FROM pbc_request) + (SELECT count(*) FROM audit_exception)') > 0,
    finalReportReceived: count('SELECT count(*) FROM final_report') > 0,
  };
}

/** Step 5 is complete once a version is sealed; receiving the final report is the last thing it tracks. */
export function auditStepProgress(facts: AuditStepFacts): Pick<StepProgress, 'state' | 'next'> {
  if (facts.finalReportReceived) return { state: 'complete', next: 'The final report is recorded. For the next period, start a new engagement from this one.' };
  if (facts.seals > 0) return { state: 'complete', next: `Seal ${facts.seals} is with the auditor: track their requests and exceptions, then record the final report.` };
  if (facts.started) return { state: 'in-progress', next: 'Clear or waive the remaining checklist items, then seal the package for the auditor.' };
  return { state: 'not-started', next: 'Work through the readiness checklist, then seal the package for the auditor.' };
}
