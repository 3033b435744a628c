/**
 * The outcome of verifying a workspace, in words an auditor can put in working papers: every check
 * that ran, what it covered, whether it passed, and each individual failure.
 */
export type CheckStatus = 'passed' | 'failed' | 'not-applicable';

export interface CheckFailure {
  /** What failed: a log entry, an evidence item, a seal, or the file as a whole. */
  subject: string;
  problem: string;
  /** The item that failed, when it is one the screens can point at (e.g. mark a failing evidence item). */
  item?: { kind: 'evidence' | 'log-entry' | 'seal' | 'anchor'; ref: string };
}

export interface CheckResult {
  id: string;
  title: string;
  /** One sentence: what this check establishes when it passes. */
  description: string;
  status: CheckStatus;
  /** What was covered, e.g. "412 entries" or "38 evidence items, 1.2 GB". */
  covered: string;
  failures: CheckFailure[];
}

export interface VerificationReport {
  fileName: string;
  fileSha256: string;
  fileSizeBytes: number;
  verifiedAt: string;
  verifiedBy: string;
  appVersion: string;
  /** False when the file cannot be browsed safely at all (not a workspace, damaged structure). */
  browsable: boolean;
  overall: 'passed' | 'failed';
  checks: CheckResult[];
}

export function overallOf(checks: CheckResult[]): 'passed' | 'failed' {
  return checks.some((c) => c.status === 'failed') ? 'failed' : 'passed';
}
