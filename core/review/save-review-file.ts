import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ApiError } from '../api/errors';
import { reviewFileSchema, serialiseReviewFile, type ReviewFile } from './review-format';

/**
 * Writes the review file atomically: the whole document goes to a temporary file beside the target,
 * is flushed to disk, then renamed over the target in one step. A crash at any moment leaves either
 * the previous complete file or the new complete file, never half of one. The document is validated
 * first, so the app never writes a file it would itself refuse to read.
 */
export function saveReviewFile(file: string, review: ReviewFile): void {
  const checked = reviewFileSchema.parse(review);
  const folder = path.dirname(file);
  const temporary = path.join(folder, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(temporary, 'wx', 0o644);
    try {
      fs.writeSync(fd, serialiseReviewFile(checked));
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new ApiError('BAD_ARGUMENT', `The review file could not be saved at ${file} (${reason}). Choose a folder you can write to with "Save review file as…"; your last saved version is unchanged.`);
  }
  syncFolder(folder);
}

/** Makes the rename itself durable where the platform allows it (directories cannot be opened on Windows). */
function syncFolder(folder: string): void {
  let fd: number | null = null;
  try {
    fd = fs.openSync(folder, 'r');
    fs.fsyncSync(fd);
  } catch {
    // Best effort: the file content is already durable; only the rename's durability is platform-dependent.
  } finally {
    if (fd !== null) fs.closeSync(fd);
  }
}
