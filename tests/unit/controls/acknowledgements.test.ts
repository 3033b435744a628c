import { describe, expect, it } from 'vitest';
import { parseVersion } from '../../../core/policies/acknowledgement-import';
import { ratePercent, workforce } from '../../../core/policies/acknowledgement-rates';
import { parseExportDate } from '../../../core/policies/parse-date';
import { openEngagement, type Call } from './api-host';

const clock = () => new Date('2026-06-15T10:00:00Z');

/** Two policies, each approved (version 1), and the Access Control Policy with an approved version 2 as well. */
async function withApprovedPolicies(call: Call) {
  await call('engagement.update', { systemName: 'Acme Billing' });
  await call('profile.update', { securityOwnerName: 'Jo Park', policyOwnerName: 'Jo Park' });
  const view = await call('policy.createFromTemplates', { templateIds: ['POL-ACC', 'POL-COC'], effectiveDate: '2026-01-01' });
  const access = view.policies.find((p) => p.ref === 'POL-ACC')!;
  const conduct = view.policies.find((p) => p.ref === 'POL-COC')!;
  await call('policy.approve', { id: access.id, version: 1, approver: 'Dana Whitfield', approvedOn: '2026-01-10' });
  await call('policy.approve', { id: conduct.id, version: 1, approver: 'Dana Whitfield', approvedOn: '2026-01-10' });
  const text = (await call('policy.get', { id: access.id })).versionList[0]!.markdown;
  await call('policy.saveDraft', { id: access.id, markdown: `${text}\nA new statement.\n` });
  await call('policy.approve', { id: access.id, version: 2, approver: 'Dana Whitfield', approvedOn: '2026-04-01' });
  return { access, conduct };
}

describe('reading what HR exports write', () => {
  it('reads year-first, named-month and (when told the order) day- or month-first dates', () => {
    expect(parseExportDate('2026-03-04', 'ymd')).toEqual({ date: '2026-03-04' });
    expect(parseExportDate('2026-03-04T17:45:00Z', 'ymd')).toEqual({ date: '2026-03-04' });
    expect(parseExportDate('2026/3/4 09:00', 'ymd')).toEqual({ date: '2026-03-04' });
    expect(parseExportDate('4 Mar 2026', 'ymd')).toEqual({ date: '2026-03-04' });
    expect(parseExportDate('March 4, 2026', 'ymd')).toEqual({ date: '2026-03-04' });
    expect(parseExportDate('04/03/2026', 'dmy')).toEqual({ date: '2026-03-04' });
    expect(parseExportDate('03/04/2026', 'mdy')).toEqual({ date: '2026-03-04' });
    expect(parseExportDate('03/04/2026', 'ymd')).toMatchObject({ error: expect.stringContaining('day/month or month/day') });
    expect(parseExportDate('31/02/2026', 'dmy')).toMatchObject({ error: expect.stringContaining('not a real date') });
    expect(parseExportDate('2026-02-30', 'ymd')).toMatchObject({ error: expect.stringContaining('not a real calendar date') });
    expect(parseExportDate('yesterday', 'ymd')).toMatchObject({ error: expect.stringContaining('YYYY-MM-DD') });
  });

  it('reads versions written as 2, v2, V 2, 2.0, Version 2 or rev. 2', () => {
    for (const text of ['2', 'v2', 'V 2', '2.0', 'Version 2', 'rev. 2']) expect(parseVersion(text)).toBe(2);
    for (const text of ['1.1', 'two', '0', '']) expect(parseVersion(text)).toBeNull();
  });

  it('counts rates against the headcount, or says it falls back to the people seen', () => {
    expect(workforce(50, 30)).toMatchObject({ size: 50, basis: 'headcount' });
    expect(workforce(null, 30)).toMatchObject({ size: 30, basis: 'acknowledgements', text: expect.stringContaining('set the headcount') });
    expect(workforce(0, 0)).toMatchObject({ size: null, basis: 'none' });
    expect(ratePercent(2, 3)).toBe(66.7);
    expect(ratePercent(5, null)).toBeNull();
  });
});

describe('importing acknowledgements from a CSV export', () => {
  it('guesses unusual column names, strips a BOM, reports the bad rows with their row numbers and imports the rest', async () => {
    const { host, call } = await openEngagement({ clock });
    const { access, conduct } = await withApprovedPolicies(call);
    await call('profile.update', { headcount: 4 });
    const csv = [
      '\uFEFFWorker Full Name;Work E-mail;Document Title;Doc Rev;Date Signed (UTC)',
      'Sam Lee;sam.lee@acme.example;Access Control Policy;v2;2026-04-03T09:12:00Z',
      'Ana Silva;ana.silva@acme.example;POL-ACC;2;4 Apr 2026',
      'Ana Silva;ana.silva@acme.example;Code of Conduct;1;2026-02-01',
      'Bo Chen;not-an-email;Access Control;2;2026-04-05',
      'Kim Wu;kim.wu@acme.example;Expense Policy;1;2026-04-05',
      'Lee Park;lee.park@acme.example;Access Control Policy;1;2026-01-05',
      ';;Code of Conduct;1;2026-02-02',
      'Raj Iyer;raj.iyer@acme.example;Code of Conduct;;2026-02-03',
      'Sam Lee;SAM.LEE@acme.example;Access Control Policy;2;2026-04-06',
      'Ola Berg;ola.berg@acme.example;Access Control Policy;2;2026-09-01',
    ].join('\r\n');
    const preview = await call('policy.previewAcknowledgements', { csv });
    expect(preview.headers).toEqual(['Worker Full Name', 'Work E-mail', 'Document Title', 'Doc Rev', 'Date Signed (UTC)']);
    expect(preview.rowCount).toBe(10);
    expect(preview.mapping).toEqual({ email: 1, person: 0, policy: 2, version: 3, acknowledgedOn: 4 });

    const result = await call('policy.importAcknowledgements', { csv, mapping: preview.mapping, fileName: 'peoplebase.csv' });
    expect(result.imported).toBe(4);
    expect(result.duplicates).toEqual([{ line: 10, person: 'Sam Lee', policy: 'Access Control Policy', version: 2 }]);
    expect(result.skipped.map((row) => [row.line, row.message])).toEqual([
      [5, 'E-mail “not-an-email” is not an e-mail address'],
      [6, 'Policy “Expense Policy” is not a policy of this engagement'],
      [7, 'acknowledged on 2026-01-05, before version 1 was approved (2026-01-10)'],
      [8, 'neither a name nor an e-mail address'],
      [11, 'Acknowledged on 2026-09-01 is in the future'],
    ]);
    expect(result.skipped[0]!.values).toEqual(['Bo Chen', 'not-an-email', 'Access Control', '2', '2026-04-05']);

    const accessView = await call('policy.get', { id: access.id });
    expect(accessView.acknowledgements).toEqual([{ version: 2, people: 2, percent: 50 }]);
    expect(accessView.recentAcknowledgements.map((ack) => [ack.person, ack.version, ack.acknowledgedOn, ack.source])).toEqual([
      ['Ana Silva', 2, '2026-04-04', 'peoplebase.csv'],
      ['Sam Lee', 2, '2026-04-03', 'peoplebase.csv'],
    ]);
    // No version column value: the version in force on that day.
    const conductView = await call('policy.get', { id: conduct.id });
    expect(conductView.acknowledgements).toEqual([{ version: 1, people: 2, percent: 50 }]);
    const list = await call('policy.list');
    expect(list.workforce).toMatchObject({ size: 4, basis: 'headcount' });

    // Importing the same file again records nothing twice.
    const again = await call('policy.importAcknowledgements', { csv, mapping: preview.mapping, fileName: 'peoplebase.csv' });
    expect(again.imported).toBe(0);
    expect(again.duplicates).toHaveLength(5);
    const log = (await call('activity.list', { limit: 100 })).filter((entry) => entry.action === 'policy.importAcknowledgements');
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]!.details)).toMatchObject({ source: 'peoplebase.csv', imported: 4, duplicates: 1, notImported: 5 });
    host.shutdown();
  });

  it('imports a file for one chosen policy with day-first dates, and refuses a mapping that cannot work', async () => {
    const { host, call } = await openEngagement({ clock });
    const { conduct } = await withApprovedPolicies(call);
    const csv = 'Staff member,Completed on\nJo Park,02/03/2026\nAl Roy,13/03/2026\n';
    const preview = await call('policy.previewAcknowledgements', { csv });
    expect(preview.mapping).toMatchObject({ person: 0, acknowledgedOn: 1, policy: null, email: null });
    const noPolicy = await host.call('policy.importAcknowledgements', { csv, mapping: preview.mapping });
    expect(noPolicy).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('the one policy every row') } });
    const ambiguous = await call('policy.importAcknowledgements', { csv, mapping: preview.mapping, policyId: conduct.id });
    expect(ambiguous.imported).toBe(0);
    expect(ambiguous.skipped[0]!.message).toContain('could be day/month or month/day');
    const dayFirst = await call('policy.importAcknowledgements', { csv, mapping: preview.mapping, policyId: conduct.id, dateOrder: 'dmy' });
    expect(dayFirst).toMatchObject({ imported: 2, skipped: [] });
    const detail = await call('policy.get', { id: conduct.id });
    expect(detail.recentAcknowledgements.map((ack) => ack.acknowledgedOn)).toEqual(['2026-03-13', '2026-03-02']);
    // Without a headcount, the rate is counted against everyone seen in the imports.
    expect(detail.acknowledgements).toEqual([{ version: 1, people: 2, percent: 100 }]);
    const noPeople = await host.call('policy.importAcknowledgements', { csv, mapping: { acknowledgedOn: 1 }, policyId: conduct.id });
    expect(noPeople).toMatchObject({ ok: false, error: { message: expect.stringContaining('name or e-mail') } });
    host.shutdown();
  });
});
