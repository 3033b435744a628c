import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_METHODS, apiSchemas } from '../../../core/api/contract';
import { createCoreHost } from '../../../core/host';
import { tempDir } from '../helpers/temp';

function host(dir: string) {
  return createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor: 'tester', log: () => undefined });
}

describe('the API contract', () => {
  it('has a schema for every method and names methods noun.verb', () => {
    expect(API_METHODS.length).toBeGreaterThan(5);
    for (const method of API_METHODS) {
      expect(method).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
      expect(apiSchemas[method]).toBeDefined();
    }
  });
});

describe('calls through the core host', () => {
  it('creates, edits, closes and reopens a workspace, logging each change', async () => {
    const dir = tempDir();
    const api = host(dir);
    const file = path.join(dir, 'acme.soc2');
    const created = await api.call('workspace.create', { path: file, organisationName: 'Acme Ltd' });
    expect(created).toMatchObject({ ok: true, value: { organisationName: 'Acme Ltd', fileName: 'acme.soc2', readOnly: false } });

    const updated = await api.call('engagement.update', { systemName: 'Acme Cloud', periodStart: '2026-01-01', periodEnd: '2026-06-30' });
    expect(updated).toMatchObject({ ok: true, value: { systemName: 'Acme Cloud', reportType: 'type2' } });

    // A save with no real change writes nothing.
    await api.call('engagement.update', { systemName: 'Acme Cloud' });
    const log = await api.call('activity.list', {});
    expect(log.ok && (log.value as { action: string }[]).map((e) => e.action)).toEqual(['engagement.update', 'workspace.create']);

    expect(await api.call('workspace.close', {})).toEqual({ ok: true, value: null });
    expect(await api.call('engagement.get', {})).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE_OPEN' } });

    const reopened = await api.call('workspace.open', { path: file });
    expect(reopened).toMatchObject({ ok: true, value: { organisationName: 'Acme Ltd' } });
    expect(await api.call('engagement.get', {})).toMatchObject({ ok: true, value: { systemName: 'Acme Cloud', periodEnd: '2026-06-30' } });
    const listing = await api.call('workspace.list', {});
    expect(listing).toMatchObject({ ok: true, value: { files: [{ name: 'acme.soc2' }], recent: [{ path: file }] } });
    api.shutdown();
  });

  it('returns errors as data with stable codes', async () => {
    const dir = tempDir();
    const api = host(dir);
    expect(await api.call('workspace.explode', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await api.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await api.call('workspace.open', { path: 'relative.soc2' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await api.call('workspace.open', { path: '/x/y.txt' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await api.call('workspace.open', { path: '/x/y.soc2', extra: true })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await api.call('workspace.open', { path: path.join(dir, 'nope.soc2') })).toMatchObject({ ok: false, error: { code: 'WORKSPACE_NOT_FOUND' } });
    const garbage = path.join(dir, 'garbage.soc2');
    fs.writeFileSync(garbage, 'not a database at all, just text');
    expect(await api.call('workspace.open', { path: garbage })).toMatchObject({ ok: false, error: { code: 'WORKSPACE_NOT_A_WORKSPACE' } });
    expect(fs.readFileSync(garbage, 'utf8')).toBe('not a database at all, just text');
    api.shutdown();
  });

  it('validates engagement edits: Security stays in scope, dates are real, periods run forwards', async () => {
    const dir = tempDir();
    const api = host(dir);
    await api.call('workspace.create', { path: path.join(dir, 'v.soc2'), organisationName: 'V' });
    expect(await api.call('engagement.update', { categories: ['availability'] })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('Security') } });
    expect(await api.call('engagement.update', { asOfDate: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await api.call('engagement.update', { periodStart: '2026-06-01', periodEnd: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('end after it starts') } });
    expect(await api.call('engagement.update', { organisationName: '   ' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await api.call('engagement.get', {})).toMatchObject({ ok: true, value: { periodStart: null, categories: ['security'] } });
    api.shutdown();
  });

  it('hides internal failures behind a plain message', async () => {
    const dir = tempDir();
    const logged: string[] = [];
    const api = createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), log: (m) => logged.push(m) });
    await api.call('workspace.create', { path: path.join(dir, 'a.soc2'), organisationName: 'A' });
    // Make the settings store unwritable by turning its path into a folder: remembering the file fails inside.
    fs.rmSync(path.join(dir, '.settings', 'recent-workspaces.json'));
    fs.mkdirSync(path.join(dir, '.settings', 'recent-workspaces.json.tmp'), { recursive: true });
    const result = await api.call('workspace.open', { path: path.join(dir, 'a.soc2') });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toMatch(/EISDIR|at .*\.ts/);
    expect(logged.join('\n')).toMatch(/EISDIR/);
    api.shutdown();
  });

  it('opens the demo engagement, building it on first use', async () => {
    const dir = tempDir();
    const api = host(dir);
    const demo = await api.call('workspace.openDemo', {});
    expect(demo).toMatchObject({ ok: true, value: { organisationName: 'Brightwave Analytics, Inc.' } });
    expect(await api.call('engagement.get', {})).toMatchObject({ ok: true, value: { reportType: 'type2', categories: ['security', 'availability', 'confidentiality', 'processing_integrity', 'privacy'] } });
    api.shutdown();
  });
});
