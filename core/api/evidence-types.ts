/** Result types of the evidence methods (plain data: they cross IPC and HTTP). */

export type EvidenceMethodId = 'export' | 'screenshot' | 'document' | 'attestation';

export interface EvidenceItemView {
  /** EV-0001: never reused, even after the item is removed. */
  ref: string;
  fileName: string;
  mediaType: string;
  size: number;
  sha256: string;
  description: string;
  /** With coversTo: the period the evidence covers; null when it is an as-of date (coversTo alone). */
  coversFrom: string | null;
  coversTo: string | null;
  capturedOn: string | null;
  sourceSystem: string;
  collector: string;
  method: EvidenceMethodId | null;
  redacted: boolean;
  controls: string[];
  criteria: string[];
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface EvidencePage {
  items: EvidenceItemView[];
  /** Items matching the filter (the list is paged). */
  total: number;
  offset: number;
  /** The whole workspace, whatever the filter. */
  totals: { items: number; bytes: number };
}

/** An adopted control as the evidence screens need it: for linking, filtering and the empty state. */
export interface EvidenceControlView {
  ref: string;
  title: string;
  frequency: string;
  criteria: string[];
  suggestedEvidence: string[];
  evidenceCount: number;
}

export interface EvidenceOverview {
  totals: { items: number; bytes: number };
  controls: EvidenceControlView[];
  /** The engagement's period, for naming suggestions and default dates. */
  period: { start: string; end: string } | { asOf: string } | null;
  readOnly: boolean;
  /** Browser mode: files are uploaded to the host first (desktop passes file paths). */
  uploads: boolean;
}

export interface EvidenceDetailView extends EvidenceItemView {
  /** File names following the pattern control_type_system_period.ext, best first. */
  suggestedNames: string[];
  /** How the in-app viewer can show it. */
  preview: 'image' | 'pdf' | 'text' | 'none';
}

export interface EvidenceImportOutcome {
  fileName: string;
  ref: string;
  /** 'duplicate': the same bytes were already stored; the existing item gained the new links. */
  status: 'added' | 'duplicate';
  size: number;
  sha256: string;
}

export interface EvidenceImportResult {
  added: EvidenceImportOutcome[];
  failed: { fileName: string; message: string }[];
}

export interface EvidenceReadResult {
  ref: string;
  offset: number;
  /** The bytes read, base64-encoded (empty at or past the end). */
  base64: string;
  size: number;
  eof: boolean;
}
