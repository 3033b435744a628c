import path from 'node:path';
import { verifyActivityChain } from '../../../db/activity-log';
import { openWorkspace } from '../../../db/open-workspace';
import { getMeta } from '../../../db/queries/engagement';
import { ApiError } from '../../api/errors';
import { defaultActor } from '../../host';
import { readReviewFile } from '../../review/read-review-file';
import type { ReviewFile } from '../../review/review-format';
import { anchorProblems } from '../../verify/anchor-check';
import type { CheckResult } from '../../verify/verification-report';
import { verifyWorkspaceFile } from '../../verify/verify-workspace';
import { EXIT, type CliIo } from '../cli-io';

const MARK: Record<CheckResult['status'], string> = { passed: 'ok  ', failed: 'FAIL', 'not-applicable': 'n/a ' };
const silentJob = { progress: () => undefined, throwIfCancelled: () => undefined };

/**
 * `verify <workspace.soc2>`: the same verification as "Open for review" (file, schema, integrity,
 * activity-log chain, outside anchor, evidence hashes, seals), read-only. Exit 0 when every check
 * passes, 1 with each failure listed, 2 when the file is not a workspace this app can read at all.
 */
export async function runVerifyWorkspace(file: string, json: boolean, io: CliIo): Promise<number> {
  const report = await verifyWorkspaceFile(path.resolve(file), silentJob, { verifiedBy: defaultActor(), now: () => new Date() });
  const unreadable = report.checks[0]?.id === 'file' && report.checks[0].status === 'failed';
  if (json) io.out(JSON.stringify(report, null, 2));
  else {
    io.out(`Workspace  ${path.resolve(file)}`);
    io.out(`SHA-256    ${report.fileSha256}  (${report.fileSizeBytes} bytes)`);
    for (const check of report.checks) {
      io.out(`  ${MARK[check.status]}  ${check.title} — ${check.covered}`);
      const shown = check.failures.slice(0, 50);
      for (const failure of shown) io.out(`        ${failure.subject}: ${failure.problem}`);
      if (check.failures.length > shown.length) io.out(`        … and ${check.failures.length - shown.length} more`);
    }
    const failed = report.checks.filter((check) => check.status === 'failed').length;
    io.out(failed === 0 ? 'Result     everything holds' : `Result     ${failed} check${failed === 1 ? '' : 's'} failed${report.browsable ? '' : ' (the content could not be examined)'}`);
  }
  if (unreadable) {
    io.err(`unreadable: ${report.checks[0]!.failures[0]?.problem ?? 'not a workspace'}`);
    return EXIT.usage;
  }
  return report.overall === 'passed' ? EXIT.ok : EXIT.checkFailed;
}

interface Line {
  ok: boolean;
  title: string;
  details: string[];
}

function describeReview(review: ReviewFile): string[] {
  const w = review.workspace;
  return [
    `Reviewer ${review.reviewer.name}${review.reviewer.firm ? `, ${review.reviewer.firm}` : ''}; ${review.requests.length} request(s), ${review.notes.length} note(s), ${review.samples.length} sample(s); last saved ${review.updatedAt}`,
    `Made against workspace ${w.workspaceId}, file SHA-256 ${w.fileSha256}`,
    `${w.sealVersion === null ? 'Not sealed' : `Seal ${w.sealVersion}, fingerprint ${w.sealFingerprint}`}; activity-log head entry ${w.activityHead.seq} ${w.activityHead.hash}`,
  ];
}

/**
 * `verify <file.soc2review> [--workspace <file.soc2>]`: the review file is valid; with a workspace, it
 * was made against that workspace and the workspace's log still holds the head the auditor saw.
 */
export function runVerifyReview(file: string, options: { workspace: string | undefined; json: boolean }, io: CliIo): number {
  const lines: Line[] = [];
  let review: ReviewFile | null = null;
  try {
    review = readReviewFile(path.resolve(file));
    lines.push({ ok: true, title: 'The review file is valid', details: describeReview(review) });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'REVIEW_INVALID') throw error;
    lines.push({ ok: false, title: 'The review file is valid', details: [error.message] });
  }
  if (review && options.workspace !== undefined) {
    const workspace = openWorkspace(path.resolve(options.workspace), { readOnly: true, actor: defaultActor() });
    try {
      const ownId = workspace.read((db) => getMeta(db)['workspace_id'] ?? '');
      const same = ownId === review.workspace.workspaceId;
      lines.push({ ok: same, title: `Made against ${path.basename(options.workspace)}`, details: same ? [`workspace ID ${ownId}`] : [`made against workspace ${review.workspace.workspaceId}, but this workspace is ${ownId}`] });
      if (same) {
        const problems = workspace.read((db) => anchorProblems(db, review!.workspace.activityHead, verifyActivityChain(db).problems));
        lines.push({ ok: problems.length === 0, title: 'Its activity log still holds the head the auditor saw, and extends it', details: problems.length === 0 ? [`entry ${review.workspace.activityHead.seq}`] : problems });
      }
    } finally {
      workspace.close();
    }
  }
  const failed = lines.filter((line) => !line.ok).length;
  if (options.json) io.out(JSON.stringify({ kind: 'review', file: path.resolve(file), ok: failed === 0, checks: lines.map((l) => ({ name: l.title, ok: l.ok, details: l.details })) }, null, 2));
  else {
    io.out(`Review file  ${path.resolve(file)}`);
    for (const line of lines) {
      io.out(`  ${line.ok ? 'ok  ' : 'FAIL'}  ${line.title}`);
      for (const detail of line.details) io.out(`        ${detail}`);
    }
    io.out(failed === 0 ? 'Result       everything holds' : `Result       ${failed} check${failed === 1 ? '' : 's'} failed`);
  }
  return failed === 0 ? EXIT.ok : EXIT.checkFailed;
}
