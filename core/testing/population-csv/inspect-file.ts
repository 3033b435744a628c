import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { PopulationEncoding } from '../../../db/queries/populations';
import { detectBom, Utf8Validator } from './text-encoding';

export interface FileFacts {
  bytes: number;
  sha256: string;
  /** The byte-order mark found at the start, if any. */
  bom: { encoding: PopulationEncoding; length: number } | null;
  /** Where the first byte that is not UTF-8 sits (null: the file is valid UTF-8, or UTF-16 by its BOM). */
  invalidUtf8: { offset: number; line: number } | null;
}

export const READ_CHUNK_BYTES = 256 * 1024;

/**
 * First pass over a population file: its SHA-256 and size (of the bytes as received, BOM included, so
 * anyone can check the hash with sha256sum), its byte-order mark, and whether it is valid UTF-8.
 * Streams in chunks: memory does not grow with the file.
 */
export async function inspectFile(filePath: string, options: { signal: AbortSignal; onBytes(done: number): void }): Promise<FileFacts> {
  const hash = createHash('sha256');
  const validator = new Utf8Validator();
  let bytes = 0;
  let newlines = 0;
  let bom: FileFacts['bom'] = null;
  let invalidUtf8: FileFacts['invalidUtf8'] = null;
  const stream = fs.createReadStream(filePath, { highWaterMark: READ_CHUNK_BYTES });
  try {
    for await (const raw of stream) {
      if (options.signal.aborted) break;
      const chunk = raw as Buffer;
      if (bytes === 0) bom = detectBom(chunk);
      hash.update(chunk);
      if (bom === null || bom.encoding === 'utf-8') {
        validator.push(chunk);
        if (invalidUtf8 === null && validator.invalidAt !== null) {
          const within = validator.invalidAt - bytes;
          invalidUtf8 = { offset: validator.invalidAt, line: newlines + countNewlines(chunk, within) + 1 };
        }
        if (invalidUtf8 === null) newlines += countNewlines(chunk, chunk.length);
      }
      bytes += chunk.length;
      options.onBytes(bytes);
    }
  } finally {
    stream.destroy();
  }
  if (invalidUtf8 === null && (bom === null || bom.encoding === 'utf-8')) {
    validator.end();
    if (validator.invalidAt !== null) invalidUtf8 = { offset: validator.invalidAt, line: newlines + 1 };
  }
  return { bytes, sha256: hash.digest('hex'), bom, invalidUtf8 };
}

function countNewlines(chunk: Uint8Array, end: number): number {
  let count = 0;
  for (let index = chunk.indexOf(0x0a); index !== -1 && index < end; index = chunk.indexOf(0x0a, index + 1)) count += 1;
  return count;
}
