import fs from 'node:fs';
import path from 'node:path';
import { listAuditorAnchors } from '../../../db/queries/auditor-anchors';
import { listAuditorSamples } from '../../../db/queries/auditor-samples';
import { listReviewNotes } from '../../../db/queries/review-notes';
import { listReviewSources } from '../../../db/queries/review-sources';
import type { Workspace } from '../../../db/workspace';
import { importReviewFile } from '../../review/import-review';
import { makeVerifiedReviewCopy } from '../../review/open-for-review';
import { readReviewedState } from '../../review/review-facts';
import { reviewPopulations } from '../../review/review-populations';
import { defaultReviewPath, listReviewFiles } from '../../review/review-paths';
import { newReviewFile, ReviewRecord } from '../../review/review-record';
import { ReviewSession } from '../../review/review-session';
import { reviewStateView } from '../../review/review-view';
import { readReviewFile } from '../../review/read-review-file';
import { drawSample } from '../../testing/draw-sample';
import { hasTable } from '../../verify/content-check';
import { verificationEvidenceSource } from '../../verify/evidence-store-source';
import { defaultReportPath, renderVerificationReportPdf } from '../../verify/report-pdf';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { ReviewPopulationView } from '../review-types';
import type { ReviewResults } from '../schemas/review';
import type { HandlerContext } from './context';
import { summarise } from './workspace';

type ReviewMethods = keyof ReviewResults;

function populationsOf(workspace: Workspace | null): ReviewPopulationView[] | null {
  if (!workspace) return null;
  return workspace.read(reviewPopulations);
}

/**
 * The auditor's side — open a received workspace for review (private copy, verification, read-only
 * browsing), the verification report and its PDF, the review file — and the client's import of a
 * review file. Review state lives in this host, like the open workspace: one review at a time.
 */
export function reviewHandlers({ session, jobs, host }: HandlerContext): Pick<ApiHandlers, ReviewMethods> {
  const reviews = new ReviewSession();
  const open = () => (session.hasWorkspace ? session.workspace : null);
  const view = () => {
    const active = reviews.require(open());
    return reviewStateView(active, populationsOf(active.workspace));
  };
  const now = () => new Date().toISOString();

  return {
    'review.open': ({ path: requested }) => {
      const receivedPath = path.resolve(requested);
      jobs.cancelAll();
      session.close();
      reviews.end();
      return {
        jobId: jobs.start('review.open', async (job) => {
          const copy = await makeVerifiedReviewCopy(receivedPath, job, { verifiedBy: host.user, now: () => new Date() });
          if (!copy.report.browsable) {
            fs.rmSync(copy.folder, { recursive: true, force: true });
            reviews.begin({ receivedPath, report: copy.report, workspace: null, state: null, record: null }, null);
            return { browsable: false, summary: null };
          }
          job.throwIfCancelled();
          let workspace: Workspace;
          try {
            workspace = session.open(copy.copyPath, true, () => reviews.end(copy.folder));
          } catch (error) {
            fs.rmSync(copy.folder, { recursive: true, force: true });
            throw error;
          }
          const state = workspace.read(readReviewedState);
          const document = newReviewFile({ state, fileSha256: copy.report.fileSha256, reviewer: { name: host.user, firm: '' }, now: now() });
          const record = new ReviewRecord(document, defaultReviewPath(receivedPath, host.dataDir), false, now);
          reviews.begin({ receivedPath, report: copy.report, workspace, state, record }, copy.folder);
          return { browsable: true, summary: summarise(workspace) };
        }),
      };
    },

    'review.current': () => {
      const active = reviews.current(open());
      return active ? reviewStateView(active, populationsOf(active.workspace)) : null;
    },

    'review.report': () => reviews.require(open()).report,

    'review.exportReport': async ({ outPath }) => {
      const active = reviews.require(open());
      const folder = path.dirname(active.record?.path ?? defaultReviewPath(active.receivedPath, host.dataDir));
      const target = outPath ?? defaultReportPath(folder, active.report.fileName);
      const context = {
        organisationName: active.state?.organisationName ?? null,
        workspaceId: active.state?.workspaceId ?? null,
        seal: active.state?.seal ?? null,
        activityHead: active.state?.activityHead ?? null,
      };
      try {
        const written = await renderVerificationReportPdf(active.report, context, target);
        return { path: target, ...written };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code) throw new ApiError('BAD_ARGUMENT', `The report could not be written to ${target} (${code}). Choose a folder you can write to.`);
        throw error;
      }
    },

    'review.evidence': () => {
      const active = reviews.require(open());
      if (!active.workspace) return null;
      const items = active.workspace.read((db) => verificationEvidenceSource(db).list());
      if (items === null) return null;
      const failing = new Set(reviewStateView(active, null).failing.evidence);
      return items.map((item) => ({ ref: item.ref, fileName: item.fileName, controls: item.controls, criteria: item.criteria, sha256: item.sha256, sizeBytes: item.sizeBytes, verified: !failing.has(item.ref) }));
    },

    'review.setReviewer': (reviewer) => {
      reviews.requireRecord(open()).setReviewer(reviewer);
      return view();
    },

    'review.addRequest': (request) => {
      reviews.requireRecord(open()).addRequest(request);
      return view();
    },

    'review.addNote': (note) => {
      reviews.requireRecord(open()).addNote(note);
      return view();
    },

    'review.drawSample': ({ populationRef, size, seed }) => {
      const active = reviews.require(open());
      const record = reviews.requireRecord(open());
      const population = populationsOf(active.workspace)?.find((p) => p.ref === populationRef);
      if (!population) throw new ApiError('BAD_ARGUMENT', `There is no population ${populationRef} in the reviewed workspace. Choose one from the list of populations.`);
      // The same draw (and seed rules) as the client's internal readiness testing, so both speak of samples alike.
      const drawn = drawSample(population.rowCount, size, seed);
      const { name, firm } = record.document.reviewer;
      record.addSample({ populationRef, populationSha256: population.sha256, seed: drawn.seed, algorithm: drawn.algorithm, size, rows: drawn.rows, drawnBy: `${name}${firm ? ` (${firm})` : ''}, auditor` });
      return view();
    },

    'review.removeItem': ({ id }) => {
      reviews.requireRecord(open()).removeItem(id);
      return view();
    },

    'review.save': ({ path: target }) => {
      reviews.requireRecord(open()).saveAs(path.resolve(target));
      return view();
    },

    'review.close': () => {
      jobs.cancelAll();
      const active = reviews.current(open());
      if (active?.workspace) session.close();
      reviews.end();
      return null;
    },

    'review.listFiles': () => {
      const folder = host.dataDir ?? (session.hasWorkspace ? path.dirname(session.workspace.filePath) : null);
      return { folder, files: listReviewFiles(folder) };
    },

    'review.import': ({ path: reviewPath }) => {
      const workspace = session.workspace;
      if (reviews.current(workspace)) throw new ApiError('WORKSPACE_READ_ONLY', 'A received file open for review cannot import review files. Open your own workspace to import the auditor’s review file.');
      return importReviewFile(workspace, readReviewFile(reviewPath), reviewPath);
    },

    'review.imported': () => {
      const workspace = session.workspace;
      if (!workspace.read((db) => hasTable(db, 'review_source'))) return null;
      return workspace.read((db) => ({
        reviews: listReviewSources(db).map((s) => ({ reviewId: s.reviewId, reviewer: `${s.reviewerName}${s.reviewerFirm ? `, ${s.reviewerFirm}` : ''}`, madeAgainstSha256: s.madeAgainstSha256, sealVersion: s.sealVersion, importedAt: s.importedAt })),
        notes: listReviewNotes(db).map((n) => ({ id: n.id, target: { kind: n.targetKind, ref: n.targetRef }, text: n.text, author: n.author, firm: n.firm, createdAt: n.createdAt })),
        samples: listAuditorSamples(db).map((s) => ({ id: s.id, populationRef: s.populationRef, populationSha256: s.populationSha256, seed: s.seed, algorithm: s.algorithm, size: s.size, rows: s.rows, drawnBy: s.drawnBy, drawnAt: s.drawnAt })),
        anchors: listAuditorAnchors(db).map((a) => ({ seq: a.seq, hash: a.hash, recordedAt: a.recordedAt, source: a.source })),
      }));
    },
  };
}
