import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChecklistView, PackageResultView } from '../../../core/api/audit-types';
import type { JobStatus, WorkspaceSummary } from '../../../core/api/types';
import { createCoreHost, type CoreHost } from '../../../core/host';
import { tempDir } from '../helpers/temp';

async function host(dir: string): Promise<{ core: CoreHost; call: <T>(method: string, args?: unknown) => Promise<T>; fail: (method: string, args?: unknown) => Promise<{ code: string; message: string }> }> {
  const core = createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, 'settings'), actor: 'tester', log: () => {} });
  const call = async <T,>(method: string, args: unknown = {}): Promise<T> => {
    const response = await core.call(method, args);
    if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
    return response.value as T;
  };
  const fail = async (method: string, args: unknown = {}) => {
    const response = await core.call(method, args);
    if (response.ok) throw new Error(`${method} unexpectedly succeeded`);
    return response.error;
  };
  await call('workspace.create', { path: path.join(dir, 'api.soc2'), organisationName: 'Api Test Ltd' });
  return { core, call, fail };
}

async function finish(call: <T>(method: string, args?: unknown) => Promise<T>, jobId: string): Promise<JobStatus> {
  for (;;) {
    const status = await call<JobStatus>('job.get', { id: jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('step 5 through the API', () => {
  it('computes the checklist live and waives only with a reason, logging each waiver', async () => {
    const dir = tempDir();
    const { core, call, fail } = await host(dir);
    const checklist = await call<ChecklistView>('checklist.get');
    const status = Object.fromEntries(checklist.items.map((item) => [item.id, item.effective]));
    expect(status).toEqual({
      'scope-recorded': 'fail',
      'criteria-covered': 'fail',
      'no-open-high-gaps': 'pass',
      'policies-approved': 'fail',
      'key-evidence-present': 'fail',
      'description-complete': 'fail',
      'assertion-kept': 'fail',
      'activity-log-intact': 'pass',
    });
    expect(checklist.readyToSeal).toBe(false);
    expect(checklist.items.find((i) => i.id === 'scope-recorded')!.problems).toContain('The CPA firm performing the audit is not recorded.');

    expect((await fail('checklist.waive', { itemId: 'scope-recorded', reason: 'too short' })).code).toBe('BAD_ARGUMENT');
    expect((await fail('checklist.waive', { itemId: 'no-such-item', reason: 'A long enough reason.' })).code).toBe('BAD_ARGUMENT');
    expect((await fail('checklist.waive', { itemId: 'activity-log-intact', reason: 'A long enough reason.' })).message).toMatch(/cannot be waived/);

    const waived = await call<ChecklistView>('checklist.waive', { itemId: 'key-evidence-present', reason: 'Evidence is held in the client’s own GRC tool.' });
    expect(waived.items.find((i) => i.id === 'key-evidence-present')).toMatchObject({ effective: 'waived', waiver: { reason: 'Evidence is held in the client’s own GRC tool.', by: 'tester' } });
    const log = await call<{ action: string; subject: string }[]>('activity.list', { limit: 1 });
    expect(log[0]).toMatchObject({ action: 'checklist.waive', subject: 'key-evidence-present' });
    const back = await call<ChecklistView>('checklist.unwaive', { itemId: 'key-evidence-present' });
    expect(back.items.find((i) => i.id === 'key-evidence-present')!.effective).toBe('fail');

    const summary = await call<WorkspaceSummary>('workspace.current');
    expect(summary.steps.find((s) => s.id === 'audit')!.state).toBe('not-started');
    core.shutdown();
  });

  it('keeps management’s edited drafts, and the checklist sees the assertion kept', async () => {
    const dir = tempDir();
    const { core, call } = await host(dir);
    const generated = await call<{ text: string; edited: boolean }>('auditDraft.get', { kind: 'assertion' });
    expect(generated.edited).toBe(false);
    expect(generated.text).toContain('# Assertion of the management of Api Test Ltd');
    expect(generated.text).not.toMatch(/in our opinion/i);
    const kept = await call<{ text: string; edited: boolean; savedBy: string }>('auditDraft.save', { kind: 'assertion', text: `${generated.text}\n\nDana Whitfield, CEO` });
    expect(kept).toMatchObject({ edited: true, savedBy: 'tester' });
    const checklist = await call<ChecklistView>('checklist.get');
    expect(checklist.items.find((i) => i.id === 'assertion-kept')!.effective).toBe('pass');
    expect((await call<WorkspaceSummary>('workspace.current')).steps.find((s) => s.id === 'audit')!.state).toBe('in-progress');
    const reset = await call<{ edited: boolean }>('auditDraft.reset', { kind: 'assertion' });
    expect(reset.edited).toBe(false);
    const description = await call<{ text: string }>('auditDraft.get', { kind: 'description' });
    expect(description.text).toContain('## DC1. Services provided');
    expect(description.text).toContain('[To be written:');
    core.shutdown();
  });

  it('tracks requests, exceptions with responses, and the final report', async () => {
    const dir = tempDir();
    const { core, call, fail } = await host(dir);
    const added = await call<{ id: number; status: string; source: string }>('pbc.add', { reference: 'PBC-1', request: 'Access reviews for Q3', owner: 'Priya', dueDate: '2026-10-12' });
    expect(added).toMatchObject({ status: 'open', source: 'manual' });
    const updated = await call<{ status: string; linkedEvidence: string[] }>('pbc.update', { id: added.id, status: 'provided', linkedEvidence: ['EV-3'] });
    expect(updated).toMatchObject({ status: 'provided', linkedEvidence: ['EV-3'] });
    expect((await fail('pbc.add', { request: '   ' })).code).toBe('BAD_ARGUMENT');
    const preview = await call<{ suggested: Record<string, number | null>; rowCount: number }>('pbc.previewCsv', { csv: 'Request ID,Description,Owner,Due Date,Status\nA-1,Listing of hires,Sam,2026-10-01,In progress\n' });
    expect(preview.suggested).toEqual({ reference: 0, request: 1, owner: 2, dueDate: 3, status: 4, notes: null });
    const imported = await call<{ added: number; problems: unknown[] }>('pbc.importCsv', { csv: 'Request ID,Description,Owner,Due Date,Status\nA-1,Listing of hires,Sam,2026-10-01,In progress\n', mapping: preview.suggested });
    expect(imported).toEqual({ added: 1, problems: [] });
    expect((await call<unknown[]>('pbc.list')).length).toBe(2);
    await call('pbc.remove', { id: added.id });
    expect((await call<{ reference: string; status: string; source: string }[]>('pbc.list')).map((p) => [p.reference, p.status, p.source])).toEqual([['A-1', 'in-progress', 'csv']]);

    const exception = await call<{ id: number; status: string }>('auditException.add', { reference: 'EX-1', controlRef: 'ACC-05', description: 'One leaver removed late.', severity: 'high' });
    expect(exception.status).toBe('open');
    const responded = await call<{ status: string; managementResponse: string; respondedBy: string }>('auditException.respond', { id: exception.id, response: 'Automated since November.' });
    expect(responded).toMatchObject({ status: 'responded', managementResponse: 'Automated since November.', respondedBy: 'tester' });
    expect((await call<{ status: string }>('auditException.setStatus', { id: exception.id, status: 'closed' })).status).toBe('closed');

    expect((await fail('finalReport.record', { receivedOn: '2026-12-01', sealVersion: 4 })).message).toMatch(/no seal 4/);
    const report = await call<{ opinion: string; recordedBy: string }>('finalReport.record', { receivedOn: '2026-12-01', reportDate: '2026-11-28', issuedBy: 'Harlow & Finch LLP', opinion: 'unmodified' });
    expect(report).toMatchObject({ opinion: 'unmodified', recordedBy: 'tester' });
    expect((await call<WorkspaceSummary>('workspace.current')).steps.find((s) => s.id === 'audit')!.state).toBe('complete');
    await call('finalReport.clear');
    expect(await call('finalReport.get')).toBeNull();
    core.shutdown();
  });

  it('builds a draft package as a job, into the folder beside the workspace', async () => {
    const dir = tempDir();
    const { core, call } = await host(dir);
    const { folder } = await call<{ folder: string }>('package.folder');
    expect(folder).toBe(path.join(dir, 'api packages'));
    const { jobId } = await call<{ jobId: string }>('package.build', { paper: 'letter' });
    const status = await finish(call, jobId);
    expect(status.state).toBe('succeeded');
    const result = status.result as PackageResultView;
    expect(path.dirname(result.pdfPath)).toBe(folder);
    expect(fs.existsSync(result.zipPath)).toBe(true);
    expect(result.versionLabel).toBe('Working draft (not sealed)');
    const sealing = await call<{ jobId: string }>('seal.create', {});
    const blocked = await finish(call, sealing.jobId);
    expect(blocked).toMatchObject({ state: 'failed', error: { code: 'SEAL_BLOCKED' } });
    core.shutdown();
  });
});
