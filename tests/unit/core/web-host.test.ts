import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCoreHost } from '../../../core/host';
import { startWebServer, type RunningWebServer } from '../../../core/web-host/server';
import { tempDir } from '../helpers/temp';

let running: RunningWebServer | null = null;
afterEach(async () => {
  await running?.close();
  running = null;
});

async function start() {
  const dir = tempDir();
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the static folder');
  const host = createCoreHost({ mode: 'browser', dataDir: dir, settingsDir: path.join(dir, '.settings'), log: () => undefined });
  running = await startWebServer({ host, staticDir });
  return running;
}

/** Raw requests, so headers such as Host can be set exactly as an attacker would. */
function request(port: number, options: { method?: string; path: string; headers?: Record<string, string>; body?: string }): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode host', () => {
  it('listens on loopback and prints a URL carrying the token in its fragment', async () => {
    const server = await start();
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
  });

  it('refuses API calls without the right token (401) and answers with it', async () => {
    const server = await start();
    const post = (token?: string) =>
      request(server.port, { method: 'POST', path: '/api/host.info', headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) }, body: '{}' });
    expect((await post()).status).toBe(401);
    expect((await post('wrong-token')).status).toBe(401);
    expect((await post(`${server.token}x`)).status).toBe(401);
    const ok = await post(server.token);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { mode: 'browser' } });
  });

  it('rejects requests addressed to another host name (DNS rebinding)', async () => {
    const server = await start();
    const response = await request(server.port, { method: 'POST', path: '/api/host.info', headers: { Host: 'evil.example:80', Authorization: `Bearer ${server.token}` }, body: '{}' });
    expect(response.status).toBe(421);
  });

  it('serves the UI with a strict Content-Security-Policy and never files outside its folder', async () => {
    const server = await start();
    const index = await request(server.port, { path: '/' });
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt']) {
      const response = await request(server.port, { path: attempt });
      expect(response.body).not.toContain('outside the static folder');
    }
  });

  it('turns malformed and oversized bodies into error data', async () => {
    const server = await start();
    const headers = { Authorization: `Bearer ${server.token}` };
    const bad = await request(server.port, { method: 'POST', path: '/api/host.info', headers, body: '{not json' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    const unknown = await request(server.port, { method: 'POST', path: '/api/nothing.here', headers, body: '{}' });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const huge = await request(server.port, { method: 'POST', path: '/api/host.info', headers, body: 'x'.repeat(2 * 1024 * 1024) }).catch(() => ({ status: 413, body: '' }));
    expect(huge.status).toBe(413);
  });
});
