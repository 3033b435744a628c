import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { AssessmentStatus, CriterionAssessmentView } from '../../../../core/api/gap-types';
import { choices } from '../scope/labels';
import { STATUS_LABELS } from './labels';

/**
 * In-place status editor of the table mode. Arrow keys change the choice without saving; Enter saves,
 * Escape cancels. "Not applicable" asks for its reason before it can be saved.
 */
export function StatusCellEditor({ criterion, onDone }: { criterion: CriterionAssessmentView; onDone(status: AssessmentStatus | null, reason?: string): void }) {
  const [draft, setDraft] = useState<AssessmentStatus>(criterion.status);
  const [reason, setReason] = useState(criterion.naReason);
  const select = useRef<HTMLSelectElement>(null);
  const reasonInput = useRef<HTMLInputElement>(null);
  useEffect(() => select.current?.focus(), []);

  const finish = () => {
    if (draft === 'not-applicable' && reason.trim() === '') return reasonInput.current?.focus();
    onDone(draft, draft === 'not-applicable' ? reason.trim() : undefined);
  };
  const keys = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      finish();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onDone(null);
    }
  };

  return (
    <span className="status-editor">
      <select ref={select} aria-label={`Status of ${criterion.criterionId} (Enter saves, Escape cancels)`} value={draft} onChange={(e) => setDraft(e.target.value as AssessmentStatus)} onKeyDown={keys}>
        {choices(STATUS_LABELS).map((value) => (
          <option key={value} value={value}>
            {STATUS_LABELS[value]}
          </option>
        ))}
      </select>
      {draft === 'not-applicable' && (
        <input ref={reasonInput} aria-label={`Why ${criterion.criterionId} does not apply`} placeholder="e.g. No offices hold systems or data" value={reason} onChange={(e) => setReason(e.target.value)} onKeyDown={keys} maxLength={2000} />
      )}
    </span>
  );
}
