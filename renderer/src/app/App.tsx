import { useCallback, useEffect, useState } from 'react';
import type { HostInfo, WorkspaceSummary } from '../../../core/api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { ActivityPage } from '../screens/ActivityPage';
import { Dashboard } from '../screens/Dashboard';
import { StartScreen } from '../screens/StartScreen';
import { StepPage } from '../screens/StepPage';
import { useStepShortcuts, WorkspaceShell } from '../screens/WorkspaceShell';
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
  useMenuCommands({ onClose: close, onOpened: opened });

  if (fatal !== null) {
    return (
      <main className="start" id="main">
        <h1>SOC 2 Workbench</h1>
        <ErrorMessage error={fatal} />
      </main>
    );
  }
  if (!host) return <p className="loading" aria-busy="true">Starting…</p>;
  if (!summary) return <StartScreen host={host} onOpened={opened} />;

  return (
    <WorkspaceShell summary={summary} route={route} onClose={close}>
      {route.page === 'dashboard' && <Dashboard summary={summary} />}
      {route.page === 'activity' && <ActivityPage />}
      {route.page === 'step' && <StepPage key={route.step} step={route.step} index={STEP_ORDER.indexOf(route.step)} summary={summary} onSummary={setSummary} />}
    </WorkspaceShell>
  );
}
