import { activityHead, listActivity, verifyActivityChain } from '../../../db/activity-log';
import type { ApiHandlers } from '../contract';
import type { HandlerContext } from './context';

export function activityHandlers({ session }: HandlerContext): Pick<ApiHandlers, 'activity.list' | 'activity.verify'> {
  return {
    'activity.list': ({ limit, beforeSeq }) =>
      session.workspace.read((db) => listActivity(db, { limit, ...(beforeSeq === undefined ? {} : { beforeSeq }) }).map(({ prevHash: _prev, ...entry }) => entry)),

    'activity.verify': () => session.workspace.read((db) => ({ ...verifyActivityChain(db), head: activityHead(db) })),
  };
}
