/**
 * Result types of step 5's API (Audit & Attestation). Plain data only: they cross IPC and HTTP, and
 * the renderer imports them as types.
 */

export type ChecklistStatus = 'pass' | 'fail' | 'unavailable';

export interface ChecklistItemView {
  id: string;
  title: string;
  /** Why the auditor cares, in one sentence. */
  why: string;
  status: ChecklistStatus;
  /** After waivers: a failing or unavailable item with a waiver counts as waived. */
  effective: ChecklistStatus | 'waived';
  summary: string;
  problems: string[];
  /** Where it is fixed: a route of the app ("step/scope", "activity") and its name. */
  fix: { route: string; label: string };
  waivable: boolean;
  waiver: { reason: string; by: string; at: string } | null;
}

export interface ChecklistView {
  items: ChecklistItemView[];
  readyToSeal: boolean;
  /** Items that are neither passing nor waived. */
  blocking: number;
}

export type DraftKind = 'assertion' | 'description';

export interface DraftView {
  kind: DraftKind;
  /** The kept text when management saved one, otherwise the generated text. */
  text: string;
  edited: boolean;
  savedBy: string | null;
  savedAt: string | null;
  /** What the app would generate from the workspace now (to compare or start again). */
  generated: string;
}

export type PaperSize = 'a4' | 'letter';

export interface UnsupportedCharacterView {
  character: string;
  codePoint: string;
  occurrences: number;
  where: string[];
}

export interface PackageResultView {
  folder: string;
  pdfPath: string;
  zipPath: string;
  /** SHA-256 of manifest.json inside the ZIP, printed in every footer of the PDF. */
  fingerprint: string;
  versionLabel: string;
  pages: number;
  files: number;
  zipBytes: number;
  pdfBytes: number;
  withheld: { ref: string; fileName: string }[];
  unsupportedCharacters: UnsupportedCharacterView[];
  generatedAt: string;
}

export interface SealView {
  version: number;
  sealedAt: string;
  sealedBy: string;
  /** SHA-256 of the sealed snapshot's manifest. */
  fingerprint: string;
  packageFingerprint: string;
  activitySeq: number;
  activityHash: string;
  paper: PaperSize;
}

export interface SealResultView {
  seal: SealView;
  package: PackageResultView;
}

export type PbcStatus = 'open' | 'in-progress' | 'provided' | 'accepted' | 'not-applicable';

export interface PbcView {
  id: number;
  reference: string;
  request: string;
  status: PbcStatus;
  owner: string;
  dueDate: string | null;
  linkedEvidence: string[];
  notes: string;
  source: 'manual' | 'csv' | 'auditor';
  createdAt: string;
  updatedAt: string;
}

/** The fields a PBC CSV column can be mapped to. */
export type PbcField = 'reference' | 'request' | 'status' | 'owner' | 'dueDate' | 'notes';

export interface PbcImportPreview {
  headers: string[];
  rows: string[][];
  rowCount: number;
  /** Column index per field, guessed from the header names (null when no column looks right). */
  suggested: Record<PbcField, number | null>;
}

export interface PbcImportResult {
  added: number;
  problems: { row: number; message: string }[];
}

export interface AuditExceptionView {
  id: number;
  reference: string;
  raisedOn: string | null;
  controlRef: string;
  description: string;
  severity: 'low' | 'medium' | 'high';
  managementResponse: string;
  respondedBy: string | null;
  respondedAt: string | null;
  status: 'open' | 'responded' | 'closed';
  createdAt: string;
  updatedAt: string;
}

export interface FinalReportView {
  receivedOn: string;
  reportDate: string | null;
  issuedBy: string;
  opinion: 'not-recorded' | 'unmodified' | 'qualified' | 'adverse' | 'disclaimer';
  sealVersion: number | null;
  notes: string;
  recordedBy: string;
  recordedAt: string;
}
