import { useEffect, useState } from 'react';
import type { CategoryId, EngagementView, WorkspaceSummary } from '../../../core/api/types';
import { useApi } from '../app/api-context';
import { ErrorMessage } from '../components/ErrorMessage';

const CATEGORIES: { id: CategoryId; name: string; when: string }[] = [
  { id: 'security', name: 'Security', when: 'Always in scope: the common criteria CC1–CC9 apply to every SOC 2 report.' },
  { id: 'availability', name: 'Availability', when: 'Include when customers rely on uptime commitments (SLAs) or recovery promises.' },
  { id: 'confidentiality', name: 'Confidentiality', when: 'Include when you hold customer information you promised to keep confidential (contracts, NDAs).' },
  { id: 'processing_integrity', name: 'Processing Integrity', when: 'Include when customers depend on your processing being complete and accurate (payments, payroll, calculations).' },
  { id: 'privacy', name: 'Privacy', when: 'Include when you collect personal information directly from individuals and make privacy commitments to them.' },
];

type Draft = Pick<EngagementView, 'organisationName' | 'systemName' | 'cpaFirm' | 'preparedBy'>;

/**
 * The engagement basics of step 1. Each field saves when it loses focus (and each choice when made),
 * in one transaction with its activity-log entry: there is no Save button to forget.
 */
export function ScopeBasics({ onSaved }: { onSaved(summary: WorkspaceSummary): void }) {
  const api = useApi();
  const [engagement, setEngagement] = useState<EngagementView | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    api.call('engagement.get').then((e) => {
      setEngagement(e);
      setDraft({ organisationName: e.organisationName, systemName: e.systemName, cpaFirm: e.cpaFirm, preparedBy: e.preparedBy });
    }, setError);
  }, [api]);

  if (!engagement || !draft) return error ? <ErrorMessage error={error} /> : <p aria-busy="true">Loading the engagement…</p>;

  const save = async (patch: Parameters<typeof api.call<'engagement.update'>>[1]) => {
    setError(null);
    try {
      const updated = await api.call('engagement.update', patch);
      setEngagement(updated);
      setStatus(`Saved at ${new Date().toLocaleTimeString()}`);
      const summary = await api.call('workspace.current');
      if (summary) onSaved(summary);
    } catch (caught) {
      setError(caught);
    }
  };

  const textField = (key: keyof Draft, label: string, example: string, hint?: string) => (
    <label className="field">
      <span className="field__label">{label}</span>
      <input
        value={draft[key]}
        placeholder={example}
        maxLength={key === 'organisationName' ? 200 : 500}
        onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
        onBlur={() => {
          if (draft[key] !== engagement[key]) void save({ [key]: draft[key] });
        }}
      />
      {hint && <span className="field__hint">{hint}</span>}
    </label>
  );

  const toggleCategory = (id: CategoryId, on: boolean) => {
    const next = on ? [...engagement.categories, id] : engagement.categories.filter((c) => c !== id);
    void save({ categories: CATEGORIES.map((c) => c.id).filter((c) => next.includes(c)) });
  };

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={() => setError(null)} />}
      <p className="save-status" aria-live="polite">{status}</p>

      <section className="card" aria-labelledby="org-heading">
        <h2 id="org-heading">Organisation and system</h2>
        <div className="form-grid">
          {textField('organisationName', 'Organisation (legal name)', 'e.g. Brightwave Analytics, Inc.')}
          {textField('systemName', 'System the report covers', 'e.g. Brightwave Insights Platform', 'The product or service customers use, as they know it.')}
        </div>
      </section>

      <section className="card" aria-labelledby="report-heading">
        <h2 id="report-heading">Report type and timing</h2>
        <fieldset className="choice-group">
          <legend>Which report are you preparing for?</legend>
          <label className="choice">
            <input type="radio" name="reportType" checked={engagement.reportType === 'type1'} onChange={() => void save({ reportType: 'type1' })} />
            <span>
              <strong>Type I</strong> — are suitable controls designed and in place on one date?
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="reportType" checked={engagement.reportType === 'type2'} onChange={() => void save({ reportType: 'type2' })} />
            <span>
              <strong>Type II</strong> — did the controls operate effectively across a period (usually 3–12 months)?
            </span>
          </label>
        </fieldset>
        {engagement.reportType === 'type1' ? (
          <label className="field">
            <span className="field__label">As-of date</span>
            <input type="date" value={engagement.asOfDate ?? ''} onChange={(e) => void save({ asOfDate: e.target.value || null })} />
          </label>
        ) : (
          <div className="form-grid">
            <label className="field">
              <span className="field__label">Review period starts</span>
              <input type="date" value={engagement.periodStart ?? ''} onChange={(e) => void save({ periodStart: e.target.value || null })} />
            </label>
            <label className="field">
              <span className="field__label">Review period ends</span>
              <input type="date" value={engagement.periodEnd ?? ''} onChange={(e) => void save({ periodEnd: e.target.value || null })} />
            </label>
          </div>
        )}
        <div className="form-grid">
          {textField('cpaFirm', 'CPA firm performing the audit', 'e.g. Harlow & Finch LLP', 'Only a licensed CPA firm can issue a SOC 2 report.')}
          {textField('preparedBy', 'Prepared by (consultant or firm, for branding)', 'e.g. Meridian Readiness Partners')}
        </div>
      </section>

      <section className="card" aria-labelledby="categories-heading">
        <h2 id="categories-heading">Trust Services Categories</h2>
        <fieldset className="choice-group">
          <legend>Which categories will the report cover?</legend>
          {CATEGORIES.map((category) => (
            <label key={category.id} className="choice">
              <input
                type="checkbox"
                checked={engagement.categories.includes(category.id)}
                disabled={category.id === 'security'}
                onChange={(e) => toggleCategory(category.id, e.target.checked)}
              />
              <span>
                <strong>{category.name}</strong> — {category.when}
              </span>
            </label>
          ))}
        </fieldset>
      </section>
    </div>
  );
}
