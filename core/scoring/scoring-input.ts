import type { AssessmentStatus, ImplementationStatus } from '../api/gap-types';
import type { CategoryId } from '../api/types';

/** How much evidence of operation across the period a control has (step 4 supplies it). */
export type OperationEvidenceLevel = 'complete' | 'partial' | 'none';

export interface OperationEvidence {
  /** False while the workspace holds no evidence records at all (step 4 not started or not built). */
  available: boolean;
  byControl: ReadonlyMap<number, OperationEvidenceLevel>;
}

export interface ScoringCriterion {
  id: string;
  series: string;
  category: CategoryId;
  summary: string;
}

export interface ScoringControl {
  id: number;
  /** How the control is named to a person, e.g. "GOV-01 Code of conduct…". */
  label: string;
  implementationStatus: ImplementationStatus;
  retired: boolean;
  criteria: readonly string[];
}

/** Everything the readiness scores depend on; scoring itself is pure. */
export interface ScoringInput {
  /** Every criterion of the catalog; scoring keeps those of the categories in scope. */
  criteria: readonly ScoringCriterion[];
  series: readonly { id: string; name: string; category: CategoryId }[];
  categories: readonly CategoryId[];
  assessments: ReadonlyMap<string, { status: AssessmentStatus }>;
  controls: readonly ScoringControl[];
  evidence: OperationEvidence;
  /** Open remediation items per criterion, quoted in "what would raise it". */
  openRemediation: ReadonlyMap<string, number>;
}

export const NO_EVIDENCE: OperationEvidence = { available: false, byControl: new Map() };
