import { Readable } from 'node:stream';
import type Database from 'better-sqlite3';
import { CHUNK_SIZE, findCompleteBlob, readChunk } from '../../db/evidence-store';

/**
 * Reading stored evidence back: as a stream of chunks (export, package, verification) or as a bounded
 * range (the in-app viewer). One chunk is fetched per step with its own short query, so nothing holds
 * the connection between chunks and memory stays at one chunk whatever the file's size.
 */

export class MissingChunkError extends Error {}

/** The bytes stored under a SHA-256, in order. Errors if a chunk is missing or the store lacks the hash. */
export function streamBlob(db: Database.Database, sha256: string): Readable {
  async function* chunks(): AsyncGenerator<Buffer> {
    const blob = findCompleteBlob(db, sha256);
    if (!blob) throw new MissingChunkError(`no stored bytes have the SHA-256 ${sha256}`);
    for (let seq = 0; seq < blob.chunkCount; seq += 1) {
      const chunk = readChunk(db, blob.id, seq);
      if (!chunk) throw new MissingChunkError(`chunk ${seq + 1} of ${blob.chunkCount} is missing`);
      yield chunk;
      // Let other calls (progress, cancel, edits) in between chunks.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

/** Up to `length` bytes from `offset` (a range within the file; empty at or past the end). */
export function readBlobRange(db: Database.Database, blobId: number, size: number, offset: number, length: number): Buffer {
  const end = Math.min(size, offset + length);
  if (offset >= end) return Buffer.alloc(0);
  const parts: Buffer[] = [];
  for (let seq = Math.floor(offset / CHUNK_SIZE); seq * CHUNK_SIZE < end; seq += 1) {
    const chunk = readChunk(db, blobId, seq);
    if (!chunk) throw new MissingChunkError(`chunk ${seq + 1} is missing`);
    const start = seq * CHUNK_SIZE;
    parts.push(chunk.subarray(Math.max(0, offset - start), Math.min(chunk.length, end - start)));
  }
  return Buffer.concat(parts);
}
