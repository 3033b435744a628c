import type Database from 'better-sqlite3';
import { listEngagementControls } from '../../db/queries/engagement-controls';
import { getEngagement } from '../../db/queries/engagement';
import { countAcknowledgements, countAcknowledgingPeople, listAcknowledgements } from '../../db/queries/policy-acknowledgements';
import { getPolicy, listPolicies, listPolicyControlLinks, listPolicyVersions, type PolicyRecord, type PolicyVersionRecord } from '../../db/queries/policies';
import { getScopeProfile } from '../../db/queries/scope-profile';
import type { PoliciesView, PolicyDetailView, PolicyState, PolicyVersionSummary, PolicyView } from '../api/policy-types';
import type { Catalog } from '../catalog/catalog-schema';
import { PLACEHOLDER_LABELS, reviewCadenceText } from '../catalog/fill-policy';
import { controlRef } from '../controls/control-details';
import { versionRates, workforce } from './acknowledgement-rates';
import { policyProfile } from './policy-profile';
import { policyRef } from './policy-ref';
import { policyState, unsetValues } from './policy-state';

function summary(version: PolicyVersionRecord): PolicyVersionSummary {
  return { version: version.version, sha256: version.sha256, author: version.author, createdAt: version.createdAt, updatedAt: version.updatedAt, approver: version.approver, approvedOn: version.approvedOn };
}

/** The version in force is the newest approved one; a draft is a newer version not approved yet. */
export function splitVersions(versions: readonly PolicyVersionRecord[]): { inForce: PolicyVersionRecord | null; draft: PolicyVersionRecord | null; latest: PolicyVersionRecord | null } {
  const sorted = [...versions].sort((a, b) => a.version - b.version);
  const latest = sorted[sorted.length - 1] ?? null;
  const inForce = [...sorted].reverse().find((version) => version.approvedOn !== null) ?? null;
  return { inForce, draft: latest && latest.approvedOn === null ? latest : null, latest };
}

interface Context {
  versions: Map<number, PolicyVersionRecord[]>;
  controls: Map<number, { id: number; ref: string; title: string }[]>;
  acknowledgements: Map<number, { version: number; people: number }[]>;
  workforceSize: number | null;
  today: string;
}

function readContext(db: Database.Database, today: string): Context {
  const versions = new Map<number, PolicyVersionRecord[]>();
  for (const version of listPolicyVersions(db)) versions.set(version.policyId, [...(versions.get(version.policyId) ?? []), version]);
  const controlById = new Map(listEngagementControls(db).map((control) => [control.id, { id: control.id, ref: controlRef(control), title: control.title }]));
  const controls = new Map<number, { id: number; ref: string; title: string }[]>();
  for (const link of listPolicyControlLinks(db)) {
    const control = controlById.get(link.controlId);
    if (control) controls.set(link.policyId, [...(controls.get(link.policyId) ?? []), control]);
  }
  const acknowledgements = new Map<number, { version: number; people: number }[]>();
  for (const count of countAcknowledgements(db)) acknowledgements.set(count.policyId, [...(acknowledgements.get(count.policyId) ?? []), count]);
  return { versions, controls, acknowledgements, workforceSize: readWorkforce(db).size, today };
}

export function readWorkforce(db: Database.Database) {
  return workforce(getScopeProfile(db).headcount, countAcknowledgingPeople(db));
}

function policyView(policy: PolicyRecord, context: Context): PolicyView {
  const { inForce, draft, latest } = splitVersions(context.versions.get(policy.id) ?? []);
  return {
    id: policy.id,
    ref: policyRef(policy),
    templateId: policy.templateId,
    title: policy.title,
    owner: policy.owner,
    reviewMonths: policy.reviewMonths,
    nextReviewDate: policy.nextReviewDate,
    state: policyState({ hasApprovedVersion: inForce !== null, nextReviewDate: policy.nextReviewDate }, context.today),
    inForce: inForce ? summary(inForce) : null,
    draft: draft ? summary(draft) : null,
    versions: context.versions.get(policy.id)?.length ?? 0,
    unsetValues: latest ? unsetValues(latest.markdown) : [],
    controls: context.controls.get(policy.id) ?? [],
    acknowledgements: versionRates(context.acknowledgements.get(policy.id) ?? [], context.workforceSize),
  };
}

export function readPolicyViews(db: Database.Database, today: string): PolicyView[] {
  const context = readContext(db, today);
  return listPolicies(db).map((policy) => policyView(policy, context));
}

const RECENT_ACKNOWLEDGEMENTS = 200;

export function readPolicyDetail(db: Database.Database, id: number, today: string): PolicyDetailView | null {
  const policy = getPolicy(db, id);
  if (!policy) return null;
  const context = readContext(db, today);
  const acknowledgements = listAcknowledgements(db, id);
  return {
    ...policyView(policy, context),
    versionList: (context.versions.get(id) ?? []).map((version) => ({ ...summary(version), markdown: version.markdown, approvalRecordedBy: version.approvalRecordedBy, approvalRecordedAt: version.approvalRecordedAt })),
    recentAcknowledgements: acknowledgements
      .slice(-RECENT_ACKNOWLEDGEMENTS)
      .reverse()
      .map((ack) => ({ version: ack.version, person: ack.person, email: ack.email, acknowledgedOn: ack.acknowledgedOn, source: ack.source })),
    acknowledgementTotal: acknowledgements.length,
  };
}

/** The policies register of step 3 with the templates still available and the values they are filled with. */
export function readPoliciesStep(db: Database.Database, catalog: Pick<Catalog, 'policies'>, today: string): PoliciesView {
  const policies = readPolicyViews(db, today);
  const categories = new Set(['security', ...getEngagement(db).categories]);
  const used = new Set(policies.flatMap((policy) => (policy.templateId ? [policy.templateId] : [])));
  const counts: Record<PolicyState, number> = { draft: 0, approved: 0, 'due-for-review': 0, overdue: 0 };
  for (const policy of policies) counts[policy.state] += 1;
  const profile = policyProfile(db);
  return {
    policies,
    templates: catalog.policies.map((template) => ({
      id: template.id,
      title: template.title,
      summary: template.summary,
      categories: template.categories,
      reviewMonths: template.reviewMonths,
      inScope: template.categories.some((category) => categories.has(category)),
      created: used.has(template.id),
    })),
    workforce: readWorkforce(db),
    counts,
    today,
    fillValues: [
      { label: PLACEHOLDER_LABELS.organisation_name, value: profile.organisationName ?? '' },
      { label: PLACEHOLDER_LABELS.system_name, value: profile.systemName ?? '' },
      { label: PLACEHOLDER_LABELS.policy_owner, value: profile.policyOwner ?? '' },
      { label: PLACEHOLDER_LABELS.security_owner, value: profile.securityOwner ?? '' },
      { label: PLACEHOLDER_LABELS.privacy_contact, value: profile.privacyContact ?? '' },
      { label: PLACEHOLDER_LABELS.review_cadence, value: `each template's own (e.g. ${reviewCadenceText(12)})` },
    ],
  };
}
