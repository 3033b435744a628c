import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { policyTextHash } from '../../../core/policies/policy-hash';
import { readPolicyRegister } from '../../../core/policies/policy-register';
import { nextReviewAfter, policyState, unsetValues } from '../../../core/policies/policy-state';
import { openEngagement, waitForJob } from './api-host';

const TODAY = '2026-06-15';
const clock = () => new Date(`${TODAY}T10:00:00Z`);
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

describe('policy state at a glance', () => {
  it('is draft until approved, then approved, due for review within 30 days, overdue after the date', () => {
    expect(policyState({ hasApprovedVersion: false, nextReviewDate: '2030-01-01' }, TODAY)).toBe('draft');
    expect(policyState({ hasApprovedVersion: true, nextReviewDate: '2027-03-01' }, TODAY)).toBe('approved');
    expect(policyState({ hasApprovedVersion: true, nextReviewDate: '2026-07-15' }, TODAY)).toBe('due-for-review');
    expect(policyState({ hasApprovedVersion: true, nextReviewDate: '2026-07-16' }, TODAY)).toBe('approved');
    expect(policyState({ hasApprovedVersion: true, nextReviewDate: TODAY }, TODAY)).toBe('due-for-review');
    expect(policyState({ hasApprovedVersion: true, nextReviewDate: '2026-06-14' }, TODAY)).toBe('overdue');
  });

  it('puts the next review a review cycle after approval, at the end of a shorter month', () => {
    expect(nextReviewAfter('2026-03-16', 12)).toBe('2027-03-16');
    expect(nextReviewAfter('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('finds the values still to be set in a text, once each', () => {
    expect(unsetValues('A [to be set: security owner] and [to be set: effective date], again [to be set: security owner].')).toEqual(['security owner', 'effective date']);
  });
});

describe('policies from templates, versions and approval', () => {
  it('fills a template with the organisation’s details and marks what is not known yet', async () => {
    const { host, call } = await openEngagement({ clock });
    await call('engagement.update', { systemName: 'Acme Billing' });
    await call('profile.update', { policyOwnerName: 'Jo Park (COO)' });
    const view = await call('policy.createFromTemplates', { templateIds: ['POL-ACC', 'POL-COC'] });
    expect(view.policies.map((p) => [p.ref, p.state, p.versions, p.owner])).toEqual([
      ['POL-ACC', 'draft', 1, 'Jo Park (COO)'],
      ['POL-COC', 'draft', 1, 'Jo Park (COO)'],
    ]);
    expect(view.templates.find((t) => t.id === 'POL-ACC')).toMatchObject({ created: true, inScope: true });
    expect(view.templates.find((t) => t.id === 'POL-PRIV')).toMatchObject({ created: false, inScope: false });
    const access = await call('policy.get', { id: view.policies[0]!.id });
    const text = access.versionList[0]!.markdown;
    expect(text).toContain('Acme Ltd');
    expect(text).toContain('Acme Billing');
    expect(text).toContain('Jo Park (COO)');
    expect(text).not.toContain('{{');
    expect(access.unsetValues).toEqual(['security owner', 'effective date']);
    expect(access.versionList[0]).toMatchObject({ version: 1, author: 'tester', sha256: policyTextHash(text), approver: null });
    host.shutdown();
  });

  it('hashes each version, refuses approval while values are unset or dated in the future, and never changes an approved version', async () => {
    const { host, call, file } = await openEngagement({ clock });
    const created = await call('policy.create', { title: 'Clean Desk Policy', owner: 'Jo Park', reviewMonths: 12 });
    const id = created.id;
    expect(created.versionList[0]!.sha256).toBe(policyTextHash(created.versionList[0]!.markdown));

    let policy = await call('policy.saveDraft', { id, markdown: '# Clean Desk Policy\n\nLeave nothing on desks. Owner: [to be set: security owner]\n' });
    expect(policy.versions).toBe(1);
    const refusedUnset = await host.call('policy.approve', { id, version: 1, approver: 'Dana Whitfield', approvedOn: '2026-06-01' });
    expect(refusedUnset).toMatchObject({ ok: false, error: { message: expect.stringContaining('security owner') } });

    const v1Text = '# Clean Desk Policy\r\n\r\nLeave nothing on desks.\r\n';
    policy = await call('policy.saveDraft', { id, markdown: v1Text });
    const v1Hash = policyTextHash('# Clean Desk Policy\n\nLeave nothing on desks.\n');
    expect(policy.versionList[0]!.sha256).toBe(v1Hash);
    expect(policy.versionList[0]!.markdown).not.toContain('\r');

    const future = await host.call('policy.approve', { id, version: 1, approver: 'Dana Whitfield', approvedOn: '2026-07-01' });
    expect(future).toMatchObject({ ok: false, error: { message: expect.stringContaining('in the future') } });

    policy = await call('policy.approve', { id, version: 1, approver: 'Dana Whitfield', approvedOn: '2026-06-01' });
    expect(policy).toMatchObject({ state: 'approved', nextReviewDate: '2027-06-01', inForce: { version: 1, approver: 'Dana Whitfield', approvedOn: '2026-06-01', sha256: v1Hash }, draft: null });
    expect(policy.versionList[0]).toMatchObject({ approvalRecordedBy: 'tester' });

    // Editing an approved policy starts version 2; version 1 stays exactly as approved.
    policy = await call('policy.saveDraft', { id, markdown: '# Clean Desk Policy\n\nLeave nothing on desks. Lock screens.\n' });
    expect(policy.versions).toBe(2);
    expect(policy.inForce).toMatchObject({ version: 1, sha256: v1Hash });
    expect(policy.draft).toMatchObject({ version: 2 });
    expect(policy.draft!.sha256).not.toBe(v1Hash);
    expect(policy.state).toBe('approved');
    const twice = await host.call('policy.approve', { id, version: 1, approver: 'X', approvedOn: '2026-06-02' });
    expect(twice).toMatchObject({ ok: false, error: { message: expect.stringContaining('already approved') } });
    const early = await host.call('policy.approve', { id, version: 2, approver: 'Dana Whitfield', approvedOn: '2026-05-01' });
    expect(early).toMatchObject({ ok: false, error: { message: expect.stringContaining('cannot be approved before') } });
    policy = await call('policy.approve', { id, version: 2, approver: 'Dana Whitfield', approvedOn: '2026-06-10', nextReviewDate: '2026-07-01' });
    expect(policy).toMatchObject({ state: 'due-for-review', inForce: { version: 2 } });
    expect((await host.call('policy.remove', { id })).ok).toBe(false);
    host.shutdown();

    // The storage itself refuses to change an approved version, whatever the caller.
    const db = new Database(file);
    expect(() => db.prepare("UPDATE policy_version SET markdown = 'rewritten' WHERE version = 1").run()).toThrow(/never changes/);
    expect(() => db.prepare('DELETE FROM policy_version WHERE version = 1').run()).toThrow(/never changes/);
    db.close();
  });

  it('removes a policy that was never approved, and logs every step', async () => {
    const { host, call } = await openEngagement({ clock });
    const created = await call('policy.create', { title: 'Travel Policy' });
    expect((await host.call('policy.remove', { id: created.id })).ok).toBe(true);
    expect((await call('policy.list')).policies).toEqual([]);
    const actions = (await call('activity.list', { limit: 20 })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(['policy.create', 'policy.remove']));
    host.shutdown();
  });

  it('feeds the package’s policy register: the version in force, its approval and hash', async () => {
    const { host, call, file } = await openEngagement({ clock });
    await call('engagement.update', { systemName: 'Acme Billing' });
    await call('profile.update', { securityOwnerName: 'Jo Park', policyOwnerName: 'Jo Park' });
    const view = await call('policy.createFromTemplates', { templateIds: ['POL-AUP'], effectiveDate: '2026-06-01' });
    const id = view.policies[0]!.id;
    await call('policy.approve', { id, version: 1, approver: 'Dana Whitfield', approvedOn: '2026-06-02' });
    const checklist = await call('checklist.get');
    const item = checklist.items.find((entry) => entry.id === 'policies-approved');
    expect(item).toMatchObject({ status: 'pass' });
    host.shutdown();
    const db = new Database(file, { readonly: true });
    const register = readPolicyRegister(db);
    db.close();
    expect(register).toEqual([
      expect.objectContaining({ ref: 'POL-AUP', title: 'Acceptable Use Policy', version: '1', approver: 'Dana Whitfield', approvedOn: '2026-06-02', nextReview: '2027-06-02', status: 'approved', sha256: view.policies[0]!.draft!.sha256 }),
    ]);
    expect(register![0]!.markdown).toContain('Acme Billing');
  });
});

describe.skipIf(!hasPoppler)('policies export to PDF (read back with poppler)', () => {
  it('exports one policy and the whole set, with approval details, hash and text', async () => {
    const { host, call, dir } = await openEngagement({ clock });
    await call('engagement.update', { systemName: 'Acme Billing' });
    await call('profile.update', { securityOwnerName: 'Jo Park', privacyContactName: 'Ana Silva', policyOwnerName: 'Jo Park' });
    const view = await call('policy.createFromTemplates', { templateIds: ['POL-ACC', 'POL-RET', 'POL-COC'], effectiveDate: '2026-06-01' });
    const access = view.policies.find((p) => p.ref === 'POL-ACC')!;
    const approved = await call('policy.approve', { id: access.id, version: 1, approver: 'Dana Whitfield', approvedOn: '2026-06-02' });

    const single = await waitForJob(call, (await call('policy.exportPdf', { ids: [access.id] })).jobId);
    expect(single.state).toBe('succeeded');
    const one = single.result as { filePath: string; pages: number; policies: number };
    expect(path.dirname(one.filePath)).toBe(path.join(dir, 'acme policies'));
    expect(path.basename(one.filePath)).toBe('POL-ACC Access Control Policy v1.pdf');
    const text = execFileSync('pdftotext', ['-layout', one.filePath, '-']).toString();
    expect(text).toContain('Access Control Policy');
    expect(text).toContain('2026-06-02 by Dana Whitfield');
    expect(text).toContain(approved.inForce!.sha256);
    expect(text).toContain('Every person has a unique, named account');
    expect(text).toMatch(/Page 1 of \d+/);
    const info = execFileSync('pdfinfo', [one.filePath]).toString();
    expect(info).toMatch(new RegExp(`Pages:\\s+${one.pages}\\b`));
    expect(execFileSync('pdffonts', [one.filePath]).toString()).toContain('DejaVuSans');

    const set = await waitForJob(call, (await call('policy.exportPdf', {})).jobId);
    const all = set.result as { filePath: string; policies: number };
    expect(all.policies).toBe(3);
    const setText = execFileSync('pdftotext', ['-layout', all.filePath, '-']).toString();
    expect(setText).toContain('Policies');
    expect(setText).toContain('DRAFT — not approved');
    // The retention schedule is a Markdown table; its cells come through.
    expect(setText).toMatch(/Database backups\s+35 days on a rolling basis/);
    expect(setText).toContain('Code of Conduct');
    // A second export never replaces the first.
    const again = await waitForJob(call, (await call('policy.exportPdf', { ids: [access.id] })).jobId);
    expect(path.basename((again.result as { filePath: string }).filePath)).toBe('POL-ACC Access Control Policy v1 (2).pdf');
    host.shutdown();
  });
});
