import path from 'node:path';
import { expect } from 'vitest';
import type { ApiArgs, ApiMethod, ApiResult } from '../../../core/api/contract';
import type { ApiErrorData } from '../../../core/api/errors';
import type { JobStatus } from '../../../core/api/types';
import { createCoreHost } from '../../../core/host';

/** A core host on a fresh workspace, with typed helpers for the calls step 4's tests make. */
export async function testingHost(dir: string, clock?: () => Date) {
  const host = createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor: 'tester', log: () => undefined, ...(clock ? { clock } : {}) });
  const call = async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiResult<M>> => {
    const response = await host.call(method, args);
    if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
    return response.value as ApiResult<M>;
  };
  const fail = async <M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiErrorData> => {
    const response = await host.call(method, args);
    expect(response.ok).toBe(false);
    return (response as { ok: false; error: ApiErrorData }).error;
  };
  /** Polls a job to its end. */
  const finish = async (jobId: string): Promise<JobStatus> => {
    for (;;) {
      const status = await call('job.get', { id: jobId });
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  await call('workspace.create', { path: path.join(dir, 'engagement.soc2'), organisationName: 'Acme Ltd' });
  return { host, call, fail, finish };
}
