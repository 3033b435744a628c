import { describe, expect, it } from 'vitest';
import { POLICY_PLACEHOLDERS } from '../../../core/catalog/check-catalog';
import { fillPolicy, reviewCadenceText } from '../../../core/catalog/fill-policy';
import { bundledCatalog } from '../../../core/catalog/load-catalog';

const REQUIRED_SECTIONS = ['Purpose', 'Scope', 'Roles and responsibilities', 'Policy statements', 'Exceptions', 'Enforcement', 'Review'];

/** Product.md §3 step 3: the policy set a first SOC 2 needs. */
const EXPECTED_TOPICS = [
  /information security/i,
  /acceptable use/i,
  /access control/i,
  /change management/i,
  /incident response/i,
  /business continuity/i,
  /backup/i,
  /vendor/i,
  /data classification/i,
  /retention/i,
  /encryption/i,
  /risk assessment/i,
  /vulnerability/i,
  /secure development/i,
  /logging/i,
  /physical security/i,
  /human resources/i,
  /code of conduct/i,
  /privacy/i,
];

const FULL_PROFILE = {
  organisationName: 'Kestrel Ledger, Inc.',
  systemName: 'Kestrel Invoicing',
  policyOwner: 'Head of Operations',
  securityOwner: 'Security Lead',
  reviewCadence: 'every 12 months',
  effectiveDate: '2027-01-01',
  privacyContact: 'privacy@kestrel.example',
};

describe('the policy templates in the bundled catalog', () => {
  const catalog = bundledCatalog();

  it('number at least 15 and cover the policy set a first audit needs', () => {
    expect(catalog.policies.length).toBeGreaterThanOrEqual(15);
    for (const topic of EXPECTED_TOPICS) expect(catalog.policies.some((p) => topic.test(p.title)), String(topic)).toBe(true);
  });

  it('each have every required section, in order, with real content', () => {
    for (const policy of catalog.policies) {
      const headings = [...policy.markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim());
      expect(headings, policy.id).toEqual(REQUIRED_SECTIONS);
      expect(policy.markdown.startsWith(`# ${policy.title}`), `${policy.id} starts with its title`).toBe(true);
      const statements = policy.markdown.split('## Policy statements')[1]!.split('## Exceptions')[0]!;
      expect(statements.match(/^\d+\. /gm)?.length ?? 0, `${policy.id} policy statements`).toBeGreaterThanOrEqual(5);
    }
  });

  it('map to criteria and to the controls that cite them', () => {
    for (const policy of catalog.policies) {
      expect(policy.criteria.length, policy.id).toBeGreaterThan(0);
      expect(catalog.controls.some((c) => c.policies.includes(policy.id)), `${policy.id} is cited by a control`).toBe(true);
    }
  });

  it('leave no unresolved placeholder when filled from a complete profile', () => {
    for (const policy of catalog.policies) {
      const filled = fillPolicy(policy, FULL_PROFILE);
      expect(filled.markdown, policy.id).not.toMatch(/\{\{|\}\}/);
      expect(filled.markdown, policy.id).not.toContain('[to be set');
      expect(filled.missing, policy.id).toEqual([]);
      expect(filled.markdown).toContain('Kestrel Invoicing');
    }
  });

  it('leave no unresolved placeholder from an empty profile either: gaps show a visible marker', () => {
    const used = new Set<string>();
    for (const policy of catalog.policies) {
      const filled = fillPolicy(policy, {});
      expect(filled.markdown, policy.id).not.toMatch(/\{\{|\}\}/);
      for (const name of filled.missing) used.add(name);
      if (policy.markdown.includes('{{security_owner}}')) {
        expect(filled.markdown).toContain('[to be set: security owner]');
        expect(filled.missing).toContain('security_owner');
      }
      // The review cycle is known from the template itself, so it is never reported missing.
      expect(filled.missing).not.toContain('review_cadence');
    }
    expect([...used].sort()).toEqual(POLICY_PLACEHOLDERS.filter((p) => p !== 'review_cadence').sort());
  });
});

describe('fillPolicy', () => {
  it('fills known values, marks blank ones, and reports which are missing', () => {
    const template = { markdown: 'Owner: {{ security_owner }}. Org: {{organisation_name}}. Next: {{review_cadence}}. Contact: {{privacy_contact}}.', reviewMonths: 6 };
    const filled = fillPolicy(template, { organisationName: 'Acme', securityOwner: '   ' });
    expect(filled.markdown).toBe('Owner: [to be set: security owner]. Org: Acme. Next: every 6 months. Contact: [to be set: privacy contact].');
    expect(filled.missing).toEqual(['security_owner', 'privacy_contact']);
  });

  it('never lets a value introduce a placeholder, and marks names it does not know', () => {
    const filled = fillPolicy({ markdown: '{{system_name}} and {{ made_up }}' }, { systemName: 'Evil {{security_owner}}' });
    expect(filled.markdown).toBe('Evil { {security_owner} } and [to be set: made up]');
    expect(filled.markdown).not.toMatch(/\{\{/);
  });

  it('describes review intervals in plain words', () => {
    expect(reviewCadenceText(12)).toMatch(/annually/);
    expect(reviewCadenceText(3)).toMatch(/quarterly/);
    expect(reviewCadenceText(24)).toBe('every 24 months');
  });
});
