import fs from 'node:fs';
import path from 'node:path';

/**
 * Browser mode cannot tell the host where a dropped file lives, so the page uploads it first: the
 * HTTP host streams it into `<data folder>/.uploads/<id>` (core/web-host/upload-handler.ts) and
 * `evidence.import` then adds it by id and removes it. Ids are random UUIDs chosen by the host, and
 * are checked here, so a caller can never point the import at another file.
 */

export const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Uploads not imported within this time were abandoned (page closed mid-way) and are removed. */
const STALE_MS = 24 * 60 * 60 * 1000;

export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, '.uploads');
}

export function uploadPath(dataDir: string, uploadId: string): string {
  if (!UPLOAD_ID.test(uploadId)) throw new Error('not an upload id');
  return path.join(uploadsDir(dataDir), uploadId);
}

export function removeStaleUploads(dataDir: string, now = Date.now()): void {
  const dir = uploadsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > STALE_MS) fs.rmSync(file, { force: true });
    } catch {
      // Gone already, or not ours to remove: either way nothing to do.
    }
  }
}
