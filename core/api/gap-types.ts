/**
 * Result types of the step 2 (Gap Analysis), engagement-control and readiness API. Plain data only.
 */
import type { CategoryId, StepProgress } from './types';

export const ASSESSMENT_STATUSES = ['not-assessed', 'gap', 'partially-met', 'met', 'not-applicable'] as const;
export const IMPLEMENTATION_STATUSES = ['not-started', 'in-progress', 'implemented'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export const REMEDIATION_STATUSES = ['open', 'in-progress', 'done'] as const;

export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type RemediationStatus = (typeof REMEDIATION_STATUSES)[number];

export interface EngagementControlView {
  id: number;
  catalogControlId: string | null;
  title: string;
  objective: string;
  area: string;
  frequency: string;
  nature: string;
  automation: string;
  owner: string;
  implementationStatus: ImplementationStatus;
  retired: boolean;
  retiredReason: string;
  criteria: string[];
  createdAt: string;
  updatedAt: string;
}

export interface RemediationView {
  id: number;
  criterionId: string | null;
  controlId: number | null;
  title: string;
  owner: string;
  severity: Severity;
  dueDate: string | null;
  status: RemediationStatus;
  createdAt: string;
  updatedAt: string;
  /** Due date passed and not done. */
  overdue: boolean;
}

/** A library control that addresses a criterion and is not adopted yet. */
export interface SuggestedControlView {
  catalogId: string;
  title: string;
  objective: string;
  recommended: boolean;
}

/** One in-scope criterion as the gap analysis shows it. */
export interface CriterionAssessmentView {
  criterionId: string;
  series: string;
  seriesName: string;
  category: CategoryId;
  summary: string;
  guidance: string;
  pointsOfFocus: string[];
  status: AssessmentStatus;
  currentPractice: string;
  naReason: string;
  updatedAt: string | null;
  controls: { id: number; catalogControlId: string | null; title: string; implementationStatus: ImplementationStatus }[];
  suggestedControls: SuggestedControlView[];
  remediation: RemediationView[];
  designPoints: number;
  operatingPoints: number;
}

export interface AssessmentListView {
  criteria: CriterionAssessmentView[];
  /** Controls adopted into the engagement, for mapping pickers. */
  engagementControls: { id: number; catalogControlId: string | null; title: string; implementationStatus: ImplementationStatus }[];
}

/** Points one criterion earns, and what would raise them. */
export interface CriterionScore {
  criterionId: string;
  series: string;
  category: CategoryId;
  summary: string;
  status: AssessmentStatus;
  applicable: boolean;
  designPoints: number;
  operatingPoints: number;
  /** Implemented, not retired, mapped controls. */
  implementedControls: string[];
  /** Mapped controls not yet implemented (with their status). */
  pendingControls: { label: string; status: ImplementationStatus }[];
  /** Why it earns what it earns, in one sentence. */
  designReason: string;
  operatingReason: string;
  /** Concrete actions, each with the points it would add. Empty at full marks. */
  raiseDesign: { action: string; gain: number }[];
  raiseOperating: { action: string; gain: number }[];
}

export interface ScoreValue {
  earned: number;
  possible: number;
  /** earned / possible as a percentage with one decimal; null when nothing can be scored. */
  percent: number | null;
}

export interface ScoreGroup {
  id: string;
  name: string;
  design: ScoreValue;
  operating: ScoreValue;
  criteria: number;
  applicable: number;
  assessed: number;
}

export interface ReadinessView {
  overall: ScoreGroup;
  byCategory: ScoreGroup[];
  bySeries: ScoreGroup[];
  criteria: CriterionScore[];
  /** False until step 4 records evidence of operation: operating readiness then counts nothing and says so. */
  evidenceAvailable: boolean;
  notes: string[];
}

export interface OpenGapsView {
  total: number;
  bySeverity: Record<Severity, number>;
  byOwner: { owner: string; open: number; high: number; overdue: number }[];
  overdue: number;
}

export interface NextAction {
  label: string;
  /** Where in the app to do it. */
  step: StepProgress['id'] | 'dashboard';
  /** Optional section of the step to open. */
  section: string | null;
}

export interface DashboardView {
  readiness: ReadinessView;
  openGaps: OpenGapsView;
  nextActions: NextAction[];
  scopeChanges: { id: number; at: string; actor: string; area: string; summary: string }[];
  scopeConfirmedAt: string | null;
}
