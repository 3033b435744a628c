import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { CoreHost } from '../host';
import { handleUpload } from './upload-handler';

/**
 * Browser mode: serves the built renderer and carries API calls over HTTP to the same core host the
 * desktop app uses. Loopback only; every API call must present the per-run token, and the Host header
 * must be the loopback address we bound (a page on another site cannot rebind its name onto us).
 */

export interface WebServerOptions {
  host: CoreHost;
  staticDir: string;
  port?: number;
  token?: string;
  /** Largest accepted request body; API arguments are small JSON. */
  maxBodyBytes?: number;
  /** Where `POST /upload` streams files (browser mode's evidence upload); uploads are refused without it. */
  uploadDir?: string;
}

export interface RunningWebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; frame-src blob:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  const maxBody = options.maxBodyBytes ?? 1024 * 1024;
  let allowedHost = '';

  const authorised = (request: http.IncomingMessage) => {
    const header = request.headers['authorization'] ?? '';
    const presented = Buffer.from(header.startsWith('Bearer ') ? header.slice(7) : '');
    return presented.length === tokenBytes.length && timingSafeEqual(presented, tokenBytes);
  };

  const server = http.createServer((request, response) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    if (request.headers.host !== allowedHost) return send(response, 421, 'text/plain', 'Misdirected request');
    const url = new URL(request.url ?? '/', `http://${allowedHost}`);
    if (url.pathname.startsWith('/api/')) return handleApi(request, response, url.pathname.slice(5));
    if (url.pathname === '/upload') return upload(request, response, url);
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', 'Method not allowed');
    return serveStatic(response, url.pathname);
  });

  function handleApi(request: http.IncomingMessage, response: http.ServerResponse, method: string) {
    if (request.method !== 'POST') return send(response, 405, 'text/plain', 'Method not allowed');
    if (!authorised(request)) {
      request.resume();
      return sendJson(response, 401, { ok: false, error: { code: 'UNAUTHORIZED', message: 'This page is not connected to the running app. Open the address the app printed when it started.' } });
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBody) {
        aborted = true;
        sendJson(response, 413, { ok: false, error: { code: 'BAD_ARGUMENT', message: 'The request was too large.' } });
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (aborted) return;
      let args: unknown;
      try {
        args = chunks.length === 0 ? {} : JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return sendJson(response, 400, { ok: false, error: { code: 'BAD_ARGUMENT', message: 'The request was not valid JSON.' } });
      }
      void options.host.call(decodeURIComponent(method), args).then((result) => sendJson(response, 200, result));
    });
  }

  function upload(request: http.IncomingMessage, response: http.ServerResponse, url: URL) {
    if (!authorised(request) || !options.uploadDir) {
      request.resume();
      return sendJson(response, options.uploadDir ? 401 : 404, { ok: false, error: { code: 'UNAUTHORIZED', message: 'This page is not connected to the running app. Open the address the app printed when it started.' } });
    }
    return handleUpload(request, response, url, options.uploadDir);
  }

  function serveStatic(response: http.ServerResponse, pathname: string) {
    const root = path.resolve(options.staticDir);
    let relative: string;
    try {
      relative = decodeURIComponent(pathname);
    } catch {
      return send(response, 400, 'text/plain', 'Bad path');
    }
    let filePath = path.resolve(root, `.${relative}`);
    if (filePath !== root && !filePath.startsWith(root + path.sep)) return send(response, 404, 'text/plain', 'Not found');
    if (relative === '/' || !fs.existsSync(filePath) || fs.statSync(filePath).isDirectory()) filePath = path.join(root, 'index.html');
    if (!fs.existsSync(filePath)) return send(response, 500, 'text/plain', 'The user interface has not been built. Run: npm run build');
    const type = CONTENT_TYPES[path.extname(filePath)] ?? 'application/octet-stream';
    response.writeHead(200, {
      'Content-Type': type,
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(filePath).pipe(response);
  }

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      if (!address || typeof address === 'string') return reject(new Error('server has no port'));
      allowedHost = `127.0.0.1:${address.port}`;
      resolve({
        url: `http://${allowedHost}/#token=${token}`,
        port: address.port,
        token,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

function send(response: http.ServerResponse, status: number, type: string, body: string) {
  response.writeHead(status, { 'Content-Type': type });
  response.end(body);
}

function sendJson(response: http.ServerResponse, status: number, body: unknown) {
  if (response.headersSent) return;
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}
