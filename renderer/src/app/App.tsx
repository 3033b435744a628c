import { useCallback, useEffect, useState } from 'react';
import type { HostInfo, WorkspaceSummary } from '../../../core/api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { ActivityPage } from '../screens/ActivityPage';
import { CatalogPage } from '../screens/catalog/CatalogPage';
import { Dashboard } from '../screens/Dashboard';
import { StartScreen } from '../screens/StartScreen';
import { StepPage } from '../screens/StepPage';
import { useStepShortcuts, WorkspaceShell } from '../screens/WorkspaceShell';
import { ReviewProvider } from '../screens/review/review-context';
import { ReviewPage } from '../screens/review/ReviewPage';
import { VerificationReportPage } from '../screens/review/VerificationReportPage';
import { ApiCallError } from '../api/client';
import { useApi } from './api-context';
import { navigate, STEP_ORDER, useRoute } from './routes';
import { useMenuCommands } from './use-menu-commands';

export function App() {
  const api = useApi();
  const route = useRoute();
  const [host, setHost] = useState<HostInfo | null>(null);
  const [summary, setSummary] = useState<WorkspaceSummary | null>(null);
  const [fatal, setFatal] = useState<unknown>(null);

  useEffect(() => {
    Promise.all([api.call('host.info'), api.call('workspace.current')]).then(([info, current]) => {
      setHost(info);
      setSummary(current);
    }, setFatal);
  }, [api]);

  const opened = useCallback((next: WorkspaceSummary) => {
    setSummary(next);
    navigate({ page: 'dashboard' });
  }, []);

  const close = useCallback(() => {
    api.call('workspace.close').then(() => setSummary(null), setFatal);
  }, [api]);

  useStepShortcuts(summary !== null);
  const engineRestarted = useCallback((stopped: boolean) => {
    setSummary(null);
    setFatal(
      new ApiCallError(
        'INTERNAL',
        stopped
          ? 'The workspace engine stopped after repeated failures. Your saved work is safe in the workspace file; quit and restart the app.'
          : 'The workspace engine had to restart, so the workspace was closed. Everything you saved is in the file; open it again to continue.',
      ),
    );
  }, []);
  useMenuCommands({ onClose: close, onOpened: opened, onEngineRestarted: engineRestarted });

  if (fatal !== null) {
    return (
      <main className="start" id="main">
        <h1>SOC 2 Workbench</h1>
        <ErrorMessage error={fatal} />
        {host && (
          <button type="button" className="button" onClick={() => setFatal(null)}>
            Back to the start screen
          </button>
        )}
      </main>
    );
  }
  if (!host) return <p className="loading" aria-busy="true">Starting…</p>;
  if (!summary) return <StartScreen host={host} onOpened={opened} />;

  return (
    <ReviewProvider summary={summary}>
    <WorkspaceShell summary={summary} route={route} onClose={close}>
      {route.page === 'dashboard' && <Dashboard summary={summary} />}
      {route.page === 'activity' && <ActivityPage />}
      {route.page === 'catalog' && <CatalogPage summary={summary} />}
      {route.page === 'step' && <StepPage key={route.step} step={route.step} index={STEP_ORDER.indexOf(route.step)} summary={summary} onSummary={setSummary} />}
      {route.page === 'verification' && <VerificationReportPage />}
      {route.page === 'review' && <ReviewPage />}
    </WorkspaceShell>
    </ReviewProvider>
  );
}
