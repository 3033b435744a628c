import { useEffect, useId, useState } from 'react';
import type { AssessmentStatus, CriterionAssessmentView } from '../../../../core/api/gap-types';
import { STATUS_HINTS, STATUS_LABELS } from './labels';

const ORDER: AssessmentStatus[] = ['not-assessed', 'gap', 'partially-met', 'met', 'not-applicable'];

interface Props {
  criterion: CriterionAssessmentView;
  onSave(patch: { status?: AssessmentStatus; currentPractice?: string; naReason?: string }): void;
}

/**
 * What exists today and the status. "Not applicable" is saved only together with its reason, so the
 * choice waits for the reason field (the rule the workspace enforces as well).
 */
export function AssessmentForm({ criterion, onSave }: Props) {
  const [practice, setPractice] = useState(criterion.currentPractice);
  const [reason, setReason] = useState(criterion.naReason);
  const [pendingNa, setPendingNa] = useState(false);
  // The choice shows at once; the saved status replaces it when the list reloads.
  const [chosen, setChosen] = useState<AssessmentStatus | null>(null);
  const id = useId();
  useEffect(() => {
    setPractice(criterion.currentPractice);
    setReason(criterion.naReason);
    setPendingNa(false);
  }, [criterion.criterionId, criterion.currentPractice, criterion.naReason]);
  useEffect(() => setChosen(null), [criterion.criterionId, criterion.status]);

  const shown: AssessmentStatus = pendingNa ? 'not-applicable' : (chosen ?? criterion.status);
  const choose = (status: AssessmentStatus) => {
    if (status === 'not-applicable' && reason.trim() === '') return setPendingNa(true);
    setPendingNa(false);
    setChosen(status);
    onSave(status === 'not-applicable' ? { status, naReason: reason.trim() } : { status });
  };

  return (
    <div className="stack">
      <label className="field">
        <span className="field__label">What exists today</span>
        <span className="field__hint" id={`${id}-practice`}>
          Describe the current practice in a sentence or two, even if it is informal — who does what, how often, and what record it leaves.
        </span>
        <textarea
          rows={4}
          value={practice}
          maxLength={100_000}
          aria-describedby={`${id}-practice`}
          placeholder="e.g. New staff sign the handbook on their first day; HR keeps the signed copies in the HR system. There is no yearly re-acknowledgement."
          onChange={(e) => setPractice(e.target.value)}
          onBlur={() => practice !== criterion.currentPractice && onSave({ currentPractice: practice })}
        />
      </label>
      <fieldset className="choice-group status-choice">
        <legend>Status of {criterion.criterionId}</legend>
        {ORDER.map((status) => (
          <label key={status} className={`choice status-choice__option status-choice__option--${status}`}>
            <input type="radio" name={`${id}-status`} checked={shown === status} onChange={() => choose(status)} />
            <span>
              <strong>{STATUS_LABELS[status]}</strong> <span className="muted">— {STATUS_HINTS[status]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {shown === 'not-applicable' && (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-reason`}>
            Why {criterion.criterionId} does not apply
          </label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            value={reason}
            maxLength={2000}
            placeholder="e.g. The platform collects no personal information that needs explicit consent."
            onChange={(e) => setReason(e.target.value)}
            onBlur={() => !pendingNa && reason.trim() !== '' && reason !== criterion.naReason && onSave({ naReason: reason.trim() })}
          />
          {pendingNa && (
            <div className="inline-actions">
              <button type="button" className="button button--primary" disabled={reason.trim() === ''} onClick={() => choose('not-applicable')}>
                Save as not applicable
              </button>
              <button type="button" className="button" onClick={() => setPendingNa(false)}>
                Cancel
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
