import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobStatus } from '../../../core/api/types';
import { useApi } from '../app/api-context';

const POLL_MS = 200;

/**
 * Follows a long operation started with an API method that returned `{ jobId }`: polls its progress
 * until it ends and offers cancel. `onFinished` runs once with the final status.
 */
export function useJob(onFinished: (status: JobStatus) => void): { status: JobStatus | null; follow(jobId: string): void; cancel(): void } {
  const api = useApi();
  const [status, setStatus] = useState<JobStatus | null>(null);
  const jobId = useRef<string | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    if (!status || status.state !== 'running' || !jobId.current) return undefined;
    const id = jobId.current;
    const timer = window.setTimeout(() => {
      api.call('job.get', { id }).then(
        (next) => {
          setStatus(next);
          if (next.state !== 'running') finished.current(next);
        },
        () => setStatus({ ...status, state: 'failed', error: { code: 'INTERNAL', message: 'Lost track of the task. Check the result, then try again if needed.' } }),
      );
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [api, status]);

  const follow = useCallback((id: string) => {
    jobId.current = id;
    setStatus({ id, kind: '', state: 'running', done: 0, total: null, label: 'Starting…', result: null, error: null });
  }, []);

  const cancel = useCallback(() => {
    if (jobId.current) void api.call('job.cancel', { id: jobId.current });
  }, [api]);

  return { status, follow, cancel };
}
