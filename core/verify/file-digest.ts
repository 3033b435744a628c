import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { JobContext } from '../jobs/job-runner';

/** SHA-256 of a file, streamed (never whole in memory), reporting bytes done and honouring cancel. */
export async function sha256OfFile(filePath: string, job: Pick<JobContext, 'progress' | 'throwIfCancelled'>, label: string): Promise<{ sha256: string; size: number }> {
  const size = fs.statSync(filePath).size;
  const hash = createHash('sha256');
  let done = 0;
  for await (const chunk of fs.createReadStream(filePath, { highWaterMark: 1024 * 1024 })) {
    job.throwIfCancelled();
    hash.update(chunk as Buffer);
    done += (chunk as Buffer).length;
    job.progress(done, size, label);
  }
  return { sha256: hash.digest('hex'), size };
}
