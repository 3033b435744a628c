import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type Database from 'better-sqlite3';
import { appendChunks, CHUNK_SIZE, completeBlob, createStagingBlob, deleteBlob, discardStagingBlob, findCompleteBlob } from '../../db/evidence-store';
import { addEvidenceLinks, evidenceRef, findEvidenceByBlob, insertEvidence, type EvidenceMetadata } from '../../db/queries/evidence';
import type { Workspace } from '../../db/workspace';
import type { EvidenceImportOutcome } from '../api/evidence-types';
import { ApiError } from '../api/errors';
import { guessMethod, mediaTypeOf } from './media-type';

export interface ImportSource {
  /** Where the bytes are read from. */
  path: string;
  /** The name recorded for the evidence (an upload's original name, or the file's own). */
  fileName: string;
}

export type ImportMetadata = Partial<EvidenceMetadata>;

export interface ImportOptions {
  signal?: AbortSignal;
  /** Bytes of this file read so far; called after every chunk. */
  onProgress?: (bytes: number, size: number) => void;
  /** Chunks are committed in batches of about this many bytes (memory held at most ~2×). */
  batchBytes?: number;
}

const DEFAULT_BATCH_BYTES = 16 * CHUNK_SIZE;

function cancelled(): ApiError {
  return new ApiError('CANCELLED', 'Cancelled. The file being added when you cancelled was not added.');
}

function fileProblem(fileName: string, error: unknown): ApiError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ApiError('BAD_ARGUMENT', `${fileName} was not found: it may have been moved, renamed or deleted. Choose it again.`);
  if (code === 'EISDIR') return new ApiError('BAD_ARGUMENT', `${fileName} is a folder. Add the files inside it instead.`);
  if (code === 'EACCES' || code === 'EPERM') return new ApiError('BAD_ARGUMENT', `${fileName} cannot be read (permission denied). Copy it somewhere you can read, then add the copy.`);
  return new ApiError('BAD_ARGUMENT', `${fileName} could not be read (${code ?? 'read error'}). Check the file, then add it again.`);
}

/** The connection for staging writes, refusing once the workspace has been closed or is read-only. */
function writableDb(workspace: Workspace): Database.Database {
  if (!workspace.isOpen) throw new ApiError('CANCELLED', 'The workspace was closed while evidence was being added; the unfinished file was not added.');
  if (workspace.readOnly) throw new ApiError('WORKSPACE_READ_ONLY', 'This workspace is open read-only, so evidence cannot be added. Copy it to a folder you can write to, then open the copy.');
  return workspace.db;
}

/**
 * Adds one file as evidence. The file is read in 1 MiB chunks, each hashed and written to a staging
 * blob as it arrives (committed in batches, so memory stays bounded and other edits are never held
 * up); the evidence item appears only in the final transaction. A cancel, a read error, a file that
 * changes while being read or a crash leaves no item behind: the staging blob is discarded here, or
 * at the next open after a crash. The same bytes added again are stored once: the existing item gains
 * the new links and is reported as a duplicate.
 */
export async function importEvidenceFile(workspace: Workspace, source: ImportSource, metadata: ImportMetadata, options: ImportOptions = {}): Promise<EvidenceImportOutcome> {
  const batchLimit = options.batchBytes ?? DEFAULT_BATCH_BYTES;
  if (options.signal?.aborted) throw cancelled();
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(source.path, 'r');
  } catch (error) {
    throw fileProblem(source.fileName, error);
  }
  let blobId: number | null = null;
  let pending: Promise<Buffer> | null = null;
  try {
    const before = await handle.stat().catch((error: unknown) => {
      throw fileProblem(source.fileName, error);
    });
    if (!before.isFile()) throw new ApiError('BAD_ARGUMENT', `${source.fileName} is not a regular file. Add ordinary files only.`);
    blobId = createStagingBlob(writableDb(workspace), workspace.now());

    let position = 0;
    // One read is always in flight, so the disk works while the previous chunk is hashed and stored.
    const readNext = async (): Promise<Buffer> => {
      const buffer = Buffer.allocUnsafe(CHUNK_SIZE);
      let filled = 0;
      while (filled < CHUNK_SIZE) {
        const { bytesRead } = await handle.read(buffer, filled, CHUNK_SIZE - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      position += filled;
      return filled === CHUNK_SIZE ? buffer : buffer.subarray(0, filled);
    };

    const hash = createHash('sha256');
    let firstBytes = Buffer.alloc(0);
    let size = 0;
    let seq = 0;
    let batch: Buffer[] = [];
    let batchBytes = 0;
    const flush = () => {
      if (batch.length === 0) return;
      appendChunks(writableDb(workspace), blobId!, seq - batch.length, batch);
      batch = [];
      batchBytes = 0;
    };

    let next: Promise<Buffer> = readNext();
    pending = next;
    for (;;) {
      const chunk: Buffer = await next.catch((error: unknown) => {
        throw fileProblem(source.fileName, error);
      });
      pending = null;
      if (options.signal?.aborted) throw cancelled();
      if (chunk.length === 0) break;
      const full = chunk.length === CHUNK_SIZE;
      if (full) {
        next = readNext();
        pending = next;
      }
      if (seq === 0) firstBytes = Buffer.from(chunk.subarray(0, 16));
      hash.update(chunk);
      batch.push(chunk);
      batchBytes += chunk.length;
      size += chunk.length;
      seq += 1;
      if (batchBytes >= batchLimit) flush();
      options.onProgress?.(size, before.size);
      if (!full) break;
    }
    flush();

    const after = await handle.stat();
    if (size !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
      throw new ApiError('BAD_ARGUMENT', `${source.fileName} changed while it was being added (another program was writing to it). Wait until it is finished, then add it again.`);
    }
    const sha256 = hash.digest('hex');
    const mediaType = mediaTypeOf(source.fileName, firstBytes);
    return finishImport(workspace, { blobId, sha256, size, chunkCount: seq, fileName: source.fileName, mediaType, capturedFallback: before.mtime }, metadata);
  } catch (error) {
    if (pending) await pending.catch(() => undefined);
    if (blobId !== null && workspace.isOpen && !workspace.readOnly) {
      try {
        discardStagingBlob(workspace.db, blobId);
      } catch {
        // Left for the clean-up at the next open; the item was never created.
      }
    }
    throw error;
  } finally {
    await handle.close().catch(() => undefined);
  }
}

export interface StoredBlob {
  blobId: number;
  sha256: string;
  size: number;
  chunkCount: number;
  fileName: string;
  mediaType: string;
  capturedFallback: Date;
}

/** The one transaction that makes the evidence exist (or links the existing copy), with its log entry. */
export function finishImport(workspace: Workspace, stored: StoredBlob, metadata: ImportMetadata): EvidenceImportOutcome {
  const controls = metadata.controls ?? [];
  const criteria = metadata.criteria ?? [];
  // The subject (the new EV number) is only known inside the transaction; the entry is written after
  // the change, so it is filled in there.
  const activity = { action: 'evidence.add', subject: 'evidence', details: {} as Record<string, unknown> };
  return workspace.write(activity, (db) => {
    const existing = findCompleteBlob(db, stored.sha256);
    let blobId = stored.blobId;
    if (existing) {
      deleteBlob(db, stored.blobId);
      blobId = existing.id;
      const item = findEvidenceByBlob(db, existing.id);
      if (item) {
        const added = addEvidenceLinks(db, item.id, controls, criteria);
        activity.action = 'evidence.addDuplicate';
        activity.subject = item.ref;
        activity.details = { fileName: stored.fileName, sha256: stored.sha256, linksAdded: added, controls, criteria };
        return { fileName: stored.fileName, ref: item.ref, status: 'duplicate', size: stored.size, sha256: stored.sha256 };
      }
    } else {
      completeBlob(db, stored.blobId, stored.sha256, stored.size, stored.chunkCount);
    }
    const id = insertEvidence(
      db,
      {
        blobId,
        fileName: stored.fileName,
        mediaType: stored.mediaType,
        createdBy: workspace.actor,
        description: metadata.description ?? '',
        coversFrom: metadata.coversFrom ?? null,
        coversTo: metadata.coversTo ?? null,
        capturedOn: metadata.capturedOn ?? stored.capturedFallback.toISOString().slice(0, 10),
        sourceSystem: metadata.sourceSystem ?? '',
        collector: metadata.collector ?? workspace.actor,
        method: metadata.method === undefined ? guessMethod(stored.mediaType) : metadata.method,
        redacted: metadata.redacted ?? false,
        controls,
        criteria,
      },
      workspace.now(),
    );
    const ref = evidenceRef(id);
    activity.subject = ref;
    activity.details = { fileName: stored.fileName, size: stored.size, sha256: stored.sha256, controls, criteria };
    return { fileName: stored.fileName, ref, status: 'added', size: stored.size, sha256: stored.sha256 };
  });
}
