import { useEffect, useId, useState } from 'react';
import type { FinalReportView, SealView } from '../../../../core/api/audit-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import type { AuditSectionProps } from './AuditStep';

type Draft = Pick<FinalReportView, 'receivedOn' | 'reportDate' | 'issuedBy' | 'opinion' | 'sealVersion' | 'notes'>;

const OPINIONS: { value: FinalReportView['opinion']; label: string }[] = [
  { value: 'not-recorded', label: 'Not recorded' },
  { value: 'unmodified', label: 'Unmodified (a “clean” opinion)' },
  { value: 'qualified', label: 'Qualified' },
  { value: 'adverse', label: 'Adverse' },
  { value: 'disclaimer', label: 'Disclaimer of opinion' },
];

/** Receipt of the CPA firm's SOC 2 report: when it arrived, its date, who issued it, and the opinion as the report states it. */
export function FinalReportPanel({ onSaved }: AuditSectionProps) {
  const api = useApi();
  const id = useId();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [recorded, setRecorded] = useState<FinalReportView | null>(null);
  const [seals, setSeals] = useState<SealView[]>([]);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  useEffect(() => {
    Promise.all([api.call('finalReport.get'), api.call('seal.list'), api.call('engagement.get')]).then(([report, sealList, engagement]) => {
      setRecorded(report);
      setSeals(sealList);
      setDraft(report ?? { receivedOn: '', reportDate: null, issuedBy: engagement.cpaFirm, opinion: 'not-recorded', sealVersion: sealList[0]?.version ?? null, notes: '' });
    }, setLoadError);
  }, [api]);

  if (!draft) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading…</p>;

  const save = async () => {
    const next = await run(() => api.call('finalReport.record', draft));
    if (next) setRecorded(next);
  };

  return (
    <form
      className="card stack"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={`${id}-title`}>{recorded ? `Received on ${recorded.receivedOn}` : 'Not received yet'}</h3>
      <p className="muted">SOC 2 ends in the CPA firm’s attestation report. Record it here when it arrives; the opinion is written down as the report states it; this app never forms one.</p>
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <div className="form-grid">
        <label className="field" htmlFor={`${id}-received`}>
          <span className="field__label">Received on</span>
          <input id={`${id}-received`} type="date" required value={draft.receivedOn} onChange={(e) => setDraft({ ...draft, receivedOn: e.target.value })} />
        </label>
        <label className="field" htmlFor={`${id}-dated`}>
          <span className="field__label">Report dated</span>
          <input id={`${id}-dated`} type="date" value={draft.reportDate ?? ''} onChange={(e) => setDraft({ ...draft, reportDate: e.target.value || null })} />
        </label>
        <label className="field" htmlFor={`${id}-issuer`}>
          <span className="field__label">Issued by</span>
          <input id={`${id}-issuer`} value={draft.issuedBy} maxLength={500} placeholder="e.g. Harlow & Finch LLP" onChange={(e) => setDraft({ ...draft, issuedBy: e.target.value })} />
        </label>
        <label className="field" htmlFor={`${id}-opinion`}>
          <span className="field__label">Opinion, as stated in the report</span>
          <select id={`${id}-opinion`} value={draft.opinion} onChange={(e) => setDraft({ ...draft, opinion: e.target.value as Draft['opinion'] })}>
            {OPINIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field" htmlFor={`${id}-seal`}>
          <span className="field__label">Package the auditor examined</span>
          <select id={`${id}-seal`} value={draft.sealVersion ?? ''} onChange={(e) => setDraft({ ...draft, sealVersion: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">Not recorded</option>
            {seals.map((seal) => (
              <option key={seal.version} value={seal.version}>
                Seal {seal.version} ({seal.sealedAt.slice(0, 10)})
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field" htmlFor={`${id}-notes`}>
        <span className="field__label">Notes</span>
        <textarea id={`${id}-notes`} rows={3} value={draft.notes} placeholder="e.g. Report shared with customers under NDA from 1 December; next period starts 1 October." onChange={(e) => setDraft({ ...draft, notes: e.target.value })} />
      </label>
      <div className="inline-actions">
        <button type="submit" className="button button--primary" disabled={draft.receivedOn === ''}>
          {recorded ? 'Save changes' : 'Record receipt'}
        </button>
        {recorded && (
          <button
            type="button"
            className="button button--quiet"
            onClick={() =>
              void run(() => api.call('finalReport.clear')).then((done) => {
                if (done !== undefined) setRecorded(null);
              })
            }
          >
            Remove the record
          </button>
        )}
        <span className="save-status" aria-live="polite">
          {status}
        </span>
      </div>
    </form>
  );
}
