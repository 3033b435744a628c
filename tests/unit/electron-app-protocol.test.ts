import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const recorded = vi.hoisted(() => ({
  privileged: [] as unknown[],
  handled: [] as { scheme: string; handler: (request: Request) => Promise<Response> }[],
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) => recorded.handled.push({ scheme, handler }),
  },
}));

import { createAppRequestHandler, mimeTypeFor, registerAppScheme, resolveAppAsset, serveAppProtocol } from '../../electron/app-protocol';

let root: string;
let outside: string;

beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-app-protocol-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>SOC 2 Workbench</title>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  fs.writeFileSync(outside, 'not for the page');
});

afterAll(() => {
  fs.rmSync(path.dirname(root), { recursive: true, force: true });
});

describe('app:// protocol', () => {
  it('registers app:// as a standard, secure scheme before ready', () => {
    registerAppScheme();
    expect(recorded.privileged).toContainEqual({
      scheme: 'app',
      privileges: expect.objectContaining({ standard: true, secure: true }),
    });
  });

  it('serves index.html for the root with the strict CSP and an HTML type', async () => {
    const response = await createAppRequestHandler(root)(new Request('app://bundle/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('SOC 2 Workbench');
  });

  it('serves scripts with a JavaScript type so module scripts load', async () => {
    const response = await createAppRequestHandler(root)(new Request('app://bundle/assets/index-abc.js?v=1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(mimeTypeFor('x.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it.each([
    'app://bundle/..%2Fsecret.txt',
    'app://bundle/assets/..%2F..%2Fsecret.txt',
    'app://bundle/..%5Csecret.txt',
    'app://bundle/index.html%00.js',
    'app://bundle/%E0%A4%A',
    'app://elsewhere/index.html',
    'file:///etc/passwd',
  ])('refuses %s', async (url) => {
    expect(resolveAppAsset(url, root)).toBeNull();
  });

  it('keeps dot segments that the URL parser resolves inside the renderer folder', () => {
    for (const url of ['app://bundle/%2e%2e/secret.txt', 'app://bundle/../../secret.txt', 'app://bundle/assets/./../index.html']) {
      const resolved = resolveAppAsset(url, root);
      expect(resolved, url).not.toBeNull();
      expect(path.relative(root, resolved!).startsWith('..'), url).toBe(false);
    }
  });

  it('answers 404 for anything outside the renderer folder or missing, never the file', async () => {
    const handler = createAppRequestHandler(root);
    for (const url of ['app://bundle/..%2Fsecret.txt', 'app://bundle/%2e%2e/secret.txt', 'app://bundle/missing.js', 'app://bundle/assets/']) {
      const response = await handler(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('not for the page');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await createAppRequestHandler(root)(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('installs the handler for the app scheme', () => {
    serveAppProtocol(root);
    expect(recorded.handled.map((h) => h.scheme)).toEqual(['app']);
  });
});
