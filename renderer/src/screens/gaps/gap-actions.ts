import type { AssessmentStatus, ImplementationStatus, RemediationView } from '../../../../core/api/gap-types';
import type { RemediationDraft } from './CriterionRemediation';

/** Every edit the step 2 screens make; GapStep implements them (save, then reload scores and lists). */
export interface GapActions {
  saveAssessment(criterionId: string, patch: { status?: AssessmentStatus; currentPractice?: string; naReason?: string }): void;
  setStatuses(criterionIds: string[], status: AssessmentStatus, naReason?: string): Promise<boolean>;
  adopt(catalogId: string): void;
  map(controlId: number, criterionId: string, mapped: boolean): void;
  setControlStatus(controlId: number, status: ImplementationStatus): void;
  addRemediation(criterionId: string, draft: RemediationDraft): void;
  updateRemediation(id: number, patch: Partial<Pick<RemediationView, 'title' | 'owner' | 'severity' | 'dueDate' | 'status'>>): void;
  removeRemediation(id: number): void;
}
