/**
 * Result types of the review API (the auditor's side, and the client's import of review files).
 * Plain data only: they cross IPC and HTTP, and the renderer imports them as types.
 */
import type { VerificationReport } from '../verify/verification-report';
import type { WorkspaceFileEntry, WorkspaceSummary } from './types';

export type { CheckFailure, CheckResult, CheckStatus, VerificationReport } from '../verify/verification-report';

export type ReviewTargetKind = 'criterion' | 'control' | 'evidence' | 'general';

export interface ReviewRequestView {
  id: string;
  reference: string;
  request: string;
  dueDate: string | null;
  createdAt: string;
}

export interface ReviewNoteView {
  id: string;
  target: { kind: ReviewTargetKind; ref: string };
  text: string;
  createdAt: string;
}

export interface ReviewSampleView {
  id: string;
  populationRef: string;
  populationSha256: string;
  seed: string;
  algorithm: string;
  size: number;
  rows: number[];
  drawnBy: string;
  drawnAt: string;
}

/** A population of the reviewed workspace the auditor can sample from. */
export interface ReviewPopulationView {
  ref: string;
  name: string;
  rowCount: number;
  sha256: string;
}

/** The received file under review: what was verified, what it is, and the review being written. */
export interface ReviewStateView {
  receivedName: string;
  receivedPath: string;
  fileSha256: string;
  fileSizeBytes: number;
  verifiedAt: string;
  overall: VerificationReport['overall'];
  /** False when the file could not be read safely: only the report can be shown. */
  browsable: boolean;
  failedChecks: number;
  workspaceId: string | null;
  organisationName: string | null;
  seal: { version: number; fingerprint: string; sealedAt: string } | null;
  activityHead: { seq: number; hash: string } | null;
  /** Evidence refs and log entries that failed verification, so the screens can mark them. */
  failing: { evidence: string[]; logEntries: number[] };
  /** The review file; null while the file could not be browsed (nothing can be reviewed then). */
  review: {
    path: string;
    /** False until the first request, note or sample creates the file. */
    saved: boolean;
    reviewId: string;
    reviewer: { name: string; firm: string };
    requests: ReviewRequestView[];
    notes: ReviewNoteView[];
    samples: ReviewSampleView[];
  } | null;
  /** Populations of the reviewed workspace; null when this workspace records none. */
  populations: ReviewPopulationView[] | null;
}

export interface ReviewOpenResult {
  browsable: boolean;
  summary: WorkspaceSummary | null;
}

/** An evidence item of the reviewed workspace with its verification result. */
export interface ReviewEvidenceView {
  ref: string;
  fileName: string;
  controls: string[];
  criteria: string[];
  sha256: string;
  sizeBytes: number;
  verified: boolean;
}

export interface ReportExportResult {
  path: string;
  pages: number;
  bytes: number;
}

export interface ReviewFileListing {
  folder: string | null;
  files: WorkspaceFileEntry[];
}

export interface ReviewImportResult {
  fileName: string;
  reviewer: string;
  added: { requests: number; notes: number; samples: number };
  /** Items of the file that an earlier import already brought in (skipped). */
  alreadyImported: number;
  /** False when the import found nothing new and left the workspace untouched. */
  changed: boolean;
  /** Whether this workspace's activity log still holds the head the auditor saw and extends it. */
  anchor: { seq: number; hash: string; extends: boolean; problems: string[] };
}

/** What imported review files brought into the client's workspace (step 5). */
export interface ImportedReviewView {
  reviews: { reviewId: string; reviewer: string; madeAgainstSha256: string; sealVersion: number | null; importedAt: string }[];
  notes: { id: number; target: { kind: ReviewTargetKind; ref: string }; text: string; author: string; firm: string; createdAt: string }[];
  samples: { id: number; populationRef: string; populationSha256: string; seed: string; algorithm: string; size: number; rows: number[]; drawnBy: string; drawnAt: string }[];
  anchors: { seq: number; hash: string; recordedAt: string; source: string }[];
}
