import { randomUUID } from 'node:crypto';
import type { ReviewFile } from '../../../core/review/review-format';
import { newReviewFile } from '../../../core/review/review-record';

export const NOW = '2026-11-27T10:00:00.000Z';

/** A valid review file with one request and one note, against workspace "ws-1" unless overridden. */
export function sampleReview(overrides: Partial<ReviewFile> = {}): ReviewFile {
  return {
    ...newReviewFile({
      state: { workspaceId: 'ws-1', organisationName: 'Acme', seal: null, activityHead: { seq: 4, hash: 'b'.repeat(64) } },
      fileSha256: 'c'.repeat(64),
      reviewer: { name: 'Dana Auditor', firm: 'Ledger & Co' },
      now: NOW,
    }),
    requests: [{ id: randomUUID(), reference: 'R-1', request: 'Q3 access review evidence', dueDate: '2026-12-15', createdAt: NOW }],
    notes: [{ id: randomUUID(), target: { kind: 'control', ref: 'AC-01' }, text: 'Reviewer sign-off missing.', createdAt: NOW }],
    ...overrides,
  };
}

