import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceDetailView, EvidenceImportResult, EvidencePage } from '../../../core/api/evidence-types';
import type { JobStatus } from '../../../core/api/types';
import { createCoreHost, type CoreHost } from '../../../core/host';
import { uploadsDir } from '../../../core/evidence/uploads';
import { startWebServer, type RunningWebServer } from '../../../core/web-host/server';
import { sha256File, tempDir } from '../helpers/temp';
import { randomFile } from './evidence-helpers';

let running: RunningWebServer | null = null;
let hosts: CoreHost[] = [];
afterEach(async () => {
  await running?.close();
  running = null;
  hosts.forEach((host) => host.shutdown());
  hosts = [];
});

/** A browser-mode host with a workspace open and ACC-04 adopted. */
async function setUp() {
  const dir = tempDir();
  const host = createCoreHost({ mode: 'browser', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor: 'tester', log: () => undefined });
  hosts.push(host);
  const call = async <T,>(method: string, args: unknown = {}): Promise<T> => {
    const response = await host.call(method, args);
    if (!response.ok) throw Object.assign(new Error(response.error.message), { code: response.error.code });
    return response.value as T;
  };
  await call('workspace.create', { path: path.join(dir, 'acme.soc2'), organisationName: 'Acme Ltd' });
  await call('controls.adopt', { catalogIds: ['ACC-04'] });
  const finish = async (jobId: string): Promise<JobStatus> => {
    for (;;) {
      const status = await call<JobStatus>('job.get', { id: jobId });
      if (status.state !== 'running') return status;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  return { dir, host, call, finish };
}

describe('the evidence API', () => {
  it('adds files as a job, lists metadata only, edits, reads ranges, exports and removes', async () => {
    const { dir, call, finish } = await setUp();
    const csv = path.join(dir, 'okta users.csv');
    fs.writeFileSync(csv, 'user,role\nada,admin\n');
    const big = randomFile(dir, 'recording.bin', 3 * 1024 * 1024 + 5);
    const { jobId } = await call<{ jobId: string }>('evidence.import', { paths: [csv, big.path], metadata: { controls: ['ACC-04'], coversFrom: '2026-04-01', coversTo: '2026-06-30', sourceSystem: 'Okta' } });
    const status = await finish(jobId);
    expect(status).toMatchObject({ state: 'succeeded', done: status.total });
    const result = status.result as EvidenceImportResult;
    expect(result.added.map((a) => [a.ref, a.fileName, a.status])).toEqual([
      ['EV-0001', 'okta users.csv', 'added'],
      ['EV-0002', 'recording.bin', 'added'],
    ]);

    const page = await call<EvidencePage>('evidence.list', { limit: 1 });
    expect(page).toMatchObject({ total: 2, offset: 0, totals: { items: 2, bytes: big.size + 20 } });
    expect(page.items).toHaveLength(1);
    expect(JSON.stringify(page)).not.toContain('ada,admin');
    expect((await call<EvidencePage>('evidence.list', { search: 'okta users' })).items.map((i) => i.ref)).toEqual(['EV-0001']);
    expect((await call<EvidencePage>('evidence.list', { controlRef: 'ACC-04' })).total).toBe(2);
    expect((await call<EvidencePage>('evidence.list', { method: 'screenshot' })).total).toBe(0);

    const detail = await call<EvidenceDetailView>('evidence.get', { ref: 'ev-0001' });
    expect(detail).toMatchObject({ fileName: 'okta users.csv', mediaType: 'text/csv', method: 'export', preview: 'text', controls: ['ACC-04'], sourceSystem: 'Okta' });
    expect(detail.suggestedNames[0]).toMatch(/^ACC-04_[a-z0-9-]+_okta_2026-Q2\.csv$/);

    const updated = await call<EvidenceDetailView>('evidence.update', { ref: 'EV-0001', patch: { description: 'Access review', redacted: true, fileName: detail.suggestedNames[0], criteria: ['CC6.2'] } });
    expect(updated).toMatchObject({ description: 'Access review', redacted: true, criteria: ['CC6.2'], fileName: detail.suggestedNames[0] });

    const read = await call<{ base64: string; eof: boolean; size: number }>('evidence.read', { ref: 'EV-0001', offset: 4, length: 100 });
    expect(Buffer.from(read.base64, 'base64').toString()).toBe(',role\nada,admin\n');
    expect(read.eof).toBe(true);

    const target = path.join(dir, 'exported.bin');
    const exported = await finish((await call<{ jobId: string }>('evidence.export', { ref: 'EV-0002', path: target })).jobId);
    expect(exported.state).toBe('succeeded');
    expect(sha256File(target)).toBe(big.sha256);

    expect(await call('evidence.remove', { ref: 'EV-0002' })).toEqual({ ref: 'EV-0002', bytesRemoved: true });
    expect((await call<EvidencePage>('evidence.list')).total).toBe(1);
    const log = await call<{ action: string; subject: string }[]>('activity.list', {});
    expect(log.slice(0, 4).map((e) => `${e.action} ${e.subject}`)).toEqual(['evidence.remove EV-0002', 'evidence.update EV-0001', 'evidence.add EV-0002', 'evidence.add EV-0001']);
  });

  it('refuses bad metadata with messages that say what to do', async () => {
    const { dir, call } = await setUp();
    const file = path.join(dir, 'a.txt');
    fs.writeFileSync(file, 'x');
    const refused = async (method: string, args: unknown) => {
      try {
        await call(method, args);
      } catch (error) {
        return `${(error as { code: string }).code}: ${(error as Error).message}`;
      }
      throw new Error(`${method} was accepted`);
    };
    expect(await refused('evidence.import', { paths: [] })).toMatch(/BAD_ARGUMENT: choose at least one file/);
    expect(await refused('evidence.import', { paths: ['relative/a.txt'] })).toMatch(/must be absolute/);
    expect(await refused('evidence.import', { paths: [file], metadata: { controls: ['ACC-99'] } })).toMatch(/ACC-99 is not a control of this engagement\. Adopt it/);
    expect(await refused('evidence.import', { paths: [file], metadata: { criteria: ['CC10.1'] } })).toMatch(/not a criterion ID/);
    expect(await refused('evidence.import', { paths: [file], metadata: { coversFrom: '2026-07-01', coversTo: '2026-06-30' } })).toMatch(/end date, on or after its start/);
    expect(await refused('evidence.import', { paths: [file], metadata: { capturedOn: '2026-02-30' } })).toMatch(/not a real calendar date/);
    expect(await refused('evidence.import', { paths: [file], metadata: { method: 'inquiry' } })).toMatch(/BAD_ARGUMENT/);
    expect(await refused('evidence.get', { ref: 'EV-0042' })).toMatch(/There is no evidence EV-0042/);
    expect(await refused('evidence.read', { ref: 'EV-0001', offset: 0, length: 64 * 1024 * 1024 })).toMatch(/BAD_ARGUMENT/);
  });

  it('takes browser uploads over HTTP (token required) and adds them by id', async () => {
    const { dir, host, call, finish } = await setUp();
    const staticDir = path.join(dir, 'static');
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
    running = await startWebServer({ host, staticDir, uploadDir: uploadsDir(dir) });
    const body = Buffer.alloc(2 * 1024 * 1024 + 3, 7);
    const post = (token: string | null, name: string) =>
      new Promise<{ status: number; json: { ok: boolean; value?: { uploadId: string; size: number }; error?: { code: string } } }>((resolve, reject) => {
        const request = http.request({ host: '127.0.0.1', port: running!.port, method: 'POST', path: `/upload?name=${encodeURIComponent(name)}&modified=${Date.parse('2026-05-01T10:00:00Z')}`, headers: token ? { Authorization: `Bearer ${token}` } : {} }, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) }));
        });
        request.on('error', reject);
        request.end(body);
      });
    expect((await post(null, 'a.png')).status).toBe(401);
    expect((await post(running.token, '../escape.png')).status).toBe(400);
    const uploaded = await post(running.token, 'Screenshot 2026-05-01 – Okta.png');
    expect(uploaded).toMatchObject({ status: 200, json: { ok: true, value: { size: body.length } } });
    const uploadId = uploaded.json.value!.uploadId;
    expect(fs.readdirSync(uploadsDir(dir))).toEqual([uploadId]);

    const { jobId } = await call<{ jobId: string }>('evidence.import', { uploads: [{ uploadId, fileName: 'Screenshot 2026-05-01 – Okta.png' }] });
    const status = await finish(jobId);
    expect((status.result as EvidenceImportResult).added).toMatchObject([{ fileName: 'Screenshot 2026-05-01 – Okta.png', status: 'added', size: body.length }]);
    expect(fs.readdirSync(uploadsDir(dir))).toEqual([]);
    expect(await call<EvidenceDetailView>('evidence.get', { ref: 'EV-0001' })).toMatchObject({ method: 'screenshot', preview: 'image', capturedOn: '2026-05-01' });
  });
});
