import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ApiError } from '../api/errors';
import type { JobContext } from '../jobs/job-runner';
import type { VerificationReport } from '../verify/verification-report';
import { verifyWorkspaceFile } from '../verify/verify-workspace';

export interface PrivateReviewCopy {
  report: VerificationReport;
  /** The private folder holding the copy; removed when the review closes. */
  folder: string;
  copyPath: string;
}

type Job = Pick<JobContext, 'progress' | 'throwIfCancelled' | 'signal'>;

/**
 * The first half of "Open for review": the received file is only ever read, once, as a stream into a
 * private folder (only this user can read it); everything after that — verification, browsing — works
 * on the copy, so nothing can change the received file and the bytes verified are the bytes browsed.
 * Cancelling, or any failure, removes the private folder.
 */
export async function makeVerifiedReviewCopy(receivedPath: string, job: Job, options: { verifiedBy: string; now: () => Date }): Promise<PrivateReviewCopy> {
  let size: number;
  try {
    const stat = fs.statSync(receivedPath);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch {
    throw new ApiError('WORKSPACE_NOT_FOUND', `There is no workspace file at ${receivedPath}. It may have been moved or renamed; choose it again.`);
  }
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-review-'));
  fs.chmodSync(folder, 0o700);
  const copyPath = path.join(folder, path.basename(receivedPath));
  try {
    let copied = 0;
    const label = 'Making a private copy of the received file';
    job.progress(0, size, label);
    await pipeline(
      fs.createReadStream(receivedPath, { highWaterMark: 1024 * 1024 }),
      new Transform({
        transform(chunk: Buffer, _encoding, done) {
          copied += chunk.length;
          job.progress(copied, size, label);
          done(null, chunk);
        },
      }),
      fs.createWriteStream(copyPath, { flags: 'wx', mode: 0o600 }),
      { signal: job.signal },
    );
    job.throwIfCancelled();
    const report = await verifyWorkspaceFile(copyPath, job, options);
    // The report names the file the auditor received, not the private copy.
    return { report: { ...report, fileName: path.basename(receivedPath) }, folder, copyPath };
  } catch (error) {
    fs.rmSync(folder, { recursive: true, force: true });
    if (job.signal.aborted) throw new ApiError('CANCELLED', 'Cancelled. The received file was not changed.');
    throw error;
  }
}
