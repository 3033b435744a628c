/** What a verification checked, check by check, in words that can go into an auditor's working papers. */
export interface VerificationCheck {
  name: string;
  ok: boolean;
  /** What was found: for a failed check, each problem; for a passed one, a short confirmation. */
  details: string[];
}

export interface VerificationReport {
  kind: 'package' | 'workspace';
  file: string;
  ok: boolean;
  checks: VerificationCheck[];
  /** For a package: the SHA-256 of its manifest.json. */
  fingerprint: string | null;
}

/** The file could not be read at all (exit code 2), as opposed to a check that failed (exit code 1). */
export class UnreadableFileError extends Error {}

export function report(kind: VerificationReport['kind'], file: string, checks: VerificationCheck[], fingerprint: string | null = null): VerificationReport {
  return { kind, file, ok: checks.every((check) => check.ok), checks, fingerprint };
}
