import { getEngagement, updateEngagement } from '../../../db/queries/engagement';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import { engagementScopeChange } from '../../scope/engagement-scope-change';
import { writeScopeEdit } from '../../scope/scope-write';
import type { HandlerContext } from './context';

export function engagementHandlers({ session }: HandlerContext): Pick<ApiHandlers, 'engagement.get' | 'engagement.update'> {
  return {
    'engagement.get': () => session.workspace.read(getEngagement),

    'engagement.update': (patch) => {
      const workspace = session.workspace;
      const before = workspace.read(getEngagement);
      const merged = { ...before, ...patch };
      if (merged.periodStart && merged.periodEnd && merged.periodEnd <= merged.periodStart) {
        throw new ApiError('BAD_ARGUMENT', 'The review period must end after it starts.');
      }
      // Only real changes are written and logged, so the activity log is not flooded by re-saves.
      const changed = Object.fromEntries(Object.entries(patch).filter(([key, value]) => JSON.stringify(before[key as keyof typeof before]) !== JSON.stringify(value)));
      if (Object.keys(changed).length === 0) return before;
      writeScopeEdit(workspace, { action: 'engagement.update', subject: 'engagement', details: changed }, engagementScopeChange(before, changed), (db) => updateEngagement(db, changed, workspace.now()));
      return workspace.read(getEngagement);
    },
  };
}
