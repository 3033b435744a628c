import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiMethod, ApiResult } from '../../../core/api/contract';
import { createCoreHost } from '../../../core/host';
import { tempDir } from '../helpers/temp';

type Call = <M extends ApiMethod>(method: M, args?: unknown) => Promise<ApiResult<M>>;

/** A core host with one new workspace open, and a `call` that fails the test on an error response. */
async function open(organisation = 'Acme Ltd') {
  const dir = tempDir();
  const host = createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor: 'tester', log: () => undefined });
  const call: Call = async (method, args = {}) => {
    const response = await host.call(method, args);
    if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
    return response.value as never;
  };
  await call('workspace.create', { path: path.join(dir, 'acme.soc2'), organisationName: organisation });
  return { host, call, dir };
}

/** Fills in everything step 1 requires. */
async function completeScope(call: Call) {
  await call('engagement.update', { systemName: 'Acme Billing', periodStart: '2026-01-01', periodEnd: '2026-06-30', cpaFirm: 'Harlow & Finch LLP' });
  await call('profile.update', { services: 'Invoicing software for small firms', securityOwnerName: 'Jo Park' });
  const sections = await call('description.list');
  for (const section of sections.filter((s) => s.required)) await call('description.update', { id: section.id, body: `Our ${section.title.toLowerCase()}.` });
  await call('system.add', { name: 'Billing API', type: 'application', environment: 'production', dataClassification: 'confidential' });
}

describe('step 1 through the API', () => {
  it('lists what is missing, refuses to confirm until it is done, then marks step 1 complete', async () => {
    const { host, call } = await open();
    let summary = await call('scope.summary');
    expect(summary.ready).toBe(false);
    expect(summary.checklist.filter((item) => !item.done).map((item) => item.id)).toEqual(['system-name', 'timing', 'cpa-firm', 'services', 'security-owner', 'description', 'systems']);
    const refused = await host.call('scope.confirm', {});
    expect(refused).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('name the system the report covers') } });

    await completeScope(call);
    summary = await call('scope.summary');
    expect(summary).toMatchObject({ ready: true, confirmed: false, counts: { systems: 1, descriptionWritten: 9, descriptionRequired: 9 } });
    expect((await call('workspace.current'))!.steps[0]).toMatchObject({ state: 'in-progress', next: 'Review the scope summary and confirm the scope.' });
    summary = await call('scope.confirm');
    expect(summary.confirmed).toBe(true);
    expect((await call('workspace.current'))!.steps[0]).toMatchObject({ state: 'complete' });
    host.shutdown();
  });

  it('DC9 is required for Type II only', async () => {
    const { host, call } = await open();
    expect((await call('description.list')).find((s) => s.id === 'DC9')).toMatchObject({ typeIIOnly: true, required: true });
    await call('engagement.update', { reportType: 'type1' });
    expect((await call('description.list')).find((s) => s.id === 'DC9')).toMatchObject({ required: false });
    expect((await call('scope.summary')).counts.descriptionRequired).toBe(8);
    host.shutdown();
  });

  it('after confirmation, scope changes are logged, flagged on the dashboard, and cleared by confirming again', async () => {
    const { host, call } = await open();
    await completeScope(call);
    await call('scope.confirm');
    await call('engagement.update', { cpaFirm: 'Other & Co' });
    expect((await call('dashboard.get')).scopeChanges).toEqual([]);

    await call('engagement.update', { categories: ['security', 'availability'], periodEnd: '2026-09-30' });
    await call('vendor.add', { name: 'Northwind Cloud', criticality: 'critical', isSubservice: true, subserviceMethod: 'carve-out' });
    await call('vendor.add', { name: 'Mailer', criticality: 'low' });
    const changes = (await call('dashboard.get')).scopeChanges.map((change) => change.summary);
    expect(changes).toEqual(['Period end changed from 2026-06-30 to 2026-09-30; Availability added to the categories in scope', 'Northwind Cloud added as a subservice organisation (carve-out)']);
    const log = await call('activity.list', { limit: 3 });
    expect(log.map((entry) => [entry.action, JSON.parse(entry.details).scopeChange ?? false])).toEqual([
      ['vendor.add', false],
      ['vendor.add', true],
      ['engagement.update', true],
    ]);
    expect((await call('workspace.current'))!.steps[0]!.next).toContain('review the changes and confirm it again');

    await call('scope.confirm');
    expect((await call('dashboard.get')).scopeChanges).toEqual([]);
    host.shutdown();
  });

  it('keeps subservice details consistent: CSOCs need a subservice organisation; un-flagging clears the method', async () => {
    const { host, call } = await open();
    let vendors = await call('vendor.add', { name: 'Mailer', criticality: 'medium' });
    const mailer = vendors[0]!.id;
    expect(await host.call('csoc.add', { vendorId: mailer, control: 'Data centres are locked' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('not marked as a subservice organisation') } });
    expect(await host.call('vendor.update', { id: mailer, patch: { subserviceMethod: 'inclusive' } })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    vendors = await call('vendor.update', { id: mailer, patch: { isSubservice: true, subserviceMethod: 'inclusive' } });
    vendors = await call('csoc.add', { vendorId: mailer, control: 'Mail servers are patched monthly', relatedCriteria: ['CC7.1'] });
    expect(vendors[0]!.csocs).toMatchObject([{ control: 'Mail servers are patched monthly', relatedCriteria: ['CC7.1'] }]);
    vendors = await call('vendor.update', { id: mailer, patch: { isSubservice: false } });
    expect(vendors[0]).toMatchObject({ isSubservice: false, subserviceMethod: null });
    host.shutdown();
  });

  it('flags a vendor report that stops short of the period without a bridge letter', async () => {
    const { host, call } = await open();
    await call('engagement.update', { periodStart: '2026-04-01', periodEnd: '2026-09-30' });
    let vendors = await call('vendor.add', { name: 'Cloud', criticality: 'critical', isSubservice: true, subserviceMethod: 'carve-out', socReport: 'soc2-type2', socPeriodStart: '2025-07-01', socPeriodEnd: '2026-06-30', socOpinion: 'unqualified' });
    expect(vendors[0]!.assuranceNotes).toEqual([
      'List the controls you rely on this provider to operate (CSOCs); a carve-out description must name them.',
      'Its report covers only up to 2026-06-30, before your report date 2026-09-30: obtain a bridge letter that covers the gap.',
    ]);
    vendors = await call('vendor.update', { id: vendors[0]!.id, patch: { bridgeLetterFrom: '2026-07-01', bridgeLetterTo: '2026-12-31' } });
    expect(vendors[0]!.assuranceNotes).toHaveLength(1);
    host.shutdown();
  });

  it('imports a vendor CSV through the API, reporting bad rows and duplicates, in one logged change', async () => {
    const { host, call } = await open();
    await call('vendor.add', { name: 'Existing', criticality: 'low' });
    const csv = '\uFEFFSupplier;Tier;Subprocessor\r\nNorthwind;crit;yes\r\nexisting;low;no\r\nBad;extreme;no\r\nNorthwind;high;no\r\n';
    const preview = await call('vendor.previewCsv', { csv });
    expect(preview).toMatchObject({ headers: ['Supplier', 'Tier', 'Subprocessor'], rowCount: 4, mapping: { name: 0, criticality: 1, isSubservice: 2 } });
    const result = await call('vendor.importCsv', { csv, mapping: preview.mapping });
    expect(result.imported).toBe(1);
    expect(result.skipped.map((problem) => problem.line)).toEqual([3, 4, 5]);
    expect(result.skipped[1]!.message).toContain('Criticality “extreme” is not one of');
    expect(result.skipped[0]!.values).toEqual(['existing', 'low', 'no']);
    const log = await call('activity.list', { limit: 1 });
    expect(log[0]).toMatchObject({ action: 'vendor.import' });
    const exported = await call('vendor.exportCsv');
    expect(exported.fileName).toMatch(/^Acme Ltd vendor register \d{4}-\d{2}-\d{2}\.csv$/);
    expect(exported.csv.split('\r\n')[0]).toBe('\uFEFFVendor,Service provided,Criticality,Subservice organisation,Carve-out or inclusive,Assurance report,Report period start,Report period end,Opinion,Bridge letter from,Bridge letter to,Notes');
    host.shutdown();
  });
});

describe('step 2 through the API', () => {
  it('requires a reason for not applicable, refuses criteria out of scope, and logs every edit', async () => {
    const { host, call } = await open();
    expect(await host.call('assessment.update', { criterionId: 'CC6.4', status: 'not-applicable' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Say why CC6.4') } });
    expect(await host.call('assessment.update', { criterionId: 'A1.1', status: 'met' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('A1.1 is not in scope') } });
    const updated = await call('assessment.update', { criterionId: 'CC6.4', status: 'not-applicable', naReason: 'No offices' });
    expect(updated).toMatchObject({ status: 'not-applicable', naReason: 'No offices' });
    expect((await call('scope.summary')).notApplicable).toEqual([{ criterionId: 'CC6.4', summary: expect.any(String), reason: 'No offices' }]);
    await call('assessment.update', { criterionId: 'CC6.4', naReason: 'No offices' });
    const log = await call('activity.list', { limit: 5 });
    expect(log.filter((entry) => entry.action === 'assessment.update')).toHaveLength(1);
    host.shutdown();
  });

  it('scores move as controls are adopted and implemented, and a removed category drops out of the scores but keeps its assessments', async () => {
    const { host, call } = await open();
    await call('engagement.update', { categories: ['security', 'availability'] });
    await call('assessment.setStatus', { criterionIds: ['CC1.1', 'A1.2'], status: 'met' });
    let readiness = await call('readiness.get');
    expect(readiness.overall.design).toEqual({ earned: 0, possible: 36, percent: 0 });

    const list = await call('assessment.list');
    const cc11 = list.criteria.find((c) => c.criterionId === 'CC1.1')!;
    expect(cc11.suggestedControls.length).toBeGreaterThan(0);
    const adopted = await call('controls.adopt', { catalogIds: [cc11.suggestedControls[0]!.catalogId] });
    await call('controls.setStatus', { id: adopted[0]!.id, status: 'implemented' });
    readiness = await call('readiness.get');
    expect(readiness.overall.design.earned).toBe(1);
    expect(readiness.byCategory.map((g) => g.id)).toEqual(['security', 'availability']);

    const a12 = (await call('assessment.list')).criteria.find((c) => c.criterionId === 'A1.2')!;
    await call('controls.setMapping', { id: adopted[0]!.id, criterionId: 'A1.2', mapped: true });
    expect(a12.designPoints).toBe(0);
    expect((await call('readiness.get')).overall.design).toEqual({ earned: 2, possible: 36, percent: 5.6 });

    await call('engagement.update', { categories: ['security'] });
    readiness = await call('readiness.get');
    expect(readiness.overall.design).toEqual({ earned: 1, possible: 33, percent: 3 });
    const guidance = await call('scope.guidance');
    expect(guidance.categories.find((c) => c.id === 'availability')).toMatchObject({ inScope: false, keptAssessments: 1 });
    await call('engagement.update', { categories: ['security', 'availability'] });
    expect((await call('readiness.get')).overall.design.earned).toBe(2);
    host.shutdown();
  });

  it('tracks gaps to remediation items, and reports them on the dashboard and in the gap report', async () => {
    const { host, call } = await open();
    await call('assessment.setStatus', { criterionIds: ['CC4.1', 'CC7.5'], status: 'gap' });
    expect((await call('workspace.current'))!.steps[1]).toMatchObject({ state: 'in-progress' });
    let dashboard = await call('dashboard.get');
    expect(dashboard.nextActions.map((action) => action.label)).toContain('Raise remediation items for 2 gaps (first: CC4.1)');
    await call('remediation.add', { criterionId: 'CC4.1', title: 'Commission a penetration test', severity: 'high', owner: 'Jo Park', dueDate: '2020-01-31' });
    await call('remediation.add', { criterionId: 'CC7.5', title: 'Write a recovery playbook', severity: 'low' });
    dashboard = await call('dashboard.get');
    expect(dashboard.openGaps).toMatchObject({ total: 2, bySeverity: { high: 1, medium: 0, low: 1 }, overdue: 1 });
    expect(dashboard.openGaps.byOwner).toEqual([
      { owner: 'Jo Park', open: 1, high: 1, overdue: 1 },
      { owner: '(no owner yet)', open: 1, high: 0, overdue: 0 },
    ]);
    const report = await call('gaps.exportCsv');
    const lines = report.csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^CC4\.1,CC4,Security,.*,gap,,Commission a penetration test,high,Jo Park,2020-01-31,open,yes,$/);
    host.shutdown();
  });

  it('refuses every edit on a read-only workspace, leaving nothing half-written', async () => {
    const { host, call, dir } = await open();
    await call('workspace.close');
    await call('workspace.open', { path: path.join(dir, 'acme.soc2'), readOnly: true });
    expect(await host.call('assessment.update', { criterionId: 'CC1.1', status: 'met' })).toMatchObject({ ok: false, error: { code: 'WORKSPACE_READ_ONLY' } });
    expect(await host.call('system.add', { name: 'x', type: 'other', environment: 'production', dataClassification: 'public' })).toMatchObject({ ok: false, error: { code: 'WORKSPACE_READ_ONLY' } });
    expect(await call('readiness.get')).toMatchObject({ overall: { assessed: 0 } });
    host.shutdown();
  });
});
