import type { ReviewPopulationView, ReviewStateView } from '../api/review-types';
import type { ActiveReview } from './review-session';

/** The review state as the screens see it: what was received and verified, and the review file's content. */
export function reviewStateView(active: ActiveReview, populations: ReviewPopulationView[] | null): ReviewStateView {
  const { report, state, record } = active;
  const failures = report.checks.flatMap((check) => check.failures);
  const doc = record?.document ?? null;
  return {
    receivedName: report.fileName,
    receivedPath: active.receivedPath,
    fileSha256: report.fileSha256,
    fileSizeBytes: report.fileSizeBytes,
    verifiedAt: report.verifiedAt,
    overall: report.overall,
    browsable: report.browsable,
    failedChecks: report.checks.filter((check) => check.status === 'failed').length,
    workspaceId: state?.workspaceId ?? null,
    organisationName: state?.organisationName ?? null,
    seal: state?.seal ?? null,
    activityHead: state?.activityHead ?? null,
    failing: {
      evidence: [...new Set(failures.filter((f) => f.item?.kind === 'evidence').map((f) => f.item!.ref))],
      logEntries: [...new Set(failures.filter((f) => f.item?.kind === 'log-entry').map((f) => Number(f.item!.ref)))].sort((a, b) => a - b),
    },
    review:
      record && doc
        ? { path: record.path, saved: record.saved, reviewId: doc.reviewId, reviewer: doc.reviewer, requests: doc.requests, notes: doc.notes, samples: doc.samples }
        : null,
    populations,
  };
}
