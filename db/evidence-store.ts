import type Database from 'better-sqlite3';

/**
 * The evidence chunk store (tables from migration 5): evidence bytes kept inside the workspace in
 * chunks of at most CHUNK_SIZE, content-addressed by SHA-256 once complete.
 *
 * Writing is two-phase. An import creates a 'staging' blob and appends chunks to it in short batches;
 * only `completeBlob`, run by the caller inside the transaction that also creates the evidence item,
 * makes the bytes visible. Anything still 'staging' is the remains of an import that was cancelled or
 * died with its process, and is deleted by `discardUnfinishedImports` (run when a workspace is opened
 * for writing). Reads go one chunk at a time by (blob, seq) and never hold a statement open between
 * chunks, so a slow reader never blocks other work on the connection.
 */

export const CHUNK_SIZE = 1024 * 1024;

export interface BlobRecord {
  id: number;
  sha256: string;
  size: number;
  chunkCount: number;
  createdAt: string;
}

export function createStagingBlob(db: Database.Database, now: string): number {
  return Number(db.prepare("INSERT INTO evidence_blob (state, created_at) VALUES ('staging', ?)").run(now).lastInsertRowid);
}

/** Appends chunks `firstSeq…` to a staging blob in one transaction (the caller batches them). */
export function appendChunks(db: Database.Database, blobId: number, firstSeq: number, chunks: readonly Buffer[]): void {
  const insert = db.prepare('INSERT INTO evidence_chunk (blob_id, seq, data) VALUES (?, ?, ?)');
  db.transaction(() => {
    chunks.forEach((chunk, index) => insert.run(blobId, firstSeq + index, chunk));
  }).immediate();
}

export function isStaging(db: Database.Database, blobId: number): boolean {
  return db.prepare("SELECT 1 FROM evidence_blob WHERE id = ? AND state = 'staging'").get(blobId) !== undefined;
}

export function findCompleteBlob(db: Database.Database, sha256: string): BlobRecord | undefined {
  return db
    .prepare("SELECT id, sha256, size, chunk_count AS chunkCount, created_at AS createdAt FROM evidence_blob WHERE sha256 = ? AND state = 'complete'")
    .get(sha256) as BlobRecord | undefined;
}

export function getBlob(db: Database.Database, blobId: number): BlobRecord | undefined {
  return db
    .prepare("SELECT id, sha256, size, chunk_count AS chunkCount, created_at AS createdAt FROM evidence_blob WHERE id = ? AND state = 'complete'")
    .get(blobId) as BlobRecord | undefined;
}

/** Makes a staging blob visible under its hash. Call inside the transaction that records the item. */
export function completeBlob(db: Database.Database, blobId: number, sha256: string, size: number, chunkCount: number): void {
  const changes = db
    .prepare("UPDATE evidence_blob SET state = 'complete', sha256 = ?, size = ?, chunk_count = ? WHERE id = ? AND state = 'staging'")
    .run(sha256, size, chunkCount, blobId).changes;
  if (changes !== 1) throw new Error(`staging blob ${blobId} is missing`);
}

/** Deletes a blob and its chunks (explicitly, so it holds whatever the foreign_keys setting). */
export function deleteBlob(db: Database.Database, blobId: number): void {
  db.prepare('DELETE FROM evidence_chunk WHERE blob_id = ?').run(blobId);
  db.prepare('DELETE FROM evidence_blob WHERE id = ?').run(blobId);
}

export function discardStagingBlob(db: Database.Database, blobId: number): void {
  db.transaction(() => {
    if (isStaging(db, blobId)) deleteBlob(db, blobId);
  }).immediate();
}

/** One chunk's bytes, or undefined past the end (or when the chunk is missing: callers check sizes). */
export function readChunk(db: Database.Database, blobId: number, seq: number): Buffer | undefined {
  const row = db.prepare('SELECT data FROM evidence_chunk WHERE blob_id = ? AND seq = ?').get(blobId, seq) as { data: Buffer } | undefined;
  return row?.data;
}

export function hasEvidenceStore(db: Database.Database): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'evidence_blob'").get() !== undefined;
}

/**
 * Removes what interrupted imports left behind. Run only when no import can be running on this
 * connection (at open), since a live import's staging blob looks exactly the same.
 */
export function discardUnfinishedImports(db: Database.Database): number {
  if (!hasEvidenceStore(db)) return 0;
  const staging = db.prepare("SELECT id FROM evidence_blob WHERE state = 'staging'").pluck().all() as number[];
  if (staging.length === 0) return 0;
  db.transaction(() => staging.forEach((id) => deleteBlob(db, id))).immediate();
  return staging.length;
}

/**
 * Deletes a blob no evidence item uses any more, unless a sealed version may include it: a seal keeps
 * the evidence metadata in its snapshot and reads the bytes from this store by hash, so bytes that
 * existed at any seal stay for that version's package to be rebuilt. Returns whether it was deleted.
 */
export function removeBlobIfUnused(db: Database.Database, blobId: number): boolean {
  const used = db.prepare('SELECT 1 FROM evidence_item WHERE blob_id = ?').get(blobId) !== undefined;
  if (used) return false;
  const blob = db.prepare('SELECT created_at AS createdAt FROM evidence_blob WHERE id = ?').get(blobId) as { createdAt: string } | undefined;
  if (!blob) return false;
  const hasSeals = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'seal'").get() !== undefined;
  if (hasSeals) {
    const lastSeal = db.prepare('SELECT max(sealed_at) FROM seal').pluck().get() as string | null;
    if (lastSeal !== null && blob.createdAt <= lastSeal) return false;
  }
  deleteBlob(db, blobId);
  return true;
}
