import { activityChainCheck } from './activity-chain-check';
import { anchorCheck } from './anchor-check';
import type { ContentCheck } from './content-check';
import { evidenceCheck } from './evidence-check';
import { sealCheck } from './seal-check';

/** Every content check, in the order the report lists them. Add a feature's check here. */
export const CONTENT_CHECKS: readonly ContentCheck[] = [activityChainCheck, anchorCheck, evidenceCheck, sealCheck];
