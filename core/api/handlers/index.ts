import type { ApiHandlers } from '../contract';
import { activityHandlers } from './activity';
import type { HandlerContext } from './context';
import { engagementHandlers } from './engagement';
import { jobHandlers } from './jobs';
import { workspaceHandlers } from './workspace';

export type { HandlerContext };

/**
 * All API handlers, one group per domain. The `ApiHandlers` type makes a missing or misspelt method a
 * compile error. To add a group: write `handlers/<domain>.ts` returning `Pick<ApiHandlers, ...>` and
 * spread it here.
 */
export function createHandlers(context: HandlerContext): ApiHandlers {
  return {
    ...workspaceHandlers(context),
    ...engagementHandlers(context),
    ...activityHandlers(context),
    ...jobHandlers(context),
  };
}
