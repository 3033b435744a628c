import { createHash, randomBytes } from 'node:crypto';
import { appendChunks, CHUNK_SIZE, completeBlob, createStagingBlob } from '../../db/evidence-store';
import { insertEvidence } from '../../db/queries/evidence';
import type { Workspace } from '../../db/workspace';

/**
 * Fills a workspace with `count` evidence items adding up to about `totalBytes`: mostly small files
 * (exports, screenshots) and a few large ones (recordings, archives), written in large transactions
 * straight through the store (this is test data, not an import being measured).
 */
export function fillWithEvidence(workspace: Workspace, count: number, totalBytes: number, largeCount = 10): void {
  const largeSize = Math.floor(totalBytes / 2 / largeCount);
  const smallSize = Math.floor(totalBytes / 2 / (count - largeCount));
  const pool = randomBytes(CHUNK_SIZE + 64);
  const db = workspace.db;
  const now = workspace.now();
  const addOne = (index: number, size: number) => {
    const blobId = createStagingBlob(db, now);
    const hash = createHash('sha256');
    const chunks: Buffer[] = [];
    for (let offset = 0, seq = 0; offset < size; offset += CHUNK_SIZE, seq += 1) {
      const length = Math.min(CHUNK_SIZE, size - offset);
      const chunk = Buffer.from(pool.subarray(seq % 64, (seq % 64) + length));
      chunk.writeUInt32LE(index, 0);
      chunk.writeUInt32LE(seq, 4);
      hash.update(chunk);
      chunks.push(chunk);
      if (chunks.length === 16) appendChunks(db, blobId, seq - 15, chunks.splice(0));
    }
    if (chunks.length > 0) appendChunks(db, blobId, Math.ceil(size / CHUNK_SIZE) - chunks.length, chunks);
    completeBlob(db, blobId, hash.digest('hex'), size, Math.ceil(size / CHUNK_SIZE));
    const control = `ACC-${String((index % 12) + 1).padStart(2, '0')}`;
    insertEvidence(db, { blobId, fileName: `${control}_access-review_okta_${index}.csv`, mediaType: 'text/csv', createdBy: 'bench', description: `Generated item ${index}`, coversFrom: null, coversTo: '2026-06-30', capturedOn: '2026-07-01', sourceSystem: 'Okta', collector: 'bench', method: 'export', redacted: false, controls: [control], criteria: ['CC6.2'] }, now);
  };
  for (let start = 0; start < count; start += 500) {
    db.transaction(() => {
      for (let index = start; index < Math.min(count, start + 500); index += 1) addOne(index, index < largeCount ? largeSize : smallSize);
    }).immediate();
  }
}
