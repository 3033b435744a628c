import { approvePolicyVersion, deletePolicy, getPolicy, insertPolicyVersion, listPolicyVersions, updateDraftText, updatePolicy } from '../../../db/queries/policies';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { importAcknowledgements, previewAcknowledgements } from '../../policies/acknowledgement-import';
import { createBlankPolicy, createPoliciesFromTemplates } from '../../policies/create-policies';
import { exportPoliciesPdf } from '../../policies/export-policies';
import { normalisePolicyText, policyTextHash } from '../../policies/policy-hash';
import { policyRef } from '../../policies/policy-ref';
import { nextReviewAfter, unsetValues } from '../../policies/policy-state';
import { readPoliciesStep, readPolicyDetail, splitVersions } from '../../policies/read-policies';
import type { ApiHandlers } from '../contract';
import { ApiError } from '../errors';
import type { HandlerContext } from './context';

type Methods =
  | 'policy.list'
  | 'policy.get'
  | 'policy.createFromTemplates'
  | 'policy.create'
  | 'policy.update'
  | 'policy.saveDraft'
  | 'policy.approve'
  | 'policy.remove'
  | 'policy.previewAcknowledgements'
  | 'policy.importAcknowledgements'
  | 'policy.exportPdf';

const GONE = 'That policy is no longer in this engagement (it may have been removed in another window). Reload the list.';

/**
 * Step 3's policies: created from the catalog's templates with the organisation's details filled in,
 * edited as Markdown drafts, approved version by version (approver, date, next review), acknowledged
 * by the workforce (imported from any HR export) and exported to PDF.
 */
export function policyHandlers({ session, jobs }: HandlerContext): Pick<ApiHandlers, Methods> {
  const workspace = () => session.workspace;
  const today = () => workspace().now().slice(0, 10);
  const detail = (id: number) => workspace().read((db) => readPolicyDetail(db, id, today())) ?? notFound();
  const policy = (id: number) => workspace().read((db) => getPolicy(db, id)) ?? notFound();
  const versions = (id: number) => workspace().read((db) => listPolicyVersions(db, id));

  return {
    'policy.list': () => workspace().read((db) => readPoliciesStep(db, engagementCatalog(workspace()), today())),

    'policy.get': ({ id }) => detail(id),

    'policy.createFromTemplates': ({ templateIds, effectiveDate }) => {
      const ws = workspace();
      const catalog = engagementCatalog(ws);
      createPoliciesFromTemplates(ws, catalog, templateIds, effectiveDate);
      return ws.read((db) => readPoliciesStep(db, catalog, today()));
    },

    'policy.create': (input) => detail(createBlankPolicy(workspace(), input)),

    'policy.update': ({ id, patch }) => {
      const ws = workspace();
      const before = policy(id);
      if (patch.nextReviewDate === null && splitVersions(versions(id)).inForce) throw new ApiError('BAD_ARGUMENT', 'An approved policy needs a next review date: auditors expect it to be reviewed on the cycle it states.');
      const changed = Object.fromEntries(Object.entries(patch).filter(([key, value]) => value !== undefined && before[key as keyof typeof before] !== value));
      if (Object.keys(changed).length > 0) ws.write({ action: 'policy.update', subject: `policy:${id}`, details: { policy: policyRef(before), ...changed } }, (db) => updatePolicy(db, id, changed, ws.now()));
      return detail(id);
    },

    'policy.saveDraft': ({ id, markdown }) => {
      const ws = workspace();
      const before = policy(id);
      const text = normalisePolicyText(markdown);
      const sha256 = policyTextHash(text);
      const { latest, draft } = splitVersions(versions(id));
      if (latest?.sha256 === sha256) return detail(id);
      // An approved version never changes: editing it starts the next version as a draft.
      const version = draft ? draft.version : (latest?.version ?? 0) + 1;
      ws.write({ action: 'policy.saveDraft', subject: `policy:${id}`, details: { policy: policyRef(before), version, sha256, characters: text.length } }, (db) => {
        if (draft) updateDraftText(db, draft.id, text, sha256, ws.now());
        else insertPolicyVersion(db, { policyId: id, version, markdown: text, sha256, author: ws.actor }, ws.now());
      });
      return detail(id);
    },

    'policy.approve': ({ id, version, approver, approvedOn, nextReviewDate }) => {
      const ws = workspace();
      const before = policy(id);
      const all = versions(id);
      const target = all.find((v) => v.version === version);
      if (!target) throw new ApiError('BAD_ARGUMENT', `${before.title} has no version ${version}. Reload the policy.`);
      if (target.approvedOn !== null) throw new ApiError('BAD_ARGUMENT', `Version ${version} of ${before.title} was already approved on ${target.approvedOn}. Edit the text to start a new version.`);
      const unset = unsetValues(target.markdown);
      if (unset.length > 0) throw new ApiError('BAD_ARGUMENT', `The text still has values to be set (${unset.join(', ')}). Fill them in, in the text or in step 1's organisation profile, before approving it.`);
      if (approvedOn > today()) throw new ApiError('BAD_ARGUMENT', `The approval date ${approvedOn} is in the future. Record an approval once it has happened.`);
      const previous = splitVersions(all).inForce;
      if (previous?.approvedOn && approvedOn < previous.approvedOn) throw new ApiError('BAD_ARGUMENT', `Version ${previous.version} was approved on ${previous.approvedOn}; a later version cannot be approved before that.`);
      const nextReview = nextReviewDate ?? nextReviewAfter(approvedOn, before.reviewMonths);
      if (nextReview <= approvedOn) throw new ApiError('BAD_ARGUMENT', 'The next review date must come after the approval date.');
      ws.write({ action: 'policy.approve', subject: `policy:${id}`, details: { policy: policyRef(before), version, approver, approvedOn, nextReviewDate: nextReview, sha256: target.sha256 } }, (db) => {
        approvePolicyVersion(db, target.id, { approver, approvedOn, recordedBy: ws.actor }, ws.now());
        updatePolicy(db, id, { nextReviewDate: nextReview }, ws.now());
      });
      return detail(id);
    },

    'policy.remove': ({ id }) => {
      const ws = workspace();
      const before = policy(id);
      if (splitVersions(versions(id)).inForce) throw new ApiError('BAD_ARGUMENT', `${before.title} has an approved version, which stays on record. Edit it to start a new version instead of removing it.`);
      ws.write({ action: 'policy.remove', subject: `policy:${id}`, details: { policy: policyRef(before), title: before.title } }, (db) => deletePolicy(db, id));
      return null;
    },

    'policy.previewAcknowledgements': ({ csv }) => previewAcknowledgements(csv),

    'policy.importAcknowledgements': ({ csv, mapping, policyId, dateOrder, fileName }) => importAcknowledgements(workspace(), { csv, mapping, policyId, dateOrder, source: fileName.trim() || 'CSV import' }),

    'policy.exportPdf': ({ ids, paper }) => {
      const ws = workspace();
      const chosen = ids ?? null;
      if (chosen) for (const id of chosen) policy(id);
      return { jobId: jobs.start('policy.exportPdf', (job) => exportPoliciesPdf(ws, chosen, job, { paper, date: new Date(ws.now()) })) };
    },
  };
}

function notFound(): never {
  throw new ApiError('BAD_ARGUMENT', GONE);
}
