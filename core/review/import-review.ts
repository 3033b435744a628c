import path from 'node:path';
import { verifyActivityChain } from '../../db/activity-log';
import { getMeta } from '../../db/queries/engagement';
import { insertAuditorAnchorIfNew } from '../../db/queries/auditor-anchors';
import { insertAuditorSample } from '../../db/queries/auditor-samples';
import { insertPbcRequest } from '../../db/queries/pbc-requests';
import { importedItemIds, insertReviewSourceIfNew, listReviewSources, recordImportedItem } from '../../db/queries/review-sources';
import { insertReviewNote } from '../../db/queries/review-notes';
import type { Workspace } from '../../db/workspace';
import { ApiError } from '../api/errors';
import type { ReviewImportResult } from '../api/review-types';
import { anchorProblems } from '../verify/anchor-check';
import { hasTable } from '../verify/content-check';
import type { ReviewFile } from './review-format';

/**
 * The client's side: brings an auditor's review file into the workspace. Requests join step 5's
 * request list (source "auditor"), notes and samples are kept as the auditor wrote them, and the
 * activity-log head the auditor saw is recorded as an outside anchor. Everything new lands in one
 * transaction with one activity-log entry; items already imported (by id) are skipped, so importing
 * the same file again changes nothing at all — not even the log.
 */
export function importReviewFile(workspace: Workspace, review: ReviewFile, fileName: string): ReviewImportResult {
  if (workspace.readOnly) throw new ApiError('WORKSPACE_READ_ONLY', 'This workspace is open read-only, so a review file cannot be imported into it. Open your own working copy of the workspace, then import the review file there.');
  if (!workspace.read((db) => hasTable(db, 'review_source'))) throw new ApiError('NOT_AVAILABLE', 'This workspace cannot hold review files yet. Open it in this version of the app to upgrade it, then import again.');
  const ownId = workspace.read((db) => getMeta(db)['workspace_id'] ?? '');
  if (review.workspace.workspaceId !== ownId) {
    throw new ApiError(
      'REVIEW_WRONG_WORKSPACE',
      `${fileName} was made against another workspace (ID ${review.workspace.workspaceId}), not this one (ID ${ownId}). Nothing was imported. Open the workspace the auditor reviewed, or ask the auditor which file they reviewed.`,
    );
  }

  const reviewer = `${review.reviewer.name}${review.reviewer.firm ? `, ${review.reviewer.firm}` : ''}`;
  const known = workspace.read(importedItemIds);
  const isNewSource = !workspace.read(listReviewSources).some((source) => source.reviewId === review.reviewId);
  const requests = review.requests.filter((item) => !known.has(item.id));
  const notes = review.notes.filter((item) => !known.has(item.id));
  const samples = review.samples.filter((item) => !known.has(item.id));
  const anchorKnown = workspace.read((db) => db.prepare('SELECT 1 FROM auditor_anchor WHERE seq = ? AND hash = ?').get(review.workspace.activityHead.seq, review.workspace.activityHead.hash) !== undefined);
  const anchor = review.workspace.activityHead;

  const changes = isNewSource || requests.length + notes.length + samples.length > 0 || !anchorKnown;
  if (changes) {
    const now = workspace.now();
    workspace.write(
      {
        action: 'review.import',
        subject: `review by ${reviewer}`,
        details: { reviewId: review.reviewId, file: fileName, requests: requests.length, notes: notes.length, samples: samples.length, anchor },
      },
      (db) => {
        insertReviewSourceIfNew(db, {
          reviewId: review.reviewId,
          reviewerName: review.reviewer.name,
          reviewerFirm: review.reviewer.firm,
          madeAgainstSha256: review.workspace.fileSha256,
          sealVersion: review.workspace.sealVersion,
          sealFingerprint: review.workspace.sealFingerprint,
          activitySeq: anchor.seq,
          activityHash: anchor.hash,
          importedAt: now,
        });
        for (const request of requests) {
          insertPbcRequest(
            db,
            { reference: request.reference, request: request.request, status: 'open', owner: '', dueDate: request.dueDate, linkedEvidence: [], notes: `Requested by ${reviewer} on ${request.createdAt.slice(0, 10)} (review file).`, source: 'auditor' },
            now,
          );
          recordImportedItem(db, { itemId: request.id, reviewId: review.reviewId, kind: 'request', importedAt: now });
        }
        for (const note of notes) {
          insertReviewNote(db, { noteId: note.id, reviewId: review.reviewId, targetKind: note.target.kind, targetRef: note.target.ref, text: note.text, author: review.reviewer.name, firm: review.reviewer.firm, createdAt: note.createdAt, importedAt: now });
          recordImportedItem(db, { itemId: note.id, reviewId: review.reviewId, kind: 'note', importedAt: now });
        }
        for (const sample of samples) {
          insertAuditorSample(db, { sampleId: sample.id, reviewId: review.reviewId, populationRef: sample.populationRef, populationSha256: sample.populationSha256, seed: sample.seed, algorithm: sample.algorithm, size: sample.size, rows: sample.rows, drawnBy: sample.drawnBy, drawnAt: sample.drawnAt, importedAt: now });
          recordImportedItem(db, { itemId: sample.id, reviewId: review.reviewId, kind: 'sample', importedAt: now });
        }
        insertAuditorAnchorIfNew(db, { seq: anchor.seq, hash: anchor.hash, recordedAt: now, source: `review by ${reviewer}`, reviewId: review.reviewId });
      },
    );
  }

  // Said at once, not only at the next verification: whether this workspace's log extends what the auditor saw.
  const problems = workspace.read((db) => anchorProblems(db, anchor, verifyActivityChain(db).problems));
  return {
    fileName: path.basename(fileName),
    reviewer,
    added: { requests: requests.length, notes: notes.length, samples: samples.length },
    alreadyImported: review.requests.length + review.notes.length + review.samples.length - requests.length - notes.length - samples.length,
    changed: changes,
    anchor: { seq: anchor.seq, hash: anchor.hash, extends: problems.length === 0, problems },
  };
}
