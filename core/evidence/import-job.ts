import fs from 'node:fs';
import type { Workspace } from '../../db/workspace';
import type { EvidenceImportResult } from '../api/evidence-types';
import { ApiError } from '../api/errors';
import type { JobContext } from '../jobs/job-runner';
import { importEvidenceFile, type ImportMetadata, type ImportSource } from './import-file';

export interface JobSource extends ImportSource {
  /** An uploaded temporary copy, removed once the import is over, whatever its outcome. */
  removeAfter?: boolean;
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/**
 * Adds several files, one after the other, as one job: progress in bytes across all of them, a cancel
 * that stops at the next chunk (files finished before it stay, the one in progress leaves nothing),
 * and a file that cannot be read reported without stopping the others.
 */
export async function runEvidenceImport(workspace: Workspace, sources: readonly JobSource[], metadata: ImportMetadata, job: Pick<JobContext, 'progress' | 'signal'>): Promise<EvidenceImportResult> {
  const sizes = sources.map((source) => {
    try {
      return fs.statSync(source.path).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const result: EvidenceImportResult = { added: [], failed: [] };
  let done = 0;
  try {
    for (const [index, source] of sources.entries()) {
      const label = `Adding ${index + 1} of ${sources.length}: ${source.fileName}`;
      job.progress(done, total, label);
      try {
        const outcome = await importEvidenceFile(workspace, source, metadata, {
          signal: job.signal,
          onProgress: (bytes) => job.progress(done + Math.min(bytes, sizes[index]!), total, `${label} (${formatMiB(bytes)} of ${formatMiB(sizes[index]!)})`),
        });
        result.added.push(outcome);
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'CANCELLED' || error.code === 'WORKSPACE_READ_ONLY')) throw error;
        if (!(error instanceof ApiError)) throw error;
        result.failed.push({ fileName: source.fileName, message: error.message });
      } finally {
        if (source.removeAfter) fs.rmSync(source.path, { force: true });
      }
      done += sizes[index]!;
    }
  } finally {
    for (const source of sources) if (source.removeAfter) fs.rmSync(source.path, { force: true });
  }
  job.progress(total, total, `Added ${result.added.length} of ${sources.length}`);
  return result;
}
