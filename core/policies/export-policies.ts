import fs from 'node:fs';
import path from 'node:path';
import { getEngagement } from '../../db/queries/engagement';
import { listPolicies, listPolicyVersions } from '../../db/queries/policies';
import type { Workspace } from '../../db/workspace';
import { ApiError } from '../api/errors';
import type { PolicyExportResult, PolicyState } from '../api/policy-types';
import type { JobContext } from '../jobs/job-runner';
import { writePolicyPdf, type PolicyPdfItem } from './pdf/policy-pdf';
import { policyRef } from './policy-ref';
import { policyState } from './policy-state';
import { splitVersions } from './read-policies';

const STATE_TEXT: Record<PolicyState, string> = { draft: 'draft, not approved', approved: 'approved', 'due-for-review': 'approved, due for review', overdue: 'approved, review overdue' };

/** Where exported policies go: a folder beside the workspace, named after it. */
export function policyExportFolder(workspace: Workspace): string {
  return path.join(path.dirname(workspace.filePath), `${path.basename(workspace.filePath, path.extname(workspace.filePath))} policies`);
}

/** A file name that is safe on every system and never replaces an earlier export. */
function freshFile(folder: string, base: string): string {
  const printable = [...base].map((char) => (char.charCodeAt(0) < 32 ? ' ' : char)).join('');
  const safe = printable.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'Policies';
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${safe}${n === 1 ? '' : ` (${n})`}.pdf`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** The policies to print: each with its version in force, or its newest draft when none is approved yet. */
export function policyPdfItems(workspace: Workspace, ids: readonly number[] | null, today: string): PolicyPdfItem[] {
  return workspace.read((db) => {
    const versions = listPolicyVersions(db);
    return listPolicies(db)
      .filter((policy) => ids === null || ids.includes(policy.id))
      .flatMap((policy) => {
        const { inForce, latest } = splitVersions(versions.filter((version) => version.policyId === policy.id));
        const printed = inForce ?? latest;
        if (!printed) return [];
        const state = policyState({ hasApprovedVersion: inForce !== null, nextReviewDate: policy.nextReviewDate }, today);
        return [{ ref: policyRef(policy), title: policy.title, version: printed.version, approved: printed.approvedOn !== null, stateText: STATE_TEXT[state], owner: policy.owner, approver: printed.approver, approvedOn: printed.approvedOn, nextReview: policy.nextReviewDate, sha256: printed.sha256, markdown: printed.markdown }];
      });
  });
}

/**
 * Exports one policy or a set to PDF in the folder beside the workspace, as a job (a set of twenty
 * policies takes a few seconds): progress per policy, cancellable between policies.
 */
export async function exportPoliciesPdf(workspace: Workspace, ids: readonly number[] | null, job: JobContext, options: { paper: 'a4' | 'letter'; date: Date; outDir?: string }): Promise<PolicyExportResult> {
  const today = workspace.now().slice(0, 10);
  const items = policyPdfItems(workspace, ids, today);
  if (items.length === 0) throw new ApiError('BAD_ARGUMENT', ids === null ? 'There are no policies to export yet. Create them from the templates first.' : 'Those policies no longer exist in this engagement. Reload the list and choose again.');
  const engagement = workspace.read(getEngagement);
  const folder = options.outDir ?? policyExportFolder(workspace);
  fs.mkdirSync(folder, { recursive: true });
  const single = items.length === 1 ? items[0]! : null;
  const filePath = freshFile(folder, single ? `${single.ref} ${single.title} v${single.version}` : `Policies ${today}`);
  let done = 0;
  job.progress(0, items.length, 'Laying out the policies');
  const result = await writePolicyPdf(filePath, items, {
    organisation: engagement.organisationName,
    system: engagement.systemName,
    date: options.date,
    paper: options.paper,
    checkpoint: async () => {
      job.throwIfCancelled();
      job.progress(done, items.length, items[done]?.title ?? '');
      done += 1;
      // Let the host answer other calls (including Cancel) between policies.
      await new Promise((resolve) => setImmediate(resolve));
    },
  });
  job.progress(items.length, items.length, 'Done');
  return { filePath, fileName: path.basename(filePath), pages: result.pages, bytes: result.bytes, policies: items.length, unsupportedCharacters: result.unsupported };
}
