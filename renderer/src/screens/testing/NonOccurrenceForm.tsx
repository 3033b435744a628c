import { useId, useState } from 'react';
import type { PeriodCoverageView } from '../../../../core/api/testing-types';

interface Props {
  control: { ref: string; title: string };
  window: { label: string; windowStart: string; windowEnd: string };
  existing: { reason: string; evidenceId: number | null } | null;
  evidence: PeriodCoverageView['evidenceChoices'];
  onSave(reason: string, evidenceId: number | null): void;
  onCancel(): void;
}

/**
 * "Did not occur in the period": the reason, and the evidence that shows it (usually an attestation
 * signed by the control owner, added under Evidence). Without evidence it is recorded but not counted.
 */
export function NonOccurrenceForm({ control, window, existing, evidence, onSave, onCancel }: Props) {
  const id = useId();
  const [reason, setReason] = useState(existing?.reason ?? '');
  const [evidenceId, setEvidenceId] = useState(existing?.evidenceId ? String(existing.evidenceId) : '');
  return (
    <section className="testing-form" aria-labelledby={id}>
      <h4 id={id}>
        {control.ref} did not occur: {window.label} ({window.windowStart} – {window.windowEnd})
      </h4>
      <label className="field">
        <span className="field__label">Why it did not occur</span>
        <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} />
        <span className="field__hint">For example “No employee left the company in this quarter” or “No security incident was raised in the period”.</span>
      </label>
      <label className="field">
        <span className="field__label">Evidence that it did not occur</span>
        <select value={evidenceId} onChange={(event) => setEvidenceId(event.target.value)}>
          <option value="">None yet (recorded, but not counted as evidenced)</option>
          {evidence.map((item) => (
            <option key={item.id} value={item.id}>
              {item.ref} {item.fileName}
              {item.method === 'attestation' ? ' (attestation)' : ''}
            </option>
          ))}
        </select>
        <span className="field__hint">Usually a short statement signed by the control owner, or an empty report from the source system, added under Evidence first.</span>
      </label>
      <div className="testing-form__actions">
        <button type="button" className="button button--primary" onClick={() => onSave(reason, evidenceId === '' ? null : Number(evidenceId))}>
          Save “did not occur”
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
