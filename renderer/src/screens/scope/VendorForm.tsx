import { useId, useState, type FormEvent } from 'react';
import type { Criticality, SocOpinion, SocReport, SubserviceMethod, VendorView } from '../../../../core/api/scope-types';
import { choices, CRITICALITY_LABELS, METHOD_LABELS, OPINION_LABELS, SOC_REPORT_LABELS } from './labels';

export type VendorDraft = Omit<VendorView, 'id' | 'createdAt' | 'updatedAt' | 'csocs' | 'assuranceNotes'>;

const EMPTY: VendorDraft = {
  name: '',
  service: '',
  criticality: 'medium',
  isSubservice: false,
  subserviceMethod: null,
  socReport: 'none',
  socPeriodStart: null,
  socPeriodEnd: null,
  socOpinion: 'not-reviewed',
  bridgeLetterFrom: null,
  bridgeLetterTo: null,
  notes: '',
};

const date = (value: string) => (value === '' ? null : value);

/** Add or edit a vendor, including whether it is a subservice organisation and the assurance it gives. */
export function VendorForm({ initial, submitLabel, onSubmit, onCancel }: { initial?: VendorDraft; submitLabel: string; onSubmit(draft: VendorDraft): void; onCancel?(): void }) {
  const [draft, setDraft] = useState<VendorDraft>(initial ?? EMPTY);
  const id = useId();
  const set = <K extends keyof VendorDraft>(key: K, value: VendorDraft[K]) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.name.trim() === '') return;
    onSubmit({ ...draft, name: draft.name.trim(), subserviceMethod: draft.isSubservice ? draft.subserviceMethod : null });
    if (!initial) setDraft(EMPTY);
  };
  return (
    <form className="inventory-form" onSubmit={submit}>
      <div className="form-grid">
        <label className="field">
          <span className="field__label">Vendor name</span>
          <input value={draft.name} onChange={(e) => set('name', e.target.value)} placeholder="e.g. Northwind Cloud Services" maxLength={200} required />
        </label>
        <label className="field">
          <span className="field__label">Service provided</span>
          <input value={draft.service} onChange={(e) => set('service', e.target.value)} placeholder="e.g. Cloud hosting: compute, databases, storage" maxLength={1000} />
        </label>
        <label className="field">
          <span className="field__label">Criticality</span>
          <select value={draft.criticality} onChange={(e) => set('criticality', e.target.value as Criticality)}>
            {choices(CRITICALITY_LABELS).map((value) => (
              <option key={value} value={value}>
                {CRITICALITY_LABELS[value]}
              </option>
            ))}
          </select>
          <span className="field__hint">Critical: the service stops without it.</span>
        </label>
      </div>
      <label className="choice">
        <input type="checkbox" checked={draft.isSubservice} onChange={(e) => setDraft({ ...draft, isSubservice: e.target.checked, subserviceMethod: e.target.checked ? (draft.subserviceMethod ?? 'carve-out') : null })} />
        <span>
          <strong>Subservice organisation</strong> — it operates controls your commitments depend on (for example your cloud hosting provider).
        </span>
      </label>
      {draft.isSubservice && (
        <fieldset className="choice-group">
          <legend>How does your report treat it?</legend>
          {choices(METHOD_LABELS).map((method) => (
            <label key={method} className="choice">
              <input type="radio" name={`${id}-method`} checked={draft.subserviceMethod === method} onChange={() => set('subserviceMethod', method as SubserviceMethod)} />
              <span>{METHOD_LABELS[method]}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="form-grid">
        <label className="field">
          <span className="field__label">Its own assurance report</span>
          <select value={draft.socReport} onChange={(e) => set('socReport', e.target.value as SocReport)}>
            {choices(SOC_REPORT_LABELS).map((value) => (
              <option key={value} value={value}>
                {SOC_REPORT_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Report period from</span>
          <input type="date" value={draft.socPeriodStart ?? ''} onChange={(e) => set('socPeriodStart', date(e.target.value))} />
          <span className="field__hint">(e.g. 2025-07-01)</span>
        </label>
        <label className="field">
          <span className="field__label">Report period to</span>
          <input type="date" value={draft.socPeriodEnd ?? ''} onChange={(e) => set('socPeriodEnd', date(e.target.value))} />
          <span className="field__hint">(e.g. 2026-06-30)</span>
        </label>
        <label className="field">
          <span className="field__label">Auditor’s opinion</span>
          <select value={draft.socOpinion} onChange={(e) => set('socOpinion', e.target.value as SocOpinion)}>
            {choices(OPINION_LABELS).map((value) => (
              <option key={value} value={value}>
                {OPINION_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field__label">Bridge letter from</span>
          <input type="date" value={draft.bridgeLetterFrom ?? ''} onChange={(e) => set('bridgeLetterFrom', date(e.target.value))} />
          <span className="field__hint">Covers the gap after its report period (e.g. 2026-07-01)</span>
        </label>
        <label className="field">
          <span className="field__label">Bridge letter to</span>
          <input type="date" value={draft.bridgeLetterTo ?? ''} onChange={(e) => set('bridgeLetterTo', date(e.target.value))} />
          <span className="field__hint">(e.g. 2026-12-31)</span>
        </label>
      </div>
      <label className="field">
        <span className="field__label">Notes</span>
        <input value={draft.notes} onChange={(e) => set('notes', e.target.value)} placeholder="e.g. Report reviewed by the Head of Security on 2026-08-04" maxLength={2000} />
      </label>
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
