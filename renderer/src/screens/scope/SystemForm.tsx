import { useState, type FormEvent } from 'react';
import type { DataClassification, Environment, SystemComponentView, SystemType } from '../../../../core/api/scope-types';
import { CLASSIFICATION_LABELS, choices, ENVIRONMENT_LABELS, SYSTEM_TYPE_LABELS } from './labels';

export type SystemDraft = Pick<SystemComponentView, 'name' | 'type' | 'owner' | 'environment' | 'dataClassification' | 'notes'>;

const EMPTY: SystemDraft = { name: '', type: 'application', owner: '', environment: 'production', dataClassification: 'confidential', notes: '' };

/** Add or edit one component of the system inventory. */
export function SystemForm({ initial, submitLabel, onSubmit, onCancel }: { initial?: SystemDraft; submitLabel: string; onSubmit(draft: SystemDraft): void; onCancel?(): void }) {
  const [draft, setDraft] = useState<SystemDraft>(initial ?? EMPTY);
  const set = <K extends keyof SystemDraft>(key: K, value: SystemDraft[K]) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.name.trim() === '') return;
    onSubmit({ ...draft, name: draft.name.trim() });
    if (!initial) setDraft(EMPTY);
  };
  return (
    <form className="inventory-form" onSubmit={submit}>
      <div className="form-grid">
        <label className="field">
          <span className="field__label">Component name</span>
          <input value={draft.name} onChange={(e) => set('name', e.target.value)} placeholder="e.g. Production PostgreSQL cluster" maxLength={200} required />
        </label>
        <label className="field">
          <span className="field__label">Type</span>
          <select value={draft.type} onChange={(e) => set('type', e.target.value as SystemType)}>
            {choices(SYSTEM_TYPE_LABELS).map((type) => (
              <option key={type} value={type}>
                {SYSTEM_TYPE_LABELS[type]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Owner</span>
          <input value={draft.owner} onChange={(e) => set('owner', e.target.value)} placeholder="e.g. Jonas Berg (Platform Lead)" maxLength={500} />
        </label>
        <label className="field">
          <span className="field__label">Environment</span>
          <select value={draft.environment} onChange={(e) => set('environment', e.target.value as Environment)}>
            {choices(ENVIRONMENT_LABELS).map((environment) => (
              <option key={environment} value={environment}>
                {ENVIRONMENT_LABELS[environment]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Data classification</span>
          <select value={draft.dataClassification} onChange={(e) => set('dataClassification', e.target.value as DataClassification)}>
            {choices(CLASSIFICATION_LABELS).map((classification) => (
              <option key={classification} value={classification}>
                {CLASSIFICATION_LABELS[classification]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Notes</span>
          <input value={draft.notes} onChange={(e) => set('notes', e.target.value)} placeholder="e.g. Holds all customer records; encrypted at rest" maxLength={2000} />
        </label>
      </div>
      <div className="inline-actions">
        <button type="submit" className="button button--primary" disabled={draft.name.trim() === ''}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
