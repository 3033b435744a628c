import { useId, useState } from 'react';
import type { PbcView } from '../../../../core/api/audit-types';
import { PBC_STATUS_LABELS, PBC_STATUSES } from './pbc-labels';

export type PbcDraft = Pick<PbcView, 'reference' | 'request' | 'status' | 'owner' | 'dueDate' | 'linkedEvidence' | 'notes'>;

const EMPTY: PbcDraft = { reference: '', request: '', status: 'open', owner: '', dueDate: null, linkedEvidence: [], notes: '' };

/** Adding or editing one request; every field labelled, with an example. */
export function PbcForm({ initial, submitLabel, onSubmit, onCancel }: { initial?: PbcDraft; submitLabel: string; onSubmit(draft: PbcDraft): Promise<void>; onCancel(): void }) {
  const id = useId();
  const [draft, setDraft] = useState<PbcDraft>(initial ? { ...initial } : EMPTY);
  const [evidence, setEvidence] = useState((initial?.linkedEvidence ?? []).join(', '));
  const set = <K extends keyof PbcDraft>(key: K, value: PbcDraft[K]) => setDraft({ ...draft, [key]: value });
  return (
    <form
      className="pbc-form"
      onSubmit={(event) => {
        event.preventDefault();
        const linkedEvidence = evidence
          .split(',')
          .map((ref) => ref.trim())
          .filter(Boolean);
        void onSubmit({ ...draft, linkedEvidence, reference: draft.reference.trim(), request: draft.request.trim(), owner: draft.owner.trim() });
      }}
    >
      <div className="form-grid">
        <label className="field" htmlFor={`${id}-ref`}>
          <span className="field__label">Reference</span>
          <input id={`${id}-ref`} value={draft.reference} maxLength={100} placeholder="e.g. PBC-014" onChange={(e) => set('reference', e.target.value)} />
        </label>
        <label className="field" htmlFor={`${id}-owner`}>
          <span className="field__label">Owner</span>
          <input id={`${id}-owner`} value={draft.owner} maxLength={200} placeholder="e.g. Priya Raman (Head of Security)" onChange={(e) => set('owner', e.target.value)} />
        </label>
        <label className="field" htmlFor={`${id}-due`}>
          <span className="field__label">Due date</span>
          <input id={`${id}-due`} type="date" value={draft.dueDate ?? ''} onChange={(e) => set('dueDate', e.target.value || null)} />
        </label>
        <label className="field" htmlFor={`${id}-status`}>
          <span className="field__label">Status</span>
          <select id={`${id}-status`} value={draft.status} onChange={(e) => set('status', e.target.value as PbcDraft['status'])}>
            {PBC_STATUSES.map((value) => (
              <option key={value} value={value}>
                {PBC_STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field" htmlFor={`${id}-request`}>
        <span className="field__label">Request</span>
        <textarea id={`${id}-request`} rows={2} required maxLength={5000} value={draft.request} placeholder="e.g. Quarterly access reviews for production and the identity provider, Q2 and Q3." onChange={(e) => set('request', e.target.value)} />
      </label>
      <div className="form-grid">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-evidence`}>
            Evidence that answers it
          </label>
          <input id={`${id}-evidence`} value={evidence} placeholder="e.g. EV-12, EV-15" aria-describedby={`${id}-evidence-hint`} onChange={(e) => setEvidence(e.target.value)} />
          <span className="field__hint" id={`${id}-evidence-hint`}>
            Evidence IDs, separated by commas.
          </span>
        </div>
        <label className="field" htmlFor={`${id}-notes`}>
          <span className="field__label">Notes</span>
          <input id={`${id}-notes`} value={draft.notes} maxLength={5000} placeholder="e.g. Sent on 2 October; auditor to confirm the sample." onChange={(e) => set('notes', e.target.value)} />
        </label>
      </div>
      <div className="inline-actions">
        <button type="submit" className="button button--primary" disabled={draft.request.trim() === ''}>
          {submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
