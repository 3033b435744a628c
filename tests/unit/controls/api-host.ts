import path from 'node:path';
import type { ApiMethod, ApiResult } from '../../../core/api/contract';
import { createCoreHost, type CoreHost } from '../../../core/host';
import { tempDir } from '../helpers/temp';

export type Call = <M extends ApiMethod>(method: M, args?: unknown) => Promise<ApiResult<M>>;

/** A core host with one new workspace open; `call` fails the test on an error response, `attempt` returns it. */
export async function openEngagement(options: { clock?: () => Date } = {}): Promise<{ host: CoreHost; call: Call; dir: string; file: string }> {
  const dir = tempDir();
  const host = createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor: 'tester', log: () => undefined, ...(options.clock ? { clock: options.clock } : {}) });
  const call: Call = async (method, args = {}) => {
    const response = await host.call(method, args);
    if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
    return response.value as never;
  };
  const file = path.join(dir, 'acme.soc2');
  await call('workspace.create', { path: file, organisationName: 'Acme Ltd' });
  return { host, call, dir, file };
}

/** Waits for a job to finish and returns its final status. */
export async function waitForJob(call: Call, jobId: string) {
  for (;;) {
    const status = await call('job.get', { id: jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
