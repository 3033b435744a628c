import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { EvidenceSource } from '../package/data/evidence-source';
import type { ContentCheck } from './content-check';
import { verificationEvidenceSource } from './evidence-store-source';
import type { CheckFailure, CheckResult } from './verification-report';

const TITLE = 'Evidence file hashes';
const DESCRIPTION =
  'Every evidence file’s stored bytes are read back chunk by chunk and hashed again; each must give the SHA-256 and size recorded when the file was added, so no evidence was replaced or altered afterwards.';

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/**
 * Re-hashes every evidence item through the evidence store's own reader (the same one the package
 * uses), so the bytes checked are exactly the bytes the package would ship. Streams one chunk at a
 * time: memory stays flat whatever the evidence adds up to, progress is reported in bytes, and a
 * cancel takes effect between chunks. Each failing item is named, and the rest keep being checked.
 */
export function createEvidenceCheck(sourceFor: (db: Database.Database) => EvidenceSource): ContentCheck {
  return {
    id: 'evidence',
    async run(db, job): Promise<CheckResult> {
      const source = sourceFor(db);
      const items = source.list();
      if (items === null) {
        return { id: 'evidence', title: TITLE, description: DESCRIPTION, status: 'not-applicable', covered: 'this workspace has no evidence store', failures: [] };
      }
      if (items.length === 0) return { id: 'evidence', title: TITLE, description: DESCRIPTION, status: 'not-applicable', covered: 'no evidence has been added to this workspace', failures: [] };
      const total = items.reduce((sum, item) => sum + item.sizeBytes, 0);
      const failures: CheckFailure[] = [];
      let done = 0;
      for (const [index, item] of items.entries()) {
        job.throwIfCancelled();
        const label = `Re-hashing evidence ${index + 1} of ${items.length}: ${item.fileName}`;
        job.progress(done, total, label);
        const subject = `Evidence ${item.ref} (${item.fileName})`;
        const failure = (problem: string): CheckFailure => ({ subject, problem, item: { kind: 'evidence', ref: item.ref } });
        const hash = createHash('sha256');
        let size = 0;
        try {
          for await (const chunk of source.open(item)) {
            job.throwIfCancelled();
            const bytes = chunk as Buffer;
            hash.update(bytes);
            size += bytes.length;
            job.progress(done + Math.min(size, item.sizeBytes), total, label);
          }
        } catch (error) {
          if ((error as { code?: string }).code === 'CANCELLED') throw error;
          failures.push(failure(`its stored bytes cannot be read (${error instanceof Error ? error.message : String(error)})`));
          done += item.sizeBytes;
          continue;
        }
        done += item.sizeBytes;
        const digest = hash.digest('hex');
        if (size !== item.sizeBytes) failures.push(failure(`its stored bytes add up to ${size} bytes, not the ${item.sizeBytes} bytes recorded when it was added`));
        else if (digest !== item.sha256) failures.push(failure(`its stored bytes no longer match the SHA-256 recorded when it was added (recorded ${item.sha256}, found ${digest})`));
      }
      job.progress(total, total, 'Evidence re-hashed');
      return {
        id: 'evidence',
        title: TITLE,
        description: DESCRIPTION,
        status: failures.length === 0 ? 'passed' : 'failed',
        covered: `${items.length} evidence item${items.length === 1 ? '' : 's'}, ${formatBytes(total)}`,
        failures,
      };
    },
  };
}

export const evidenceCheck = createEvidenceCheck(verificationEvidenceSource);
