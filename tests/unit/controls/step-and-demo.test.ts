import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCoreHost } from '../../../core/host';
import { bundledCatalog } from '../../../core/catalog/load-catalog';
import { controlStepProgress, type ControlStepFacts } from '../../../core/controls/step-progress';
import { isPrivacyControl, recommendedControls } from '../../../core/controls/recommended-set';
import { tempDir } from '../helpers/temp';

const done: ControlStepFacts = { controls: 80, uncovered: [], unowned: [], policies: 18, drafts: 0, overduePolicies: 0, overdueRemediation: 0 };

describe('the recommended set by scope', () => {
  const catalog = bundledCatalog();
  const categoryOf = new Map(catalog.criteria.map((criterion) => [criterion.id, criterion.category]));

  it('grows with the categories in scope, and only ever holds recommended controls', () => {
    const security = recommendedControls(catalog, ['security']);
    const all = recommendedControls(catalog, ['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy']);
    expect(security.length).toBeGreaterThan(50);
    expect(all.length).toBeGreaterThan(security.length);
    expect(all.every((control) => control.recommended)).toBe(true);
    expect(all).toHaveLength(catalog.controls.filter((control) => control.recommended).length);
    // Security alone: every control touches a common criterion and none is a privacy control.
    expect(security.every((control) => control.criteria.some((id) => id.startsWith('CC')) && !isPrivacyControl(control, categoryOf))).toBe(true);
    // Availability adds the controls for A1 only.
    const availability = recommendedControls(catalog, ['availability']).filter((control) => !security.includes(control));
    expect(availability.length).toBeGreaterThan(0);
    expect(availability.every((control) => control.criteria.some((id) => id.startsWith('A1')))).toBe(true);
  });
});

describe('step 3 state', () => {
  it('names the first thing missing, in order, and is complete when nothing is', () => {
    expect(controlStepProgress({ ...done, controls: 0, policies: 0 })).toEqual({ state: 'not-started', next: 'Adopt the recommended set of controls for your scope.' });
    expect(controlStepProgress({ ...done, uncovered: ['CC1.2', 'A1.3'] })).toEqual({ state: 'in-progress', next: 'Implement a control for the 2 criteria without one, starting with CC1.2.' });
    expect(controlStepProgress({ ...done, unowned: ['ACC-03'] }).next).toBe('Give an owner to the 1 control without one, starting with ACC-03.');
    expect(controlStepProgress({ ...done, policies: 0 }).next).toBe('Create your policies from the templates.');
    expect(controlStepProgress({ ...done, drafts: 2 }).next).toBe('Approve the 2 policies still in draft.');
    expect(controlStepProgress({ ...done, overduePolicies: 1 }).next).toBe('Review the 1 policy whose review date has passed.');
    expect(controlStepProgress({ ...done, overdueRemediation: 3 }).next).toBe('Finish or reschedule the 3 overdue remediation items.');
    expect(controlStepProgress(done).state).toBe('complete');
  });
});

describe('the demo engagement’s step 3', () => {
  it('has controls adopted and tailored, policies approved with one overdue, acknowledgements and open remediation', async () => {
    const dir = tempDir();
    const host = createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor: 'tester', log: () => undefined });
    const call = async <T,>(method: string, args: unknown = {}): Promise<T> => {
      const response = await host.call(method, args);
      if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
      return response.value as T;
    };
    await call('workspace.openDemo');
    const overview = await call<{ controls: { ref: string; owner: string; retired: boolean; notes: string; catalogControlId: string | null; systems: unknown[]; policies: unknown[] }[] }>('controls.overview');
    expect(overview.controls.length).toBeGreaterThan(90);
    expect(overview.controls.filter((control) => control.owner !== '').length).toBeGreaterThan(90);
    expect(overview.controls.filter((control) => control.retired).map((control) => control.ref)).toEqual(['PHY-01']);
    expect(overview.controls.some((control) => control.catalogControlId === null)).toBe(true);
    expect(overview.controls.find((control) => control.ref === 'ACC-06')).toMatchObject({ notes: expect.stringContaining('first two weeks') });
    expect(overview.controls.find((control) => control.ref === 'ACC-06')!.systems).toHaveLength(3);
    expect(overview.controls.find((control) => control.ref === 'ACC-06')!.policies).toHaveLength(1);

    const policies = await call<{ counts: Record<string, number>; policies: { ref: string; state: string; acknowledgements: { version: number; people: number }[] }[] }>('policy.list');
    expect(policies.policies).toHaveLength(19);
    expect(policies.counts).toMatchObject({ draft: 2, overdue: 1 });
    expect(policies.policies.find((policy) => policy.ref === 'POL-PHY')!.state).toBe('overdue');
    expect(policies.policies.find((policy) => policy.ref === 'POL-COC')!.acknowledgements[0]!.people).toBeGreaterThan(60);

    const remediation = await call<{ status: string }[]>('remediation.list');
    expect(remediation.filter((item) => item.status !== 'done').length).toBeGreaterThan(5);
    const attention = await call<{ policies: { ref: string }[] }>('controls.attention');
    expect(attention.policies.map((policy) => policy.ref)).toContain('POL-PHY');
    host.shutdown();
  });
});
