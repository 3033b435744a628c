import { useCallback, useEffect, useState } from 'react';
import type { ApiArgs } from '../../../core/api/contract';
import type { ProfileView, ScopeGuidanceView, TimingCheck } from '../../../core/api/scope-types';
import type { EngagementView } from '../../../core/api/types';
import { useApi } from '../app/api-context';
import { ErrorMessage } from '../components/ErrorMessage';
import { useSave } from '../components/use-save';
import type { ScopeSectionProps } from './scope/ScopeStep';
import { SavedField } from './scope/SavedField';

/**
 * The engagement basics of step 1: organisation, system, report type and its date or period (checked
 * as you go: a period outside 3–12 months is a warning, never a refusal), the target audit dates and
 * the CPA firm. Each field saves when it loses focus, each choice when made.
 */
export function ScopeBasics({ onSaved }: ScopeSectionProps) {
  const api = useApi();
  const [engagement, setEngagement] = useState<EngagementView | null>(null);
  const [profile, setProfile] = useState<ProfileView | null>(null);
  const [timing, setTiming] = useState<TimingCheck | null>(null);
  const [guidance, setGuidance] = useState<ScopeGuidanceView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  const checkTiming = useCallback(() => {
    void api.call('scope.summary').then((summary) => setTiming(summary.timing), setLoadError);
  }, [api]);

  useEffect(() => {
    Promise.all([api.call('engagement.get'), api.call('profile.get'), api.call('scope.guidance')]).then(([e, p, g]) => {
      setEngagement(e);
      setProfile(p);
      setGuidance(g);
    }, setLoadError);
    checkTiming();
  }, [api, checkTiming]);

  if (!engagement || !profile) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the engagement…</p>;

  const save = (patch: ApiArgs<'engagement.update'>) => {
    // Choices show at once; the saved record replaces this (or the error explains why it did not save).
    setEngagement({ ...engagement, ...patch });
    void run(async () => {
      setEngagement(await api.call('engagement.update', patch).catch(async (caught: unknown) => {
        setEngagement(await api.call('engagement.get'));
        throw caught;
      }));
      checkTiming();
    });
  };
  const saveProfile = (patch: ApiArgs<'profile.update'>) =>
    void run(async () => {
      setProfile(await api.call('profile.update', patch));
      checkTiming();
    });
  const explanation = (id: 'type1' | 'type2') => guidance?.reportTypes.find((type) => type.id === id)?.explanation;

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      <p className="save-status" aria-live="polite">
        {status}
      </p>

      <div className="card">
        <h3>Organisation and system</h3>
        <div className="form-grid">
          <SavedField label="Organisation (legal name)" value={engagement.organisationName} example="e.g. Brightwave Analytics, Inc." maxLength={200} onSave={(v) => save({ organisationName: v })} />
          <SavedField label="System the report covers" value={engagement.systemName} example="e.g. Brightwave Insights Platform" hint="The product or service customers use, as they know it." onSave={(v) => save({ systemName: v })} />
        </div>
      </div>

      <div className="card">
        <h3>Report type and timing</h3>
        <fieldset className="choice-group">
          <legend>Which report are you preparing for?</legend>
          <label className="choice">
            <input type="radio" name="reportType" checked={engagement.reportType === 'type1'} onChange={() => save({ reportType: 'type1' })} />
            <span>
              <strong>Type I</strong> — are suitable controls designed and in place on one date?
              {explanation('type1') && <span className="choice__detail">{explanation('type1')}</span>}
            </span>
          </label>
          <label className="choice">
            <input type="radio" name="reportType" checked={engagement.reportType === 'type2'} onChange={() => save({ reportType: 'type2' })} />
            <span>
              <strong>Type II</strong> — did the controls operate effectively across a period (usually 3–12 months)?
              {explanation('type2') && <span className="choice__detail">{explanation('type2')}</span>}
            </span>
          </label>
        </fieldset>
        {engagement.reportType === 'type1' ? (
          <div className="form-grid">
            <SavedField label="As-of date" type="date" value={engagement.asOfDate ?? ''} example="e.g. 2026-09-30" hint="The single date on which the auditor examines the design of your controls." onSave={(v) => save({ asOfDate: v || null })} />
          </div>
        ) : (
          <div className="form-grid">
            <SavedField label="Review period starts" type="date" value={engagement.periodStart ?? ''} example="e.g. 2026-04-01" hint="First day of the period the auditor tests." onSave={(v) => save({ periodStart: v || null })} />
            <SavedField label="Review period ends" type="date" value={engagement.periodEnd ?? ''} example="e.g. 2026-09-30" hint="Last day of the period (first reports often cover 3–6 months)." onSave={(v) => save({ periodEnd: v || null })} />
          </div>
        )}
        {timing && timing.level !== 'ok' && (
          <div className={`notice ${timing.level === 'error' ? 'notice--error' : timing.level === 'warning' ? 'notice--warn' : 'notice--info'}`} role="status">
            {timing.messages.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        )}
        {timing?.level === 'ok' && timing.periodMonths !== null && <p className="muted">A {timing.periodMonths}-month period: within the usual 3–12 months.</p>}

        <h3>Target audit dates</h3>
        <div className="form-grid">
          <SavedField label="Fieldwork starts (target)" type="date" value={profile.targetFieldworkStart ?? ''} example="e.g. 2026-10-12" hint="When the auditor is expected to begin testing." onSave={(v) => saveProfile({ targetFieldworkStart: v || null })} />
          <SavedField label="Fieldwork ends (target)" type="date" value={profile.targetFieldworkEnd ?? ''} example="e.g. 2026-10-30" onSave={(v) => saveProfile({ targetFieldworkEnd: v || null })} hint="Usually two to four weeks after it starts." />
          <SavedField label="Report issued (target)" type="date" value={profile.targetReportDate ?? ''} example="e.g. 2026-11-20" hint="When you need the report in hand." onSave={(v) => saveProfile({ targetReportDate: v || null })} />
        </div>

        <div className="form-grid">
          <SavedField label="CPA firm performing the audit" value={engagement.cpaFirm} example="e.g. Harlow & Finch LLP" hint="Only a licensed CPA firm can issue a SOC 2 report." onSave={(v) => save({ cpaFirm: v })} />
          <SavedField label="Prepared by (consultant or firm, for branding)" value={engagement.preparedBy} example="e.g. Meridian Readiness Partners" hint="Shown on the package you hand to the auditor." onSave={(v) => save({ preparedBy: v })} />
        </div>
      </div>
    </div>
  );
}
