import { useState, type FormEvent } from 'react';
import type { RemediationView, Severity } from '../../../../core/api/gap-types';
import { choices } from '../scope/labels';
import { SEVERITY_LABELS } from './labels';
import { RemediationRow } from './RemediationRow';

export interface RemediationDraft {
  title: string;
  owner: string;
  severity: Severity;
  dueDate: string | null;
}

interface Props {
  criterionId: string;
  items: RemediationView[];
  needed: boolean;
  onAdd(draft: RemediationDraft): void;
  onUpdate(id: number, patch: Partial<Pick<RemediationView, 'title' | 'owner' | 'severity' | 'dueDate' | 'status'>>): void;
  onRemove(id: number): void;
}

/** Remediation items for one criterion, and a form to turn its gap into one. */
export function CriterionRemediation({ criterionId, items, needed, onAdd, onUpdate, onRemove }: Props) {
  const [draft, setDraft] = useState<RemediationDraft>({ title: '', owner: '', severity: 'medium', dueDate: null });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.title.trim() === '') return;
    onAdd({ ...draft, title: draft.title.trim(), owner: draft.owner.trim() });
    setDraft({ title: '', owner: '', severity: 'medium', dueDate: null });
  };
  return (
    <div className="stack">
      {items.length === 0 ? (
        <p className={needed ? 'notice notice--warn' : 'empty-state'}>{needed ? `${criterionId} is a gap: record what will close it, who owns it and by when.` : 'No remediation items for this criterion.'}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">Remediation items for {criterionId}</caption>
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Owner</th>
              <th scope="col">Severity</th>
              <th scope="col">Due</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <RemediationRow key={item.id} item={item} onUpdate={(patch) => onUpdate(item.id, patch)} onRemove={() => onRemove(item.id)} />
            ))}
          </tbody>
        </table>
      )}
      <form className="card card--flat" onSubmit={submit} aria-label={`New remediation item for ${criterionId}`}>
        <div className="form-grid">
          <label className="field">
            <span className="field__label">Remediation item</span>
            <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} placeholder="e.g. Run and record a restore test from backup" maxLength={300} />
          </label>
          <label className="field">
            <span className="field__label">Owner</span>
            <input value={draft.owner} onChange={(e) => setDraft({ ...draft, owner: e.target.value })} placeholder="e.g. Jonas Berg (Platform Lead)" maxLength={500} />
          </label>
          <label className="field">
            <span className="field__label">Severity</span>
            <select value={draft.severity} onChange={(e) => setDraft({ ...draft, severity: e.target.value as Severity })}>
              {choices(SEVERITY_LABELS).map((severity) => (
                <option key={severity} value={severity}>
                  {SEVERITY_LABELS[severity]}
                </option>
              ))}
            </select>
            <span className="field__hint">High: an auditor would likely report an exception.</span>
          </label>
          <label className="field">
            <span className="field__label">Due date</span>
            <input type="date" value={draft.dueDate ?? ''} onChange={(e) => setDraft({ ...draft, dueDate: e.target.value || null })} />
            <span className="field__hint">(e.g. 2026-12-15)</span>
          </label>
        </div>
        <button type="submit" className="button button--primary" disabled={draft.title.trim() === ''}>
          Add remediation item
        </button>
      </form>
    </div>
  );
}
