/**
 * Result types of step 3's control API (implementation details, coverage, schedules, the dashboard's
 * attention list). Plain data only.
 */
import type { ControlSchedule } from '../controls/schedule';
import type { AssessmentStatus, ImplementationStatus, RemediationView } from './gap-types';
import type { CategoryId } from './types';

export const CONTROL_FREQUENCIES = ['continuous', 'multiple-times-daily', 'daily', 'weekly', 'monthly', 'quarterly', 'semi-annual', 'annual', 'per-event'] as const;
export const CONTROL_NATURES = ['preventive', 'detective', 'corrective'] as const;
export const CONTROL_AUTOMATIONS = ['manual', 'it-dependent-manual', 'automated'] as const;
export const TEST_METHODS = ['inquiry', 'observation', 'inspection', 'reperformance'] as const;

export type ControlFrequency = (typeof CONTROL_FREQUENCIES)[number];
export type ControlNature = (typeof CONTROL_NATURES)[number];
export type ControlAutomation = (typeof CONTROL_AUTOMATIONS)[number];
export type TestMethod = (typeof TEST_METHODS)[number];

export interface TestProcedureView {
  methods: TestMethod[];
  steps: string[];
}

/** How many occurrences the period needs, without the full list (see controls.schedule). */
export interface ScheduleSummary {
  kind: ControlSchedule['kind'];
  expected: number;
  note: string;
}

/** An adopted control with everything step 3 records about it. */
export interface ControlImplementationView {
  id: number;
  /** The ID shown everywhere: the library ID, or C-<n> for a control written for this engagement. */
  ref: string;
  catalogControlId: string | null;
  title: string;
  objective: string;
  area: string;
  frequency: ControlFrequency;
  nature: ControlNature;
  automation: ControlAutomation;
  owner: string;
  implementationStatus: ImplementationStatus;
  retired: boolean;
  retiredReason: string;
  criteria: string[];
  notes: string;
  key: boolean;
  testProcedure: TestProcedureView;
  suggestedEvidence: string[];
  /** Which of key / test procedure / suggested evidence differ from the library's. */
  customised: ('key' | 'testProcedure' | 'suggestedEvidence')[];
  policies: { id: number; ref: string; title: string }[];
  systems: { id: number; name: string }[];
  schedule: ScheduleSummary;
  updatedAt: string;
}

export interface ControlsStepView {
  controls: ControlImplementationView[];
  /** The recommended starter set for the categories in scope, and which of it is not adopted yet. */
  recommended: { total: number; notAdopted: string[] };
  /** Library controls not adopted yet, for one-click adoption. */
  library: { catalogId: string; title: string; area: string; frequency: ControlFrequency; recommended: boolean; criteria: string[] }[];
  /** Choices for the editor's pickers. */
  options: {
    criteria: { id: string; summary: string; category: CategoryId }[];
    policies: { id: number; ref: string; title: string }[];
    systems: { id: number; name: string; environment: string }[];
    areas: string[];
  };
  /** The period schedules are computed over, in words ("Type II, 2026-04-01 to 2026-09-30"). */
  period: string | null;
}

export interface CoverageRowView {
  criterionId: string;
  series: string;
  category: CategoryId;
  summary: string;
  assessment: AssessmentStatus;
  naReason: string;
  controls: { id: number; ref: string; title: string; implementationStatus: ImplementationStatus; key: boolean }[];
  /** covered: an implemented control; in-progress: controls mapped, none implemented yet; uncovered: no control at all. */
  state: 'covered' | 'in-progress' | 'uncovered' | 'not-applicable';
}

export interface CoverageView {
  rows: CoverageRowView[];
  counts: Record<CoverageRowView['state'], number>;
}

export interface ControlScheduleView {
  id: number;
  ref: string;
  title: string;
  period: string | null;
  schedule: ControlSchedule;
}

/** What needs attention now, for the dashboard: overdue remediation and policy reviews. */
export interface AttentionView {
  overdueRemediation: RemediationView[];
  policies: { id: number; ref: string; title: string; state: 'due-for-review' | 'overdue'; nextReviewDate: string }[];
  unapprovedPolicies: number;
  today: string;
}
