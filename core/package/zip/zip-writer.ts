import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { ZipFile } from 'yazl';

/** One entry of the ZIP: bytes already in memory, or a stream opened only when its turn comes. */
export type ZipEntry =
  | { path: string; kind: 'buffer'; content: Buffer }
  | { path: string; kind: 'stream'; size: number; sha256: string; open: () => Readable; label: string };

export interface ZipWriteOptions {
  /** The time stamped on every entry (the package's generation date), for reproducible bytes. */
  mtime: Date;
  signal?: AbortSignal;
  onProgress?: (bytesWritten: number) => void;
}

/** Regular file, rw-r--r--: fixed so the bytes do not depend on the machine's umask. */
const FILE_MODE = 0o100644;

/**
 * A ZIP's entries carry their time in MS-DOS format, which has no time zone: ZIP writers fill it from
 * the local clock. Writing the UTC wall time instead (and no extended timestamp) makes the bytes the
 * same on every machine, whatever its time zone.
 */
function dosTimeOf(date: Date): Date {
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds());
}

/** Passes bytes through while hashing them; fails the stream if they do not match the expected hash and size. */
function verifying(expectedSha256: string, expectedSize: number, label: string): Transform {
  const hash = createHash('sha256');
  let size = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      const actual = hash.digest('hex');
      if (actual !== expectedSha256 || size !== expectedSize) {
        done(new EvidenceMismatchError(`${label} no longer matches the SHA-256 recorded when it was added (the stored bytes differ). Run "verify" on the workspace to see which items are affected.`));
      } else {
        done();
      }
    },
  });
}

export class EvidenceMismatchError extends Error {}

/**
 * Writes the entries, in the given order, as a ZIP at `filePath`. Streams are read one at a time as
 * yazl reaches them, so memory does not grow with the evidence volume. Compression is used for the
 * generated text files; evidence is stored as is (it is often compressed already, and storing keeps
 * large packages fast). Resolves with the ZIP's size; on failure or cancel the partial file is removed.
 */
export function writeZip(filePath: string, entries: readonly ZipEntry[], options: ZipWriteOptions): Promise<number> {
  return new Promise((resolve, reject) => {
    const zip = new ZipFile();
    const mtime = dosTimeOf(options.mtime);
    const output = fs.createWriteStream(filePath);
    let written = 0;
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      output.destroy();
      fs.rmSync(filePath, { force: true });
      reject(error);
    };
    const onAbort = () => fail(options.signal?.reason ?? new Error('cancelled'));
    if (options.signal?.aborted) {
      onAbort();
      return;
    }
    options.signal?.addEventListener('abort', onAbort, { once: true });
    zip.on('error', fail);
    output.on('error', fail);
    // Counted on the way to the file, so back-pressure from the disk still slows the ZIP down.
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        options.onProgress?.(written);
        done(null, chunk);
      },
    });
    counter.on('error', fail);
    output.on('finish', () => {
      options.signal?.removeEventListener('abort', onAbort);
      if (settled) return;
      settled = true;
      resolve(written);
    });

    for (const entry of entries) {
      if (entry.kind === 'buffer') {
        zip.addBuffer(entry.content, entry.path, { mtime, mode: FILE_MODE, compress: true, forceDosTimestamp: true });
      } else {
        zip.addReadStreamLazy(entry.path, { mtime, mode: FILE_MODE, compress: false, forceDosTimestamp: true, size: entry.size }, (callback) => {
          try {
            const source = entry.open();
            const checked = verifying(entry.sha256, entry.size, entry.label);
            source.on('error', (error) => checked.destroy(error));
            checked.on('error', fail);
            callback(null, source.pipe(checked));
          } catch (error) {
            fail(error);
          }
        });
      }
    }
    zip.end();
    zip.outputStream.pipe(counter).pipe(output);
  });
}
