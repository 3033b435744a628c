import type { ApiHandlers } from '../contract';
import { activityHandlers } from './activity';
import { auditHandlers } from './audit';
import { catalogHandlers } from './catalog';
import { controlImplementationHandlers } from './control-implementation';
import { controlHandlers } from './controls';
import type { HandlerContext } from './context';
import { engagementHandlers } from './engagement';
import { evidenceHandlers } from './evidence';
import { gapHandlers } from './gaps';
import { inventoryHandlers } from './inventory';
import { jobHandlers } from './jobs';
import { libraryHandlers } from './library';
import { periodCoverageHandlers } from './period-coverage';
import { policyHandlers } from './policies';
import { populationHandlers } from './populations';
import { readinessHandlers } from './readiness';
import { readinessTestingHandlers } from './readiness-testing';
import { reviewHandlers } from './review';
import { scopeHandlers } from './scope';
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
    ...catalogHandlers(context),
    ...libraryHandlers(context),
    ...scopeHandlers(context),
    ...inventoryHandlers(context),
    ...gapHandlers(context),
    ...controlHandlers(context),
    ...controlImplementationHandlers(context),
    ...policyHandlers(context),
    ...readinessHandlers(context),
    ...auditHandlers(context),
    ...reviewHandlers(context),
    ...evidenceHandlers(context),
    ...populationHandlers(context),
    ...readinessTestingHandlers(context),
    ...periodCoverageHandlers(context),
  };
}
