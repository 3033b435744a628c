import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '../../../core/catalog/load-catalog';
import { recommendedControls } from '../../../core/controls/recommended-set';
import { openEngagement } from './api-host';

const catalog = bundledCatalog();

describe('adopting controls', () => {
  it('adopts the recommended set for a Security-only scope: no privacy controls, no controls touching only other categories', async () => {
    const { host, call } = await openEngagement();
    const { adopted, overview } = await call('controls.adoptRecommended');
    const expected = recommendedControls(catalog, ['security']).map((control) => control.id);
    expect(adopted).toEqual(expected);
    expect(overview.controls).toHaveLength(expected.length);
    expect(overview.recommended).toEqual({ total: expected.length, notAdopted: [] });
    expect(adopted.some((id) => id.startsWith('PRV-'))).toBe(false);
    // INC-04 (incident response, also mapped to a privacy criterion) is a security control and comes in.
    expect(adopted).toContain('INC-04');
    // Breach notification (PRV-12) touches CC7.4 too, but it is a privacy control.
    expect(adopted).not.toContain('PRV-12');
    expect(adopted).not.toContain('CNF-03');
    // Adopting again adds nothing and is not logged again.
    const again = await call('controls.adoptRecommended');
    expect(again.adopted).toEqual([]);
    const log = await call('activity.list', { limit: 500 });
    expect(log.filter((entry) => entry.action === 'controls.adoptRecommended')).toHaveLength(1);
    host.shutdown();
  });

  it('brings privacy controls in only once Privacy is in scope, and copies the library details', async () => {
    const { host, call } = await openEngagement();
    await call('engagement.update', { categories: ['security', 'privacy'] });
    const { adopted, overview } = await call('controls.adoptRecommended');
    expect(adopted).toContain('PRV-12');
    expect(adopted).toContain('PRV-01');
    // A confidentiality control that also serves a privacy criterion (P4.2) now touches the scope.
    expect(adopted).toContain('CNF-03');
    expect(adopted.filter((id) => id.startsWith('CNF-'))).not.toContain('CNF-01');
    const access = overview.controls.find((control) => control.ref === 'ACC-06')!;
    const library = catalog.controls.find((control) => control.id === 'ACC-06')!;
    expect(access).toMatchObject({ key: library.key, suggestedEvidence: library.suggestedEvidence, testProcedure: library.testProcedure, customised: [], implementationStatus: 'not-started', owner: '' });
    expect(access.schedule).toMatchObject({ kind: 'no-period' });
    host.shutdown();
  });
});

describe('editing, custom controls and retirement', () => {
  it('edits the details, keeps them apart from the library, and logs what changed', async () => {
    const { host, call } = await openEngagement();
    await call('engagement.update', { periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    await call('controls.adopt', { catalogIds: ['ACC-06'] });
    let control = (await call('controls.overview')).controls[0]!;
    expect(control.schedule).toMatchObject({ kind: 'periodic', expected: 4 });
    const procedure = { methods: ['inspection', 'reperformance'], steps: ['Inspect the review tickets for each quarter.', 'Re-perform one removal.'] };
    const view = await call('controls.update', { id: control.id, patch: { owner: 'Sam Ortiz', implementationStatus: 'in-progress', notes: 'Quarterly, from the IdP export', key: false, testProcedure: procedure, frequency: 'monthly' } });
    control = view.controls[0]!;
    expect(control).toMatchObject({ owner: 'Sam Ortiz', implementationStatus: 'in-progress', notes: 'Quarterly, from the IdP export', key: false, testProcedure: procedure, frequency: 'monthly', customised: ['key', 'testProcedure'] });
    expect(control.schedule.expected).toBe(12);
    const entry = (await call('activity.list', { limit: 50 })).find((e) => e.action === 'controls.update')!;
    expect(JSON.parse(entry.details)).toMatchObject({ control: 'ACC-06', owner: 'Sam Ortiz', notes: expect.stringContaining('characters') });

    const inquiryOnly = await host.call('controls.update', { id: control.id, patch: { testProcedure: { methods: ['inquiry'], steps: ['Ask the owner.'] } } });
    expect(inquiryOnly).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('Inquiry alone is never sufficient') } });
    host.shutdown();
  });

  it('adds a custom control, bulk-edits, retires with a reason and restores', async () => {
    const { host, call } = await openEngagement();
    await call('controls.adopt', { catalogIds: ['ACC-06', 'ACC-07'] });
    let view = await call('controls.create', { title: 'Weekly review of failed jobs', frequency: 'weekly', nature: 'detective', automation: 'it-dependent-manual', criteria: ['CC7.2'] });
    const custom = view.controls.find((control) => control.catalogControlId === null)!;
    expect(custom).toMatchObject({ ref: `C-${custom.id}`, key: false, criteria: ['CC7.2'], testProcedure: { methods: [], steps: [] }, suggestedEvidence: [] });
    expect((await host.call('controls.create', { title: 'x', frequency: 'weekly', nature: 'detective', automation: 'manual', criteria: ['CC10.1'] })).ok).toBe(false);

    view = await call('controls.bulkUpdate', { ids: view.controls.map((control) => control.id), patch: { owner: 'Platform team', implementationStatus: 'implemented' } });
    expect(view.controls.every((control) => control.owner === 'Platform team' && control.implementationStatus === 'implemented')).toBe(true);

    const refused = await host.call('controls.retire', { ids: [custom.id], reason: '' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    view = await call('controls.retire', { ids: [custom.id], reason: 'Jobs moved to a managed service' });
    expect(view.controls.find((control) => control.id === custom.id)).toMatchObject({ retired: true, retiredReason: 'Jobs moved to a managed service' });
    const editRetired = await host.call('controls.update', { id: custom.id, patch: { owner: 'x' } });
    expect(editRetired).toMatchObject({ ok: false, error: { message: expect.stringContaining('is retired') } });
    view = await call('controls.restore', { id: custom.id });
    expect(view.controls.find((control) => control.id === custom.id)).toMatchObject({ retired: false, retiredReason: '' });
    host.shutdown();
  });

  it('links policies and systems, and a policy made later links itself to the controls that cite its template', async () => {
    const { host, call } = await openEngagement();
    await call('controls.adopt', { catalogIds: ['ACC-06'] });
    await call('system.add', { name: 'Identity provider', type: 'saas', environment: 'corporate', dataClassification: 'confidential' });
    let view = await call('controls.overview');
    const id = view.controls[0]!.id;
    expect(view.controls[0]!.policies).toEqual([]);
    await call('policy.createFromTemplates', { templateIds: ['POL-ACC'] });
    view = await call('controls.overview');
    expect(view.controls[0]!.policies.map((policy) => policy.ref)).toEqual(['POL-ACC']);
    view = await call('controls.setSystems', { id, systemIds: [view.options.systems[0]!.id] });
    expect(view.controls[0]!.systems.map((system) => system.name)).toEqual(['Identity provider']);
    view = await call('controls.setPolicies', { id, policyIds: [] });
    expect(view.controls[0]!.policies).toEqual([]);
    // And the other way round: a control adopted after the policy exists is linked at adoption.
    await call('controls.adopt', { catalogIds: ['ACC-07'] });
    view = await call('controls.overview');
    expect(view.controls.find((control) => control.ref === 'ACC-07')!.policies.map((policy) => policy.ref)).toEqual(['POL-ACC']);
    host.shutdown();
  });
});

describe('mappings drive the coverage matrix, the gap analysis and the scores', () => {
  it('mapping an implemented control to a criterion covers it and raises design readiness', async () => {
    const { host, call } = await openEngagement();
    await call('controls.adopt', { catalogIds: ['ACC-06'] });
    const control = (await call('controls.overview')).controls[0]!;
    await call('controls.update', { id: control.id, patch: { implementationStatus: 'implemented' } });
    await call('assessment.update', { criterionId: 'CC1.1', status: 'met' });

    const before = await call('readiness.get');
    const coverageBefore = await call('coverage.get');
    expect(coverageBefore.rows.find((row) => row.criterionId === 'CC1.1')).toMatchObject({ state: 'uncovered', controls: [] });
    expect(before.criteria.find((score) => score.criterionId === 'CC1.1')!.designPoints).toBe(0);
    expect(coverageBefore.rows).toHaveLength(33);

    await call('controls.setCriteria', { id: control.id, criteria: [...control.criteria, 'CC1.1'] });

    const coverage = await call('coverage.get');
    expect(coverage.rows.find((row) => row.criterionId === 'CC1.1')).toMatchObject({ state: 'covered', controls: [{ ref: 'ACC-06', implementationStatus: 'implemented' }] });
    expect(coverage.counts.covered).toBe(coverageBefore.counts.covered + 1);
    const after = await call('readiness.get');
    expect(after.criteria.find((score) => score.criterionId === 'CC1.1')!.designPoints).toBe(1);
    expect(after.overall.design.earned).toBe(before.overall.design.earned + 1);
    const gaps = await call('assessment.list');
    expect(gaps.criteria.find((criterion) => criterion.criterionId === 'CC1.1')!.controls.map((c) => c.catalogControlId)).toEqual(['ACC-06']);

    // Retiring the control takes the coverage and the point away again.
    await call('controls.retire', { ids: [control.id], reason: 'Replaced by the identity governance tool' });
    expect((await call('coverage.get')).rows.find((row) => row.criterionId === 'CC1.1')!.state).toBe('uncovered');
    expect((await call('readiness.get')).criteria.find((score) => score.criterionId === 'CC1.1')!.designPoints).toBe(0);
    host.shutdown();
  });

  it('shows not-applicable criteria with their reason and the schedule of a control over the period', async () => {
    const { host, call } = await openEngagement();
    await call('engagement.update', { periodStart: '2026-04-01', periodEnd: '2026-09-30' });
    await call('assessment.update', { criterionId: 'CC6.4', status: 'not-applicable', naReason: 'No offices hold systems' });
    expect((await call('coverage.get')).rows.find((row) => row.criterionId === 'CC6.4')).toMatchObject({ state: 'not-applicable', naReason: 'No offices hold systems' });
    await call('controls.adopt', { catalogIds: ['ACC-06'] });
    const id = (await call('controls.overview')).controls[0]!.id;
    const schedule = await call('controls.schedule', { id });
    expect(schedule).toMatchObject({ ref: 'ACC-06', period: 'Type II, 2026-04-01 to 2026-09-30', schedule: { kind: 'periodic', expected: 2 } });
    expect(schedule.schedule.occurrences.map((o) => o.windowEnd)).toEqual(['2026-06-30', '2026-09-30']);
    host.shutdown();
  });
});
