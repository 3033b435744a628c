import { useEffect, useState } from 'react';
import type { DashboardView } from '../../../../core/api/gap-types';
import type { WorkspaceSummary } from '../../../../core/api/types';
import { useApi } from '../../app/api-context';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ReadinessPanel } from '../gaps/ReadinessPanel';
import { NextActions } from './NextActions';
import { OpenGapsCard } from './OpenGapsCard';
import { ScopeChangeNotice } from './ScopeChangeNotice';
import '../../styles/scope-gaps.css';

/** The dashboard's live part: change-of-scope notice, both readiness scores, what to do next, open gaps. */
export function DashboardDetails({ summary }: { summary: WorkspaceSummary }) {
  const api = useApi();
  const [view, setView] = useState<DashboardView | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    api.call('dashboard.get').then(setView, setError);
  }, [api, summary]);

  if (!view) return error ? <ErrorMessage error={error} /> : <p aria-busy="true">Loading readiness…</p>;

  return (
    <>
      {view.scopeChanges.length > 0 && <ScopeChangeNotice changes={view.scopeChanges} confirmedAt={view.scopeConfirmedAt} />}
      <section aria-labelledby="scores-heading" className="card">
        <h2 id="scores-heading">Readiness</h2>
        <ReadinessPanel readiness={view.readiness} />
      </section>
      <div className="dashboard-grid">
        <NextActions actions={view.nextActions} />
        <OpenGapsCard gaps={view.openGaps} />
      </div>
    </>
  );
}
