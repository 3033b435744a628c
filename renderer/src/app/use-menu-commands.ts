import { useEffect } from 'react';
import type { WorkspaceSummary } from '../../../core/api/types';
import { useApi } from './api-context';
import { requestOpenForReview } from '../screens/review/review-context';
import { navigate, STEP_ORDER } from './routes';

/**
 * Commands from the desktop application menu (and files opened from the OS). In browser mode there is
 * no native menu; the same actions are on screen and on Alt+digit shortcuts.
 */
export function useMenuCommands({ onClose, onOpened, onEngineRestarted }: { onClose(): void; onOpened(summary: WorkspaceSummary): void; onEngineRestarted(stopped: boolean): void }): void {
  const api = useApi();
  useEffect(() => {
    const shell = window.soc2shell;
    if (!shell) return undefined;
    return shell.onMenuCommand((command) => {
      if (command === 'dashboard') return navigate({ page: 'dashboard' });
      // The workspace engine crashed; the shell restarted it (or gave up) and the workspace is closed.
      if (command === 'core-restarted' || command === 'core-stopped') return onEngineRestarted(command === 'core-stopped');
      if (command === 'close' || command === 'new') return onClose();
      // The start screen's "Open for review" card picks the request up once the workspace has closed.
      if (command === 'open-review') {
        requestOpenForReview();
        return onClose();
      }
      const step = STEP_ORDER.find((id) => command === `step:${id}`);
      if (step) return navigate({ page: 'step', step });
      const openPath = command.startsWith('open-path:') ? command.slice('open-path:'.length) : null;
      if (openPath) return void api.call('workspace.open', { path: openPath }).then(onOpened);
      if (command === 'open') {
        return void shell.chooseWorkspace({ purpose: 'open' }).then((path) => (path ? api.call('workspace.open', { path }).then(onOpened) : undefined));
      }
      return undefined;
    });
  }, [api, onClose, onOpened, onEngineRestarted]);
}
