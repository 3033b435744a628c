import { useCallback } from 'react';
import type { WorkspaceSummary } from '../../../core/api/types';
import { useApi } from '../app/api-context';

/** Re-reads the workspace summary after an edit, so step states in the navigation follow the content. */
export function useRefreshSummary(onSummary: (summary: WorkspaceSummary) => void): () => void {
  const api = useApi();
  return useCallback(() => {
    void api.call('workspace.current').then((summary) => {
      if (summary) onSummary(summary);
    });
  }, [api, onSummary]);
}
