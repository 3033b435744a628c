import { z } from 'zod';
import type { JobStatus } from '../types';

const jobId = z.object({ id: z.string().uuid() }).strict();

/** Long operations return `{ jobId }`; these two methods follow and cancel them. */
export const jobSchemas = {
  'job.get': jobId,
  'job.cancel': jobId,
} as const;

export interface JobResults {
  'job.get': JobStatus;
  'job.cancel': JobStatus;
}
