import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { listAllEvidence } from '../../../db/queries/evidence';

/** Writes `size` random bytes to `dir/name` (in 1 MiB pieces) and returns its path and SHA-256. */
export function randomFile(dir: string, name: string, size: number): { path: string; sha256: string; size: number } {
  const file = path.join(dir, name);
  const hash = createHash('sha256');
  const fd = fs.openSync(file, 'w');
  try {
    for (let written = 0; written < size; ) {
      const piece = randomBytes(Math.min(1024 * 1024, size - written));
      hash.update(piece);
      fs.writeSync(fd, piece);
      written += piece.length;
    }
  } finally {
    fs.closeSync(fd);
  }
  return { path: file, sha256: hash.digest('hex'), size };
}

export function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Re-hashes every evidence item from its chunks (in order, no gaps) and lists what the store holds:
 * the check the crash tests apply after every kill.
 */
export function storeState(db: Database.Database): { items: { ref: string; sha256: string; size: number; rehash: string; bytes: number }[]; staging: number; blobs: number; orphanChunks: number } {
  const items = listAllEvidence(db).map((item) => {
    const rows = db.prepare('SELECT seq, data FROM evidence_chunk WHERE blob_id = ? ORDER BY seq').all(item.blobId) as { seq: number; data: Buffer }[];
    const hash = createHash('sha256');
    let bytes = 0;
    rows.forEach((row, index) => {
      if (row.seq !== index) throw new Error(`${item.ref}: chunk ${index} missing`);
      hash.update(row.data);
      bytes += row.data.length;
    });
    return { ref: item.ref, sha256: item.sha256, size: item.size, rehash: hash.digest('hex'), bytes };
  });
  return {
    items,
    staging: db.prepare("SELECT count(*) FROM evidence_blob WHERE state = 'staging'").pluck().get() as number,
    blobs: db.prepare('SELECT count(*) FROM evidence_blob').pluck().get() as number,
    orphanChunks: db.prepare('SELECT count(*) FROM evidence_chunk WHERE blob_id NOT IN (SELECT id FROM evidence_blob)').pluck().get() as number,
  };
}
