import type { ApiHandlers } from '../contract';
import type { HandlerContext } from './context';

export function jobHandlers({ jobs }: HandlerContext): Pick<ApiHandlers, 'job.get' | 'job.cancel'> {
  return {
    'job.get': ({ id }) => jobs.get(id),
    'job.cancel': ({ id }) => jobs.cancel(id),
  };
}
