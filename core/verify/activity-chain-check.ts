import { verifyActivityChain } from '../../db/activity-log';
import type { ContentCheck } from './content-check';

export const activityChainCheck: ContentCheck = {
  id: 'activity-log',
  run(db) {
    const chain = verifyActivityChain(db);
    return {
      id: 'activity-log',
      title: 'Activity log chain',
      description: 'Every entry of the activity log carries the SHA-256 of the entry before it; recomputing the chain shows whether any entry was edited, removed or reordered after it was written.',
      status: chain.ok ? 'passed' : 'failed',
      covered: `${chain.entries} entries, head ${chain.headHash.slice(0, 16)}…`,
      failures: chain.problems.map((p) => ({ subject: `Log entry ${p.seq}`, problem: p.problem, item: { kind: 'log-entry' as const, ref: String(p.seq) } })),
    };
  },
};
