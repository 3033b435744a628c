import { createHash } from 'node:crypto';
import { appendChunks, CHUNK_SIZE, createStagingBlob } from '../../db/evidence-store';
import type { Workspace } from '../../db/workspace';
import type { EvidenceImportOutcome } from '../api/evidence-types';
import { finishImport, type ImportMetadata } from './import-file';
import { mediaTypeOf } from './media-type';

/**
 * Adds evidence whose bytes are already in memory (small generated files: the demo, tests). Same
 * chunking, hashing, de-duplication and final transaction as a file import, done synchronously.
 */
export function addEvidenceBytes(workspace: Workspace, fileName: string, bytes: Buffer, metadata: ImportMetadata, capturedOn: Date = new Date(workspace.now())): EvidenceImportOutcome {
  const db = workspace.db;
  const blobId = createStagingBlob(db, workspace.now());
  const chunks: Buffer[] = [];
  for (let offset = 0; offset < bytes.length; offset += CHUNK_SIZE) chunks.push(bytes.subarray(offset, offset + CHUNK_SIZE));
  appendChunks(db, blobId, 0, chunks);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return finishImport(workspace, { blobId, sha256, size: bytes.length, chunkCount: chunks.length, fileName, mediaType: mediaTypeOf(fileName, bytes.subarray(0, 16)), capturedFallback: capturedOn }, metadata);
}
