import type { AuditDraftKind } from '../../../db/queries/audit-drafts';
import type { AuditExceptionRecord } from '../../../db/queries/audit-exceptions';
import type { ChecklistWaiverRecord } from '../../../db/queries/checklist-waivers';
import type { EngagementRecord } from '../../../db/queries/engagement';
import type { FinalReportRecord } from '../../../db/queries/final-report';
import type { PbcRecord } from '../../../db/queries/pbc-requests';
import type { SealSummaryRecord } from '../../../db/queries/seals';
import type { Catalog, Criterion } from '../../catalog/catalog-schema';

/**
 * Everything the package shows, read once from the workspace (or from a sealed snapshot of it). Each
 * field that another step records is `null` while that step's data does not exist in this workspace,
 * and every section renders a clear "nothing recorded yet" state for it.
 */
export interface PackageData {
  engagement: EngagementRecord;
  workspaceId: string;
  catalog: Catalog;
  /** In-scope criteria in catalog order. */
  criteria: Criterion[];
  scope: ScopeData | null;
  controls: ControlRecord[] | null;
  assessments: AssessmentData[] | null;
  remediation: RemediationData[] | null;
  readiness: ReadinessScores | null;
  policies: PolicyData[] | null;
  evidence: EvidenceItem[] | null;
  populations: PopulationData[] | null;
  samples: SampleData[] | null;
  readinessTests: ReadinessTestData[] | null;
  readinessExceptions: ReadinessExceptionData[] | null;
  waivers: ChecklistWaiverRecord[];
  drafts: Record<AuditDraftKind, DraftText>;
  pbc: PbcRecord[];
  auditExceptions: AuditExceptionRecord[];
  finalReport: FinalReportRecord | null;
  seals: SealSummaryRecord[];
  activity: ActivitySummary;
}

export interface ScopeData {
  services: string;
  locations: string;
  headcount: number | null;
  securityOwner: string;
  targetFieldwork: string;
  description: { id: string; title: string; required: boolean; body: string }[];
  components: { name: string; type: string; owner: string; environment: string; dataClassification: string }[];
  cuecs: { control: string; criteria: string[] }[];
  subservice: { name: string; service: string; method: string | null; socReport: string; socPeriod: string; csocs: { control: string; criteria: string[] }[] }[];
}

export interface ControlRecord {
  /** The ID shown everywhere: the library ID, or C-<n> for a control written for this engagement. */
  ref: string;
  title: string;
  objective: string;
  area: string;
  owner: string;
  frequency: string;
  nature: string;
  automation: string;
  status: string;
  key: boolean;
  retired: boolean;
  retiredReason: string;
  criteria: string[];
  policies: string[];
  /** The internal readiness-test procedure (from the library for library controls). */
  procedure: { methods: string[]; steps: string[] } | null;
}

export interface AssessmentData {
  criterionId: string;
  status: string;
  currentPractice: string;
  naReason: string;
}

export interface RemediationData {
  ref: string;
  criterionId: string | null;
  control: string | null;
  title: string;
  owner: string;
  severity: string;
  dueDate: string | null;
  status: string;
}

/** Readiness as step 2 scores it (0–100), or null where not computable yet. */
export interface ReadinessScores {
  overall: { design: number | null; operating: number | null };
  byCategory: { category: string; name: string; design: number | null; operating: number | null }[];
  /** What the scores cannot count yet, in plain words. */
  notes: string[];
}

export interface PolicyData {
  ref: string;
  title: string;
  version: string;
  approver: string;
  approvedOn: string | null;
  nextReview: string | null;
  sha256: string;
  status: string;
  markdown: string;
}

export interface EvidenceItem {
  ref: string;
  fileName: string;
  controls: string[];
  criteria: string[];
  asOf: string | null;
  capturedOn: string | null;
  collector: string;
  method: string;
  sizeBytes: number;
  sha256: string;
  /** Flagged for redaction: listed in the package but its file is withheld from the ZIP. */
  redacted: boolean;
}

export interface PopulationData {
  ref: string;
  name: string;
  controls: string[];
  sourceSystem: string;
  query: string;
  ranBy: string;
  ranAt: string | null;
  covers: string;
  rowCount: number;
  sha256: string;
}

export interface SampleData {
  control: string;
  population: string | null;
  seed: string;
  size: number;
  items: { item: string; result: string; note: string }[];
}

export interface ReadinessTestData {
  control: string;
  methods: string[];
  result: string;
  tester: string;
  testedOn: string | null;
  conclusion: string;
}

export interface ReadinessExceptionData {
  control: string;
  description: string;
  rootCause: string;
  managementResponse: string;
}

export interface DraftText {
  text: string;
  /** True once management saved an edited version; false while it is the generated text. */
  edited: boolean;
  savedBy: string | null;
  savedAt: string | null;
}

export interface ActivitySummary {
  entries: number;
  first: string | null;
  last: string | null;
  headSeq: number;
  headHash: string;
  chainIntact: boolean;
  problems: string[];
  byAction: { action: string; count: number }[];
  recent: { seq: number; at: string; actor: string; action: string; subject: string }[];
}
