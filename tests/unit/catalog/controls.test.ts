import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/catalog/load-catalog';

describe('the control library in the bundled catalog', () => {
  const catalog = bundledCatalog();
  const controls = catalog.controls;

  it('has at least 100 controls with unique ids and titles', () => {
    expect(controls.length).toBeGreaterThanOrEqual(100);
    expect(new Set(controls.map((c) => c.id)).size).toBe(controls.length);
    expect(new Set(controls.map((c) => c.title.toLowerCase())).size).toBe(controls.length);
    expect(new Set(controls.map((c) => c.objective)).size).toBe(controls.length);
  });

  it('maps every criterion to at least one control, and to at least one recommended control', () => {
    const unmapped = catalog.criteria.filter((criterion) => !controls.some((c) => c.criteria.includes(criterion.id))).map((c) => c.id);
    expect(unmapped).toEqual([]);
    const noRecommended = catalog.criteria.filter((criterion) => !controls.some((c) => c.recommended && c.criteria.includes(criterion.id))).map((c) => c.id);
    expect(noRecommended).toEqual([]);
  });

  it('never relies on inquiry alone, and every procedure has concrete steps', () => {
    for (const control of controls) {
      const methods = control.testProcedure.methods;
      expect(methods.some((m) => m !== 'inquiry'), `${control.id} relies on inquiry alone`).toBe(true);
      expect(new Set(methods).size, `${control.id} repeats a method`).toBe(methods.length);
      expect(control.testProcedure.steps.length, control.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every control the fields the issue asks for, with concrete evidence', () => {
    for (const control of controls) {
      expect(control.area.length, control.id).toBeGreaterThan(2);
      expect(control.objective.length, control.id).toBeGreaterThan(60);
      expect(control.suggestedEvidence.length, control.id).toBeGreaterThanOrEqual(2);
      for (const evidence of control.suggestedEvidence) expect(evidence.length, `${control.id}: ${evidence}`).toBeGreaterThan(20);
      expect(new Set(control.criteria).size, `${control.id} repeats a criterion`).toBe(control.criteria.length);
      expect(new Set(control.policies).size, `${control.id} repeats a policy`).toBe(control.policies.length);
    }
  });

  it('covers every area a first SOC 2 needs, with key controls in each security series', () => {
    for (const series of ['CC1', 'CC2', 'CC3', 'CC4', 'CC5', 'CC6', 'CC7', 'CC8', 'CC9']) {
      expect(
        controls.some((c) => c.key && c.criteria.some((id) => id.startsWith(`${series}.`))),
        `no key control for ${series}`,
      ).toBe(true);
    }
    expect(controls.filter((c) => c.automation === 'automated').length).toBeGreaterThan(10);
    expect(new Set(controls.map((c) => c.nature))).toEqual(new Set(['preventive', 'detective', 'corrective']));
  });

  it('has an asset inventory control for CC6.1', () => {
    const inventory = controls.filter((c) => c.criteria.includes('CC6.1') && /inventory/i.test(c.title));
    expect(inventory.map((c) => c.id)).toContain('ACC-18');
  });

  it('keeps the people side of a departure (HR-08) apart from removing access (ACC-05)', () => {
    const hr08 = controls.find((c) => c.id === 'HR-08')!;
    const acc05 = controls.find((c) => c.id === 'ACC-05')!;
    expect(hr08.title).not.toMatch(/access removed/i);
    expect(hr08.objective).toContain('ACC-05');
    expect(acc05.objective).toContain('HR-08');
    // No test step is shared between them, so an auditor never tests the same thing twice.
    const shared = hr08.testProcedure.steps.filter((step) => acc05.testProcedure.steps.includes(step));
    expect(shared).toEqual([]);
    expect(hr08.criteria).toContain('CC6.4');
  });

  it('cites only policies that exist, and every policy is cited by at least one control', () => {
    const policyIds = new Set(catalog.policies.map((p) => p.id));
    for (const control of controls) for (const id of control.policies) expect(policyIds.has(id), `${control.id} cites ${id}`).toBe(true);
    const uncited = catalog.policies.filter((p) => !controls.some((c) => c.policies.includes(p.id))).map((p) => p.id);
    expect(uncited).toEqual([]);
  });
});
