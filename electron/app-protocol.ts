import fs from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-url';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/**
 * Must run before `app` is ready. `standard` gives app:// a real origin (so `'self'` in the CSP and
 * the IPC sender check mean "the app's own files"), `secure` lets the page use APIs reserved for
 * secure contexts, and fetch/CORS support lets Vite's `<script type="module" crossorigin>` load.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

// Module scripts are refused by Chromium unless served with a JavaScript MIME type, so the type must
// come from this table, never from sniffing.
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps an app:// URL to a file inside `rendererRoot`, or null when the URL is for another host or
 * would escape the folder (`..`, encoded separators, NUL). Only files under the built renderer are
 * ever served, whatever the page asks for.
 */
export function resolveAppAsset(requestUrl: string, rendererRoot: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;

  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\u0000')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';

  const root = path.resolve(rendererRoot);
  const resolved = path.resolve(root, `.${pathname}`);
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
  });
}

/** The request handler behind app://, separate from `protocol.handle` so it can be tested directly. */
export function createAppRequestHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method not allowed');
    const filePath = resolveAppAsset(request.url, rendererRoot);
    if (filePath === null) return plainResponse(404, 'Not found');
    let body: Buffer;
    try {
      body = await fs.readFile(filePath);
    } catch {
      return plainResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': mimeTypeFor(filePath),
        // Set here as well as by the session guard: custom-protocol responses do not always pass
        // through webRequest, and the page must never load without its policy.
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    });
  };
}

/** Serves the built renderer on app:// for the default session. Call once `app` is ready. */
export function serveAppProtocol(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
}
