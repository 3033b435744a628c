import type { Catalog } from './catalog-schema';

/** The placeholders a policy template may use; each is filled from the organisation profile. */
export const POLICY_PLACEHOLDERS = ['organisation_name', 'system_name', 'policy_owner', 'security_owner', 'review_cadence', 'effective_date', 'privacy_contact'] as const;

export type PolicyPlaceholder = (typeof POLICY_PLACEHOLDERS)[number];

/** Matches `{{ name }}`; the name is captured without the surrounding spaces. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function isPolicyPlaceholder(name: string): name is PolicyPlaceholder {
  return (POLICY_PLACEHOLDERS as readonly string[]).includes(name);
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

/**
 * The cross-references a schema cannot express: ids are unique, every control and policy maps to
 * known criteria, every control cites known policies, and templates use only known placeholders.
 * Shared by the bundled catalog loader and the library reader, so both refuse the same mistakes.
 * Returns one line per problem (empty when consistent).
 */
export function catalogProblems(catalog: Omit<Catalog, 'version'>): string[] {
  const problems: string[] = [];
  const criterionIds = new Set(catalog.criteria.map((c) => c.id));
  const seriesIds = new Set(catalog.series.map((s) => s.id));
  const policyIds = new Set(catalog.policies.map((p) => p.id));

  for (const id of duplicates(catalog.series.map((s) => s.id))) problems.push(`series ${id} is defined twice`);
  for (const id of duplicates(catalog.criteria.map((c) => c.id))) problems.push(`criterion ${id} is defined twice`);
  for (const id of duplicates(catalog.controls.map((c) => c.id))) problems.push(`control ${id} is defined twice`);
  for (const id of duplicates(catalog.policies.map((p) => p.id))) problems.push(`policy ${id} is defined twice`);

  for (const criterion of catalog.criteria) {
    if (!seriesIds.has(criterion.series)) problems.push(`criterion ${criterion.id}: unknown series ${criterion.series}`);
  }
  for (const control of catalog.controls) {
    for (const id of control.criteria) if (!criterionIds.has(id)) problems.push(`control ${control.id}: unknown criterion ${id}`);
    for (const id of control.policies) if (!policyIds.has(id)) problems.push(`control ${control.id}: unknown policy ${id}`);
  }
  for (const policy of catalog.policies) {
    for (const id of policy.criteria) if (!criterionIds.has(id)) problems.push(`policy ${policy.id}: unknown criterion ${id}`);
    if (policy.markdown.trim() === '') problems.push(`policy ${policy.id}: the template text is empty`);
    for (const match of policy.markdown.matchAll(PLACEHOLDER_PATTERN)) {
      if (!isPolicyPlaceholder(match[1]!)) problems.push(`policy ${policy.id}: unknown placeholder {{${match[1]}}}`);
    }
  }
  return problems;
}
