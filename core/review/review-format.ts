import { z } from 'zod';

/**
 * The review file (`*.soc2review`): what an auditor records while reviewing a received workspace —
 * requests (PBC items), review notes and their own samples — tied to the exact state of the workspace
 * it was made against. One small JSON document, easy to inspect and e-mail back; the client imports
 * it. The auditor never edits the client's workspace and the client never edits the review file, so
 * there is nothing to merge.
 */
export const REVIEW_FORMAT = 'soc2-workbench-review';
export const REVIEW_FORMAT_VERSION = 1;
export const REVIEW_EXTENSION = '.soc2review';
/** Far above any real review (thousands of requests and notes are a few MB). */
export const REVIEW_MAX_BYTES = 20 * 1024 * 1024;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 (64 lower-case hexadecimal characters)');
const timestamp = z.iso.datetime({ offset: true });
const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a real calendar date');

export const REVIEW_TARGET_KINDS = ['criterion', 'control', 'evidence', 'general'] as const;

export const reviewRequestSchema = z
  .object({
    id: z.uuid(),
    reference: z.string().max(100),
    request: z.string().trim().min(1).max(5000),
    dueDate: date.nullable(),
    createdAt: timestamp,
  })
  .strict();

export const reviewNoteSchema = z
  .object({
    id: z.uuid(),
    target: z.object({ kind: z.enum(REVIEW_TARGET_KINDS), ref: z.string().max(100) }).strict(),
    text: z.string().trim().min(1).max(10_000),
    createdAt: timestamp,
  })
  .strict();

export const reviewSampleSchema = z
  .object({
    id: z.uuid(),
    populationRef: z.string().min(1).max(100),
    populationSha256: sha256,
    seed: z.string().min(1).max(200),
    algorithm: z.string().min(1).max(100),
    size: z.number().int().min(1).max(100_000),
    rows: z.array(z.number().int().min(1)).max(100_000),
    drawnBy: z.string().min(1).max(400),
    drawnAt: timestamp,
  })
  .strict()
  .refine((s) => s.rows.length === s.size, 'a sample lists exactly `size` rows')
  .refine((s) => s.rows.every((row, i) => i === 0 || row > s.rows[i - 1]!), 'sample rows are listed once each, in ascending order');

export const reviewFileSchema = z
  .object({
    format: z.literal(REVIEW_FORMAT),
    formatVersion: z.literal(REVIEW_FORMAT_VERSION),
    reviewId: z.uuid(),
    workspace: z
      .object({
        workspaceId: z.string().min(1).max(200),
        fileSha256: sha256,
        sealVersion: z.number().int().min(1).nullable(),
        sealFingerprint: sha256.nullable(),
        activityHead: z.object({ seq: z.number().int().min(0), hash: sha256 }).strict(),
      })
      .strict(),
    reviewer: z.object({ name: z.string().trim().min(1).max(200), firm: z.string().trim().max(200) }).strict(),
    createdAt: timestamp,
    updatedAt: timestamp,
    requests: z.array(reviewRequestSchema).max(5000),
    notes: z.array(reviewNoteSchema).max(5000),
    samples: z.array(reviewSampleSchema).max(500),
  })
  .strict()
  .refine((file) => (file.workspace.sealVersion === null) === (file.workspace.sealFingerprint === null), 'a sealed version and its fingerprint are given together or not at all')
  .refine((file) => new Set([...file.requests, ...file.notes, ...file.samples].map((item) => item.id)).size === file.requests.length + file.notes.length + file.samples.length, 'every request, note and sample has its own id');

export type ReviewFile = z.infer<typeof reviewFileSchema>;
export type ReviewRequest = z.infer<typeof reviewRequestSchema>;
export type ReviewNote = z.infer<typeof reviewNoteSchema>;
export type ReviewSample = z.infer<typeof reviewSampleSchema>;
export type ReviewTargetKind = (typeof REVIEW_TARGET_KINDS)[number];

/** The exact text written: two-space indent and a final newline, so files diff cleanly. */
export function serialiseReviewFile(file: ReviewFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
