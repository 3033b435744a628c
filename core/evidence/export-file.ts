import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ApiError } from '../api/errors';
import { streamBlob } from './read-evidence';

/**
 * Writes an evidence item's original bytes to `target`, unchanged, streamed one chunk at a time. The
 * bytes go to a temporary file beside the target, are re-hashed on the way out and must match the
 * recorded SHA-256 before the file is moved into place; an existing file is never overwritten.
 */
export async function exportEvidence(db: Database.Database, item: { ref: string; sha256: string; size: number }, target: string, signal?: AbortSignal): Promise<{ path: string; size: number; sha256: string }> {
  if (fs.existsSync(target)) throw new ApiError('BAD_ARGUMENT', `${path.basename(target)} already exists there. Choose another name; existing files are never overwritten.`);
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(4).toString('hex')}.part`);
  let out: fs.promises.FileHandle;
  try {
    out = await fs.promises.open(temporary, 'wx');
  } catch (error) {
    throw new ApiError('BAD_ARGUMENT', `Cannot write to ${path.dirname(target)} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Choose a folder you can write to.`);
  }
  const hash = createHash('sha256');
  let size = 0;
  try {
    for await (const chunk of streamBlob(db, item.sha256)) {
      if (signal?.aborted) throw new ApiError('CANCELLED', 'Cancelled. No file was written.');
      const bytes = chunk as Buffer;
      hash.update(bytes);
      size += bytes.length;
      await out.write(bytes);
    }
    await out.sync();
    await out.close();
    const sha256 = hash.digest('hex');
    if (sha256 !== item.sha256 || size !== item.size) {
      throw new ApiError('WORKSPACE_CORRUPT', `The stored bytes of ${item.ref} no longer match the SHA-256 recorded when it was added, so it was not exported. Run "Verify" on the workspace.`);
    }
    fs.linkSync(temporary, target);
    return { path: target, size, sha256 };
  } catch (error) {
    await out.close().catch(() => undefined);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new ApiError('BAD_ARGUMENT', `${path.basename(target)} already exists there. Choose another name; existing files are never overwritten.`);
    throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}
