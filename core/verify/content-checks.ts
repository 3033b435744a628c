import { activityChainCheck } from './activity-chain-check';
import type { ContentCheck } from './content-check';

/** Every content check, in the order the report lists them. Add a feature's check here. */
export const CONTENT_CHECKS: readonly ContentCheck[] = [activityChainCheck];
