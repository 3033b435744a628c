import { isPolicyPlaceholder, PLACEHOLDER_PATTERN, POLICY_PLACEHOLDERS, type PolicyPlaceholder } from './check-catalog';

/** How each placeholder is named to a person, in the "[to be set: …]" marker and in forms. */
export const PLACEHOLDER_LABELS: Record<PolicyPlaceholder, string> = {
  organisation_name: 'organisation name',
  system_name: 'system name',
  policy_owner: 'policy owner',
  security_owner: 'security owner',
  review_cadence: 'review cycle',
  effective_date: 'effective date',
  privacy_contact: 'privacy contact',
};

/** The organisation profile as step 1 and step 3 know it; every field may still be blank. */
export interface PolicyProfile {
  organisationName?: string;
  systemName?: string;
  policyOwner?: string;
  securityOwner?: string;
  /** e.g. "every 12 months"; when blank, derived from the template's own review interval. */
  reviewCadence?: string;
  effectiveDate?: string;
  privacyContact?: string;
}

const PROFILE_FIELD: Record<PolicyPlaceholder, keyof PolicyProfile> = {
  organisation_name: 'organisationName',
  system_name: 'systemName',
  policy_owner: 'policyOwner',
  security_owner: 'securityOwner',
  review_cadence: 'reviewCadence',
  effective_date: 'effectiveDate',
  privacy_contact: 'privacyContact',
};

export interface FilledPolicy {
  markdown: string;
  /** Placeholders that had no value and now show a "[to be set: …]" marker, in the standard placeholder order. */
  missing: PolicyPlaceholder[];
}

/** Plain words for a review interval in months: "annually", "every 6 months", … */
export function reviewCadenceText(months: number): string {
  if (months === 12) return 'annually (every 12 months)';
  if (months === 1) return 'monthly';
  if (months === 3) return 'quarterly (every 3 months)';
  return `every ${months} months`;
}

export function missingMarker(label: string): string {
  return `[to be set: ${label}]`;
}

/**
 * Fills a policy template's {{placeholders}} from the organisation profile. A value that is not known
 * yet becomes a visible "[to be set: security owner]" marker, never a silent blank, so an unfinished
 * policy cannot pass for a finished one. The replacement is a single pass and braces in values are
 * broken up, so a value can never introduce a placeholder of its own. A name that is not a known
 * placeholder (possible only in a hand-made library) is marked the same way rather than left raw.
 */
export function fillPolicy(template: { markdown: string; reviewMonths?: number }, profile: PolicyProfile): FilledPolicy {
  const missing = new Set<PolicyPlaceholder>();
  const markdown = template.markdown.replace(PLACEHOLDER_PATTERN, (_whole, rawName: string) => {
    if (!isPolicyPlaceholder(rawName)) return missingMarker(rawName.replace(/[_{}]+/g, ' ').trim() || 'value');
    let value = profile[PROFILE_FIELD[rawName]]?.trim() ?? '';
    if (value === '' && rawName === 'review_cadence' && template.reviewMonths !== undefined) value = reviewCadenceText(template.reviewMonths);
    if (value === '') {
      missing.add(rawName);
      return missingMarker(PLACEHOLDER_LABELS[rawName]);
    }
    return value.replace(/\{\{/g, '{ {').replace(/\}\}/g, '} }');
  });
  return { markdown, missing: POLICY_PLACEHOLDERS.filter((name) => missing.has(name)) };
}
