import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/**
 * Browser mode's file upload: a page cannot tell the host where a dropped file lives, so it sends the
 * bytes. `POST /upload?name=<file name>[&modified=<ms since 1970>]` (with the API token) streams the body straight to disk under a
 * random id in the uploads folder, never holding it in memory and with no size limit, and answers
 * `{ ok: true, value: { uploadId, fileName, size } }`; the page then calls `evidence.import` with the
 * id. An interrupted upload leaves nothing behind.
 */
export function handleUpload(request: http.IncomingMessage, response: http.ServerResponse, url: URL, uploadDir: string): void {
  const reply = (status: number, body: unknown) => {
    if (response.headersSent) return;
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(JSON.stringify(body));
  };
  if (request.method !== 'POST') {
    request.resume();
    return reply(405, { ok: false, error: { code: 'BAD_ARGUMENT', message: 'Uploads are sent with POST.' } });
  }
  const fileName = (url.searchParams.get('name') ?? '').trim();
  if (fileName === '' || fileName.length > 255 || /[\\/]/.test(fileName) || [...fileName].some((c) => c.charCodeAt(0) < 0x20)) {
    request.resume();
    return reply(400, { ok: false, error: { code: 'BAD_ARGUMENT', message: 'The upload needs the file’s name (without folders), at most 255 characters.' } });
  }
  const uploadId = randomUUID();
  const partial = path.join(uploadDir, `${uploadId}.part`);
  fs.mkdirSync(uploadDir, { recursive: true });
  let size = 0;
  request.on('data', (chunk: Buffer) => (size += chunk.length));
  pipeline(request, fs.createWriteStream(partial, { flags: 'wx' })).then(
    () => {
      // The browser's record of when the file was last changed becomes the capture-date default.
      const modified = Number(url.searchParams.get('modified'));
      if (Number.isFinite(modified) && modified > 0) fs.utimesSync(partial, new Date(modified), new Date(modified));
      fs.renameSync(partial, path.join(uploadDir, uploadId));
      reply(200, { ok: true, value: { uploadId, fileName, size } });
    },
    (error: unknown) => {
      fs.rmSync(partial, { force: true });
      const code = (error as NodeJS.ErrnoException).code;
      const message = code === 'ENOSPC' ? 'The disk is full, so the file could not be received. Free some space, then add it again.' : 'The upload was interrupted before the whole file arrived. Add the file again.';
      reply(code === 'ENOSPC' ? 507 : 400, { ok: false, error: { code: 'BAD_ARGUMENT', message } });
    },
  );
}
