import { randomUUID } from 'node:crypto';
import { ApiError, type ApiErrorCode } from '../api/errors';
import type { JobStatus } from '../api/types';

export interface JobContext {
  /** Aborted when the user cancels. Long loops check it between units of work. */
  signal: AbortSignal;
  /** Report progress; `total` null when unknown. Cheap: call it as often as convenient. */
  progress(done: number, total: number | null, label?: string): void;
  /** Throws CANCELLED if the job was cancelled; call between units of work. */
  throwIfCancelled(): void;
}

interface JobRecord {
  status: JobStatus;
  controller: AbortController;
}

const FINISHED_JOBS_KEPT = 50;

/**
 * Long operations (imports, packages, verification) run as jobs: the call that starts one returns its
 * id at once, and the UI polls `job.get` for progress and may `job.cancel` it. Job bodies are async
 * and yield between units of work, so the host keeps answering other calls (including the cancel)
 * while a job runs.
 */
export class JobRunner {
  private readonly jobs = new Map<string, JobRecord>();

  start<R>(kind: string, body: (context: JobContext) => Promise<R>): string {
    const id = randomUUID();
    const controller = new AbortController();
    const status: JobStatus = { id, kind, state: 'running', done: 0, total: null, label: '', result: null, error: null };
    this.jobs.set(id, { status, controller });
    const context: JobContext = {
      signal: controller.signal,
      progress: (done, total, label) => {
        status.done = done;
        status.total = total;
        if (label !== undefined) status.label = label;
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new ApiError('CANCELLED', 'Cancelled. Nothing was changed.');
      },
    };
    void Promise.resolve()
      .then(() => body(context))
      .then(
        (result) => {
          status.state = controller.signal.aborted ? 'cancelled' : 'succeeded';
          status.result = controller.signal.aborted ? null : (result ?? null);
        },
        (error: unknown) => {
          if (controller.signal.aborted || (error instanceof ApiError && error.code === 'CANCELLED')) {
            status.state = 'cancelled';
            status.error = { code: 'CANCELLED', message: 'Cancelled. Nothing was changed.' };
          } else {
            status.state = 'failed';
            status.error = this.describe(error);
          }
        },
      )
      .finally(() => this.prune());
    return id;
  }

  get(id: string): JobStatus {
    const record = this.jobs.get(id);
    if (!record) throw new ApiError('BAD_ARGUMENT', 'That task is unknown; it may have finished long ago. Start it again if needed.');
    return { ...record.status };
  }

  cancel(id: string): JobStatus {
    const record = this.jobs.get(id);
    if (!record) throw new ApiError('BAD_ARGUMENT', 'That task is unknown; it may have finished long ago.');
    if (record.status.state === 'running') record.controller.abort();
    return { ...record.status };
  }

  /** Cancels everything still running (used when the workspace closes). */
  cancelAll(): void {
    for (const record of this.jobs.values()) if (record.status.state === 'running') record.controller.abort();
  }

  private describe(error: unknown): JobStatus['error'] {
    if (error instanceof ApiError) return { code: error.code, message: error.message };
    const coded = error as { code?: unknown; message?: unknown };
    if (typeof coded?.code === 'string' && coded.code.startsWith('WORKSPACE_') && typeof coded.message === 'string') {
      return { code: coded.code as ApiErrorCode, message: coded.message };
    }
    this.onInternalError(error);
    return { code: 'INTERNAL', message: 'The task failed unexpectedly. Nothing was changed by the failed part; try again.' };
  }

  /** Replaced by the host with its logger. */
  onInternalError: (error: unknown) => void = (error) => console.error(error);

  private prune(): void {
    const finished = [...this.jobs.values()].filter((r) => r.status.state !== 'running');
    for (const record of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(record.status.id);
  }
}

/** Lets the event loop breathe inside long synchronous stretches so progress and cancel calls get through. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
