import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../core/api/errors';
import { JobRunner, yieldToEventLoop } from '../../../core/jobs/job-runner';

async function until(runner: JobRunner, id: string) {
  for (;;) {
    const status = runner.get(id);
    if (status.state !== 'running') return status;
    await yieldToEventLoop();
  }
}

describe('jobs', () => {
  it('reports progress while running and the result when done', async () => {
    const runner = new JobRunner();
    const seen: number[] = [];
    const id = runner.start('count', async ({ progress }) => {
      for (let i = 1; i <= 5; i++) {
        progress(i, 5, `item ${i}`);
        await yieldToEventLoop();
      }
      return { counted: 5 };
    });
    for (;;) {
      const status = runner.get(id);
      if (status.state !== 'running') break;
      seen.push(status.done);
      await yieldToEventLoop();
    }
    expect(runner.get(id)).toMatchObject({ state: 'succeeded', done: 5, total: 5, label: 'item 5', result: { counted: 5 } });
    expect(seen.some((n) => n > 0 && n < 5)).toBe(true);
  });

  it('stops a job that checks for cancellation, and says so', async () => {
    const runner = new JobRunner();
    let reached = 0;
    const id = runner.start('long', async ({ throwIfCancelled, progress }) => {
      for (let i = 0; i < 10_000; i++) {
        throwIfCancelled();
        reached = i;
        progress(i, 10_000);
        await yieldToEventLoop();
      }
    });
    await yieldToEventLoop();
    await yieldToEventLoop();
    runner.cancel(id);
    const final = await until(runner, id);
    expect(final.state).toBe('cancelled');
    expect(final.error?.code).toBe('CANCELLED');
    expect(reached).toBeLessThan(100);
  });

  it('turns failures into error data and hides internal details', async () => {
    const runner = new JobRunner();
    const logged: unknown[] = [];
    runner.onInternalError = (e) => logged.push(e);
    const known = runner.start('a', async () => {
      throw new ApiError('BAD_ARGUMENT', 'The file is not a CSV.');
    });
    const unknown = runner.start('b', async () => {
      throw new TypeError('x is undefined');
    });
    expect(await until(runner, known)).toMatchObject({ state: 'failed', error: { code: 'BAD_ARGUMENT', message: 'The file is not a CSV.' } });
    const failed = await until(runner, unknown);
    expect(failed).toMatchObject({ state: 'failed', error: { code: 'INTERNAL' } });
    expect(failed.error?.message).not.toContain('undefined');
    expect(logged).toHaveLength(1);
  });

  it('refuses unknown job ids with a clear message', () => {
    expect(() => new JobRunner().get('00000000-0000-4000-8000-000000000000')).toThrow(expect.objectContaining({ code: 'BAD_ARGUMENT' }));
  });
});
