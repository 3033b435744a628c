import { createHash } from 'node:crypto';
import { activityHead } from '../../db/activity-log';
import { getMeta } from '../../db/queries/engagement';
import type { Workspace } from '../../db/workspace';
import { importReviewFile } from '../review/import-review';
import { REVIEW_FORMAT, REVIEW_FORMAT_VERSION, type ReviewFile } from '../review/review-format';
import { DEMO_PROFILE } from './demo-profile';

/**
 * The demo's auditor side: Harlow & Finch reviewed a copy of the workspace ahead of fieldwork and sent
 * back a review file with notes (their requests are already in the request list). It is imported
 * through the same function the app uses, so step 5 shows the notes and the workspace records the
 * activity-log head the auditor saw. Ids are fixed so the demo comes out the same every time.
 */
export function addDemoAuditorReview(workspace: Workspace): void {
  const now = workspace.now();
  const review: ReviewFile = {
    format: REVIEW_FORMAT,
    formatVersion: REVIEW_FORMAT_VERSION,
    reviewId: '5d1c2b7e-3f4a-4c8e-9b21-6a0d8e4f1c01',
    workspace: {
      workspaceId: workspace.read((db) => getMeta(db)['workspace_id'] ?? ''),
      // The auditor's copy was this workspace as it stood; its bytes are not available here, so the demo records a stand-in.
      fileSha256: createHash('sha256').update(`demo copy sent to ${DEMO_PROFILE.cpaFirm}`).digest('hex'),
      sealVersion: null,
      sealFingerprint: null,
      activityHead: workspace.read(activityHead),
    },
    reviewer: { name: 'Elena Marsh', firm: DEMO_PROFILE.cpaFirm },
    createdAt: now,
    updatedAt: now,
    requests: [],
    notes: [
      { id: '5d1c2b7e-3f4a-4c8e-9b21-6a0d8e4f1c11', target: { kind: 'general', ref: '' }, text: 'We read the draft ahead of planning. The scope and system description are complete enough for us to plan fieldwork for the weeks of 12 and 19 October.', createdAt: now },
      { id: '5d1c2b7e-3f4a-4c8e-9b21-6a0d8e4f1c12', target: { kind: 'criterion', ref: 'CC6.1' }, text: 'We will walk through single sign-on and the joiner–mover–leaver process in week one; please have the identity provider’s admin console available.', createdAt: now },
      { id: '5d1c2b7e-3f4a-4c8e-9b21-6a0d8e4f1c13', target: { kind: 'control', ref: 'ACC-06' }, text: 'The Q2 user access review export shows no reviewer sign-off. Bring the signed review, or show how approval was recorded in the ticket.', createdAt: now },
    ],
    samples: [],
  };
  importReviewFile(workspace, review, `${DEMO_PROFILE.organisationName} review.soc2review`);
}
