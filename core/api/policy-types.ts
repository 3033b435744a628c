/**
 * Result types of step 3's policy API: policies, their versions and approvals, acknowledgements and
 * their rates. Plain data only.
 */
import type { CsvRowProblem } from './scope-types';
import type { CategoryId } from './types';

export const POLICY_STATES = ['draft', 'approved', 'due-for-review', 'overdue'] as const;
export type PolicyState = (typeof POLICY_STATES)[number];

export const DATE_ORDERS = ['ymd', 'dmy', 'mdy'] as const;
/** How an HR export writes dates such as 03/04/2026: year first (ISO), day first, or month first. */
export type DateOrder = (typeof DATE_ORDERS)[number];

export interface AcknowledgementRateView {
  version: number;
  people: number;
  /** people / workforce as a percentage with one decimal; null when the workforce size is unknown. */
  percent: number | null;
}

/** The workforce that acknowledgement rates are counted against, and where its size comes from. */
export interface WorkforceView {
  size: number | null;
  basis: 'headcount' | 'acknowledgements' | 'none';
  /** In words, e.g. "57 people (headcount in step 1)". */
  text: string;
}

export interface PolicyVersionSummary {
  version: number;
  sha256: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  approver: string | null;
  approvedOn: string | null;
}

/** A policy at a glance, for the register. */
export interface PolicyView {
  id: number;
  ref: string;
  templateId: string | null;
  title: string;
  owner: string;
  reviewMonths: number;
  nextReviewDate: string | null;
  state: PolicyState;
  /** The approved version in force (the newest approved), if any. */
  inForce: PolicyVersionSummary | null;
  /** A newer version still being drafted, if any. */
  draft: PolicyVersionSummary | null;
  versions: number;
  /** "[to be set: …]" markers left in the newest version's text. */
  unsetValues: string[];
  controls: { id: number; ref: string; title: string }[];
  acknowledgements: AcknowledgementRateView[];
}

export interface PolicyVersionView extends PolicyVersionSummary {
  markdown: string;
  approvalRecordedBy: string | null;
  approvalRecordedAt: string | null;
}

export interface AcknowledgementView {
  version: number;
  person: string;
  email: string;
  acknowledgedOn: string;
  source: string;
}

export interface PolicyDetailView extends PolicyView {
  versionList: PolicyVersionView[];
  /** The most recent acknowledgements (newest first, at most 200) and how many there are in all. */
  recentAcknowledgements: AcknowledgementView[];
  acknowledgementTotal: number;
}

export interface PolicyTemplateChoice {
  id: string;
  title: string;
  summary: string;
  categories: CategoryId[];
  reviewMonths: number;
  /** Applies to a category in scope. */
  inScope: boolean;
  /** A policy was already made from it. */
  created: boolean;
}

export interface PoliciesView {
  policies: PolicyView[];
  templates: PolicyTemplateChoice[];
  workforce: WorkforceView;
  counts: Record<PolicyState, number>;
  today: string;
  /** Values the templates are filled with; blank ones show "[to be set: …]". */
  fillValues: { label: string; value: string }[];
}

export interface AcknowledgementImportResult {
  imported: number;
  /** Rows naming a person and version already recorded (in this file or an earlier import). */
  duplicates: { line: number; person: string; policy: string; version: number }[];
  skipped: CsvRowProblem[];
}

export interface PolicyExportResult {
  filePath: string;
  fileName: string;
  pages: number;
  bytes: number;
  policies: number;
  /** Characters the PDF fonts cannot draw, replaced by a visible marker. */
  unsupportedCharacters: string[];
}
