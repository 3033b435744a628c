import type Database from 'better-sqlite3';
import { linkControlPolicy } from '../../db/queries/control-implementation';
import { listEngagementControls } from '../../db/queries/engagement-controls';
import { findPolicyByTemplate, insertPolicy, insertPolicyVersion } from '../../db/queries/policies';
import type { Workspace } from '../../db/workspace';
import { ApiError } from '../api/errors';
import type { Catalog } from '../catalog/catalog-schema';
import { fillPolicy } from '../catalog/fill-policy';
import { normalisePolicyText, policyTextHash } from './policy-hash';
import { policyProfile } from './policy-profile';

/** Adds version 1 of a policy's text. */
function firstVersion(db: Database.Database, policyId: number, markdown: string, author: string, now: string): void {
  const text = normalisePolicyText(markdown);
  insertPolicyVersion(db, { policyId, version: 1, markdown: text, sha256: policyTextHash(text), author }, now);
}

/**
 * Creates policies from the engagement catalog's templates, each filled with the organisation's
 * details (values not known yet become visible "[to be set: …]" markers), as a first draft version,
 * and links each to the adopted controls whose library entry cites its template. Templates already
 * used are skipped; returns the IDs of the new policies.
 */
export function createPoliciesFromTemplates(workspace: Workspace, catalog: Pick<Catalog, 'policies' | 'controls'>, templateIds: readonly string[], effectiveDate?: string): number[] {
  const templates = new Map(catalog.policies.map((template) => [template.id, template]));
  const unknown = templateIds.filter((id) => !templates.has(id));
  if (unknown.length > 0) throw new ApiError('BAD_ARGUMENT', `${unknown.join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a policy template of this engagement's catalog.`);
  const fresh = [...new Set(templateIds)].filter((id) => workspace.read((db) => findPolicyByTemplate(db, id)) === undefined);
  if (fresh.length === 0) return [];
  const citing = new Map<string, string[]>();
  for (const control of catalog.controls) for (const templateId of control.policies) citing.set(templateId, [...(citing.get(templateId) ?? []), control.id]);
  return workspace.write({ action: 'policy.createFromTemplates', subject: 'policies', details: { templateIds: fresh, ...(effectiveDate ? { effectiveDate } : {}) } }, (db) => {
    const profile = policyProfile(db, effectiveDate ? { effectiveDate } : {});
    const controls = listEngagementControls(db);
    return fresh.map((templateId) => {
      const template = templates.get(templateId)!;
      const now = workspace.now();
      const id = insertPolicy(db, { templateId, title: template.title, owner: profile.policyOwner ?? '', reviewMonths: template.reviewMonths }, now);
      firstVersion(db, id, fillPolicy(template, profile).markdown, workspace.actor, now);
      const citedBy = new Set(citing.get(templateId) ?? []);
      for (const control of controls) if (control.catalogControlId && citedBy.has(control.catalogControlId)) linkControlPolicy(db, control.id, id);
      return id;
    });
  });
}

/** A policy written for this engagement: a short skeleton to write into, as version 1. */
export function createBlankPolicy(workspace: Workspace, input: { title: string; owner: string; reviewMonths: number }): number {
  const skeleton = `# ${input.title}\n\n## Purpose\n\nWhy this policy exists and what it protects.\n\n## Scope\n\nWho and what it applies to.\n\n## Policy statements\n\n1. …\n\n## Review\n\nThis policy is reviewed at least every ${input.reviewMonths} months.\n`;
  return workspace.write({ action: 'policy.create', subject: 'policies', details: { title: input.title } }, (db) => {
    const now = workspace.now();
    const id = insertPolicy(db, { templateId: null, ...input }, now);
    firstVersion(db, id, skeleton, workspace.actor, now);
    return id;
  });
}
