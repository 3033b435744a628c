/**
 * Result types of the step 1 (Scope Definition) API. Plain data only: they cross IPC and HTTP, and
 * the renderer imports them as types.
 */
import type { CategoryId } from './types';

export const SYSTEM_TYPES = ['infrastructure', 'application', 'database', 'network', 'endpoint', 'saas', 'data-store', 'other'] as const;
export const ENVIRONMENTS = ['production', 'staging', 'development', 'corporate', 'shared'] as const;
export const DATA_CLASSIFICATIONS = ['public', 'internal', 'confidential', 'restricted'] as const;
export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export const SUBSERVICE_METHODS = ['carve-out', 'inclusive'] as const;
export const SOC_REPORTS = ['none', 'soc2-type1', 'soc2-type2', 'soc1-type2', 'iso27001', 'other'] as const;
export const SOC_OPINIONS = ['not-reviewed', 'unqualified', 'qualified', 'adverse', 'disclaimer'] as const;

export type SystemType = (typeof SYSTEM_TYPES)[number];
export type Environment = (typeof ENVIRONMENTS)[number];
export type DataClassification = (typeof DATA_CLASSIFICATIONS)[number];
export type Criticality = (typeof CRITICALITIES)[number];
export type SubserviceMethod = (typeof SUBSERVICE_METHODS)[number];
export type SocReport = (typeof SOC_REPORTS)[number];
export type SocOpinion = (typeof SOC_OPINIONS)[number];

export interface ProfileView {
  services: string;
  locations: string;
  headcount: number | null;
  sponsorName: string;
  sponsorEmail: string;
  securityOwnerName: string;
  securityOwnerEmail: string;
  privacyContactName: string;
  privacyContactEmail: string;
  policyOwnerName: string;
  policyOwnerEmail: string;
  targetFieldworkStart: string | null;
  targetFieldworkEnd: string | null;
  targetReportDate: string | null;
  confirmedAt: string | null;
  confirmedBy: string | null;
  updatedAt: string;
}

/** A check of the report's timing: a refusal is an error, a period outside 3–12 months a warning. */
export interface TimingCheck {
  level: 'ok' | 'missing' | 'warning' | 'error';
  /** Plain sentences, each saying what is wrong and what to do. Empty when level is ok. */
  messages: string[];
  /** Length of a Type II period in whole months (rounded down), when both dates are set. */
  periodMonths: number | null;
}

export interface DescriptionSectionView {
  id: string;
  title: string;
  prompt: string;
  example: string;
  typeIIOnly: boolean;
  /** False for DC9 on a Type I report: shown, but not required. */
  required: boolean;
  body: string;
  updatedAt: string | null;
}

export interface ComplementaryControlView {
  id: number;
  catalogId: string | null;
  control: string;
  relatedCriteria: string[];
}

export interface CsocView extends ComplementaryControlView {
  vendorId: number;
}

export interface SystemComponentView {
  id: number;
  name: string;
  type: SystemType;
  owner: string;
  environment: Environment;
  dataClassification: DataClassification;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export interface VendorView {
  id: number;
  name: string;
  service: string;
  criticality: Criticality;
  isSubservice: boolean;
  subserviceMethod: SubserviceMethod | null;
  socReport: SocReport;
  socPeriodStart: string | null;
  socPeriodEnd: string | null;
  socOpinion: SocOpinion;
  bridgeLetterFrom: string | null;
  bridgeLetterTo: string | null;
  notes: string;
  createdAt: string;
  updatedAt: string;
  csocs: CsocView[];
  /** Plain-language problems with the vendor's assurance, e.g. a SOC report that does not cover the period. */
  assuranceNotes: string[];
}

export interface CategoryGuidanceView {
  id: CategoryId;
  name: string;
  alwaysInScope: boolean;
  whenToInclude: string;
  signals: string[];
  inScope: boolean;
  criteriaCount: number;
  /** Assessments kept for this category's criteria while it is out of scope (they return if it is added back). */
  keptAssessments: number;
}

export interface ScopeGuidanceView {
  categories: CategoryGuidanceView[];
  reportTypes: { id: 'type1' | 'type2'; name: string; explanation: string }[];
  cuecExamples: { id: string; control: string; relatedCriteria: string[] }[];
  csocExamples: { id: string; subservice: string; control: string; relatedCriteria: string[] }[];
  /** Every criterion in scope (ID and one-line summary), for pickers. */
  criteria: { id: string; summary: string; category: CategoryId }[];
}

export interface ScopeChecklistItem {
  id: string;
  label: string;
  done: boolean;
  /** Which section of step 1 fixes it. */
  section: ScopeSectionId;
}

export type ScopeSectionId = 'engagement' | 'profile' | 'categories' | 'description' | 'cuecs' | 'vendors' | 'systems' | 'exclusions' | 'summary';

export interface ScopeChangeView {
  id: number;
  at: string;
  actor: string;
  area: string;
  summary: string;
}

export interface NotApplicableView {
  criterionId: string;
  summary: string;
  reason: string;
}

/** The scope record: what every later step reads. */
export interface ScopeSummaryView {
  organisationName: string;
  systemName: string;
  reportType: 'type1' | 'type2';
  asOfDate: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  cpaFirm: string;
  preparedBy: string;
  categories: CategoryId[];
  timing: TimingCheck;
  profile: ProfileView;
  inScopeCriteria: number;
  notApplicable: NotApplicableView[];
  counts: { systems: number; vendors: number; subservice: number; csocs: number; cuecs: number; descriptionWritten: number; descriptionRequired: number };
  subserviceOrganisations: { id: number; name: string; method: SubserviceMethod | null; csocs: number }[];
  checklist: ScopeChecklistItem[];
  ready: boolean;
  confirmed: boolean;
  /** Changes made since the scope was last confirmed; empty when none or not yet confirmed. */
  changes: ScopeChangeView[];
}

export interface CsvColumnField {
  key: string;
  label: string;
  required: boolean;
  /** Allowed values, when the field is a choice. */
  choices: string[] | null;
  example: string;
}

/** What a CSV file holds before it is imported: its headers, a guessed mapping and a few rows. */
export interface CsvPreviewView {
  headers: string[];
  rowCount: number;
  sample: string[][];
  fields: CsvColumnField[];
  /** field key → header index (null when no column matched). */
  mapping: Record<string, number | null>;
  problems: string[];
}

export interface CsvRowProblem {
  /** Line number in the file as a spreadsheet shows it (the header is line 1). */
  line: number;
  message: string;
  values: string[];
}

export interface CsvImportResult {
  imported: number;
  skipped: CsvRowProblem[];
}

export interface CsvExport {
  fileName: string;
  csv: string;
}
