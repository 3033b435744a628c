import { useEffect, useState } from 'react';
import type { ScopeSummaryView } from '../../../../core/api/scope-types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useSave } from '../../components/use-save';
import { SECTION_TITLES } from './labels';
import type { ScopeSectionProps } from './ScopeStep';

const CATEGORY_NAMES = { security: 'Security', availability: 'Availability', confidentiality: 'Confidentiality', processing_integrity: 'Processing Integrity', privacy: 'Privacy' } as const;

/** The scope record that later steps read: what is covered, what is missing, and the confirmation. */
export function ScopeSummary({ onSaved, goTo }: ScopeSectionProps) {
  const api = useApi();
  const [scope, setScope] = useState<ScopeSummaryView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const { run, status, error, clearError } = useSave(onSaved);

  useEffect(() => {
    api.call('scope.summary').then(setScope, setLoadError);
  }, [api]);

  if (!scope) return loadError ? <ErrorMessage error={loadError} /> : <p aria-busy="true">Loading the scope record…</p>;

  const when = scope.reportType === 'type1' ? `Type I as of ${scope.asOfDate ?? '(date not set)'}` : `Type II, ${scope.periodStart ?? '?'} to ${scope.periodEnd ?? '?'}${scope.timing.periodMonths !== null ? ` (${scope.timing.periodMonths} months)` : ''}`;
  const missing = scope.checklist.filter((item) => !item.done);

  return (
    <div className="stack">
      {error !== null && <ErrorMessage error={error} onDismiss={clearError} />}
      {scope.changes.length > 0 && (
        <div className="notice notice--warn" role="status">
          <p>
            <strong>The scope changed since it was confirmed{scope.profile.confirmedAt ? ` on ${new Date(scope.profile.confirmedAt).toLocaleDateString()}` : ''}:</strong>
          </p>
          <ul>
            {scope.changes.map((change) => (
              <li key={change.id}>
                {change.summary} <span className="muted">({new Date(change.at).toLocaleDateString()}, {change.actor})</span>
              </li>
            ))}
          </ul>
          <p>Review them with the CPA firm if fieldwork is planned, then confirm the scope again below.</p>
        </div>
      )}

      <dl className="summary-list card">
        <dt>Organisation</dt>
        <dd>{scope.organisationName}</dd>
        <dt>System</dt>
        <dd>{scope.systemName || <span className="muted">not named yet</span>}</dd>
        <dt>Report</dt>
        <dd>
          {when}
          {scope.timing.level === 'warning' && <span className="pill pill--warn"> check the period</span>}
        </dd>
        <dt>Categories</dt>
        <dd>
          {scope.categories.map((category) => CATEGORY_NAMES[category]).join(', ')} — {scope.inScopeCriteria} criteria
        </dd>
        <dt>CPA firm</dt>
        <dd>{scope.cpaFirm || <span className="muted">not recorded</span>}</dd>
        <dt>Security owner</dt>
        <dd>{scope.profile.securityOwnerName || <span className="muted">not named</span>}</dd>
        <dt>System description</dt>
        <dd>
          {scope.counts.descriptionWritten} of {scope.counts.descriptionRequired} sections written
        </dd>
        <dt>Inventory</dt>
        <dd>
          {scope.counts.systems} component{scope.counts.systems === 1 ? '' : 's'}; {scope.counts.vendors} vendor{scope.counts.vendors === 1 ? '' : 's'}; {scope.counts.cuecs} CUEC{scope.counts.cuecs === 1 ? '' : 's'}
        </dd>
        <dt>Subservice organisations</dt>
        <dd>{scope.subserviceOrganisations.length === 0 ? 'none' : scope.subserviceOrganisations.map((org) => `${org.name} (${org.method ?? 'method not chosen'}, ${org.csocs} CSOC${org.csocs === 1 ? '' : 's'})`).join('; ')}</dd>
        <dt>Not applicable</dt>
        <dd>
          {scope.notApplicable.length === 0 ? (
            'none'
          ) : (
            <ul className="plain-list">
              {scope.notApplicable.map((item) => (
                <li key={item.criterionId}>
                  <strong>{item.criterionId}</strong>: {item.reason}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      <section className="card" aria-labelledby="checklist-heading">
        <h3 id="checklist-heading">Before you confirm</h3>
        <ul className="checklist">
          {scope.checklist.map((item) => (
            <li key={item.id} className={item.done ? 'checklist__item checklist__item--done' : 'checklist__item'}>
              <span aria-hidden="true">{item.done ? '✓' : '○'}</span>
              <span className="visually-hidden">{item.done ? 'Done:' : 'To do:'}</span> {item.label}
              {!item.done && (
                <button type="button" className="button button--quiet" onClick={() => goTo(item.section)}>
                  Go to {SECTION_TITLES[item.section]}
                </button>
              )}
            </li>
          ))}
        </ul>
        {scope.confirmed && scope.changes.length === 0 ? (
          <p className="ok-text">
            Scope confirmed{scope.profile.confirmedAt ? ` on ${new Date(scope.profile.confirmedAt).toLocaleString()}` : ''}
            {scope.profile.confirmedBy ? ` by ${scope.profile.confirmedBy}` : ''}. Later changes are recorded and flagged on the dashboard.
          </p>
        ) : (
          <p className="muted">{missing.length > 0 ? `${missing.length} thing${missing.length === 1 ? '' : 's'} still to record before the scope can be confirmed.` : 'Everything is recorded. Confirming makes this the scope every later step reads; later changes are flagged.'}</p>
        )}
        {(!scope.confirmed || scope.changes.length > 0) && (
          <button type="button" className="button button--primary" disabled={!scope.ready} onClick={() => void run(async () => setScope(await api.call('scope.confirm')))}>
            {scope.confirmed ? 'Confirm the updated scope' : 'Confirm the scope'}
          </button>
        )}
        <p className="save-status" aria-live="polite">
          {status}
        </p>
      </section>
    </div>
  );
}
