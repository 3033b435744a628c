import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApiResponse } from '../../../core/api/errors';
import type { ReviewStateView } from '../../../core/api/review-types';
import type { JobStatus } from '../../../core/api/types';
import { createCoreHost, type CoreHost } from '../../../core/host';
import { yieldToEventLoop } from '../../../core/jobs/job-runner';
import { drawSampleRows } from '../../../core/review/auditor-sampling';
import { readReviewFile } from '../../../core/review/read-review-file';
import { openWorkspace } from '../../../db/open-workspace';
import { insertPopulation, populationRowInserter } from '../../../db/queries/populations';
import { sha256File, tempDir } from '../helpers/temp';

function host(dir: string, actor: string): CoreHost {
  return createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor, log: () => undefined });
}

async function value<T>(response: Promise<ApiResponse<unknown>>): Promise<T> {
  const result = await response;
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function finish(api: CoreHost, jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = await value<JobStatus>(api.call('job.get', { id: jobId }));
    if (status.state !== 'running') return status;
    await yieldToEventLoop();
  }
}

const privateCopies = () => new Set(fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('soc2-review-')));

/** The client's workspace, closed, as it would arrive by e-mail. */
async function clientFile(dir: string): Promise<string> {
  const client = host(dir, 'client');
  const file = path.join(dir, 'Acme.soc2');
  await value(client.call('workspace.create', { path: file, organisationName: 'Acme Cloud Ltd' }));
  await value(client.call('engagement.update', { systemName: 'Acme Billing' }));
  client.shutdown();
  return file;
}

describe('reviewing a received workspace through the API', () => {
  it('verifies a private copy, browses it read-only, writes the review file, and removes the copy when closed', async () => {
    const dir = tempDir();
    const received = await clientFile(dir);
    const before = sha256File(received);
    const copiesBefore = privateCopies();
    const auditor = host(dir, 'Dana Auditor');

    const { jobId } = await value<{ jobId: string }>(auditor.call('review.open', { path: received }));
    const done = await finish(auditor, jobId);
    expect(done).toMatchObject({ state: 'succeeded', result: { browsable: true, summary: { organisationName: 'Acme Cloud Ltd', fileName: 'Acme.soc2', readOnly: true } } });
    const copies = [...privateCopies()].filter((name) => !copiesBefore.has(name));
    expect(copies).toHaveLength(1);

    const state = await value<ReviewStateView>(auditor.call('review.current', {}));
    expect(state).toMatchObject({ receivedName: 'Acme.soc2', receivedPath: received, fileSha256: before, overall: 'passed', browsable: true, seal: null, review: { saved: false, reviewer: { name: 'Dana Auditor', firm: '' } } });
    expect(state.review!.path).toBe(path.join(dir, 'Acme review.soc2review'));

    // The normal screens read the copy; writes are refused with the read-only code.
    expect(await auditor.call('engagement.get', {})).toMatchObject({ ok: true, value: { systemName: 'Acme Billing' } });
    expect(await auditor.call('engagement.update', { systemName: 'Changed' })).toMatchObject({ ok: false, error: { code: 'WORKSPACE_READ_ONLY' } });

    await value(auditor.call('review.setReviewer', { name: 'Dana Auditor', firm: 'Ledger & Co' }));
    await value(auditor.call('review.addRequest', { reference: 'R-1', request: 'Q3 access reviews', dueDate: '2026-12-15' }));
    const withNote = await value<ReviewStateView>(auditor.call('review.addNote', { target: { kind: 'criterion', ref: 'CC6.1' }, text: 'Explain the MFA exception.' }));
    expect(withNote.review).toMatchObject({ saved: true, requests: [{ reference: 'R-1' }], notes: [{ target: { kind: 'criterion', ref: 'CC6.1' } }] });
    expect(await auditor.call('review.addNote', { target: { kind: 'control', ref: '' }, text: 'x' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    const saved = readReviewFile(withNote.review!.path);
    expect(saved).toMatchObject({ reviewer: { name: 'Dana Auditor', firm: 'Ledger & Co' }, workspace: { fileSha256: before }, requests: [{ request: 'Q3 access reviews' }] });

    const exported = await value<{ path: string; pages: number }>(auditor.call('review.exportReport', {}));
    expect(exported.path).toBe(path.join(dir, 'Acme verification report.pdf'));
    expect(fs.readFileSync(exported.path).subarray(0, 5).toString()).toBe('%PDF-');

    expect(await auditor.call('review.import', { path: withNote.review!.path })).toMatchObject({ ok: false, error: { code: 'WORKSPACE_READ_ONLY' } });

    await value(auditor.call('review.close', {}));
    expect(await auditor.call('review.current', {})).toEqual({ ok: true, value: null });
    expect(await auditor.call('workspace.current', {})).toEqual({ ok: true, value: null });
    expect([...privateCopies()].filter((name) => !copiesBefore.has(name))).toEqual([]);
    expect(sha256File(received)).toBe(before);
    auditor.shutdown();

    // The client imports the review file: requests appear in the step 5 list, once.
    const client = host(dir, 'client');
    await value(client.call('workspace.open', { path: received }));
    const imported = await value<{ added: { requests: number; notes: number } }>(client.call('review.import', { path: withNote.review!.path }));
    expect(imported.added).toEqual({ requests: 1, notes: 1, samples: 0 });
    expect(await value(client.call('review.import', { path: withNote.review!.path }))).toMatchObject({ changed: false, alreadyImported: 2 });
    const requests = await value<{ request: string; source: string }[]>(client.call('pbc.list', {}));
    expect(requests.filter((r) => r.source === 'auditor').map((r) => r.request)).toEqual(['Q3 access reviews']);
    expect(await value(client.call('review.imported', {}))).toMatchObject({ notes: [{ target: { kind: 'criterion', ref: 'CC6.1' }, author: 'Dana Auditor', firm: 'Ledger & Co' }], anchors: [{ source: 'review by Dana Auditor, Ledger & Co' }] });
    client.shutdown();
  });

  it('shows the report of a file that cannot be browsed, and opens nothing', async () => {
    const dir = tempDir();
    const received = await clientFile(dir);
    const db = new Database(received);
    db.exec('CREATE VIEW extra AS SELECT 1');
    db.close();
    const before = sha256File(received);
    const auditor = host(dir, 'Dana Auditor');
    const { jobId } = await value<{ jobId: string }>(auditor.call('review.open', { path: received }));
    expect(await finish(auditor, jobId)).toMatchObject({ state: 'succeeded', result: { browsable: false, summary: null } });
    expect(await value(auditor.call('review.current', {}))).toMatchObject({ browsable: false, overall: 'failed', review: null, failedChecks: 1 });
    expect(await value(auditor.call('review.report', {}))).toMatchObject({ checks: [{ id: 'file' }, { id: 'schema', status: 'failed', failures: [{ problem: 'unexpected view extra' }] }, { id: 'integrity', status: 'not-applicable' }] });
    expect(await auditor.call('review.addRequest', { request: 'x' })).toMatchObject({ ok: false, error: { code: 'REVIEW_NOT_OPEN' } });
    expect(await auditor.call('workspace.current', {})).toEqual({ ok: true, value: null });
    // Opening another workspace ends the stale review, so its banner cannot appear there.
    await value(auditor.call('workspace.openDemo', {}));
    expect(await auditor.call('review.current', {})).toEqual({ ok: true, value: null });
    expect(sha256File(received)).toBe(before);
    auditor.shutdown();
  });

  it('draws the auditor’s own sample from a population, with its seed and the population’s SHA-256 recorded', async () => {
    const dir = tempDir();
    const received = await clientFile(dir);
    const workspace = openWorkspace(received, { actor: 'client' });
    workspace.write({ action: 'population.import', subject: 'terminations' }, (db) => {
      const id = insertPopulation(db, { name: 'Terminations Q1–Q3', sourceSystem: 'HR system', query: 'leavers', ranBy: 'Sam', ranOn: '2026-10-01', coversFrom: '2026-01-01', coversTo: '2026-09-30', fileName: 'leavers.csv', fileSha256: 'a'.repeat(64), fileBytes: 1000, encoding: 'utf-8', hadBom: false, delimiter: ',', headers: ['name', 'date'], rowCount: 40, importNotes: [], importedBy: 'Sam', importedAt: '2026-10-01T00:00:00.000Z' });
      const insert = populationRowInserter(db, id);
      for (let row = 1; row <= 40; row++) insert({ rowNumber: row, lineNumber: row + 1, cells: [`person ${row}`, '2026-02-01'] });
    });
    workspace.close();

    const auditor = host(dir, 'Dana Auditor');
    const { jobId } = await value<{ jobId: string }>(auditor.call('review.open', { path: received }));
    await finish(auditor, jobId);
    const state = await value<ReviewStateView>(auditor.call('review.current', {}));
    expect(state.populations).toEqual([{ ref: expect.stringMatching(/^POP-\d+$/), name: 'Terminations Q1–Q3', rowCount: 40, sha256: 'a'.repeat(64) }]);
    const ref = state.populations![0]!.ref;
    const drawn = await value<ReviewStateView>(auditor.call('review.drawSample', { populationRef: ref, size: 5, seed: 'fieldwork-2026' }));
    const sample = drawn.review!.samples[0]!;
    expect(sample).toMatchObject({ populationRef: ref, populationSha256: 'a'.repeat(64), seed: 'fieldwork-2026', algorithm: 'sha256-rank/1', size: 5, drawnBy: 'Dana Auditor, auditor' });
    expect(sample.rows).toEqual(drawSampleRows('fieldwork-2026', 40, 5));
    expect(readReviewFile(drawn.review!.path).samples).toEqual([sample]);
    expect(await auditor.call('review.drawSample', { populationRef: ref, size: 41 })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await auditor.call('review.drawSample', { populationRef: 'POP-999', size: 1 })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    const random = await value<ReviewStateView>(auditor.call('review.drawSample', { populationRef: ref, size: 3 }));
    expect(random.review!.samples[1]!.seed).toMatch(/^[0-9a-f]{16}$/);
    auditor.shutdown();
  });

  it('cancels the private copy and leaves nothing behind', async () => {
    const dir = tempDir();
    const received = await clientFile(dir);
    const copiesBefore = privateCopies();
    const auditor = host(dir, 'Dana Auditor');
    const { jobId } = await value<{ jobId: string }>(auditor.call('review.open', { path: received }));
    await value(auditor.call('job.cancel', { id: jobId }));
    expect(await finish(auditor, jobId)).toMatchObject({ state: 'cancelled' });
    expect([...privateCopies()].filter((name) => !copiesBefore.has(name))).toEqual([]);
    expect(await auditor.call('workspace.current', {})).toEqual({ ok: true, value: null });
    auditor.shutdown();
  });
});
