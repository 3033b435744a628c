import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../../core/catalog/catalog-schema';
import { bundledCatalog } from '../../../core/catalog/load-catalog';
import { createCoreHost } from '../../../core/host';
import type { LibraryFile } from '../../../core/library/library-format';
import { buildLibrary, writeLibrary } from '../../../core/library/save-library';
import { sha256File, tempDir } from '../helpers/temp';

function host(dir: string) {
  return createCoreHost({ mode: 'test', dataDir: dir, settingsDir: path.join(dir, '.settings'), actor: 'tester', log: () => undefined });
}

type Host = ReturnType<typeof host>;

async function ok<T>(api: Host, method: string, args: object = {}): Promise<T> {
  const response = await api.call(method, args);
  if (!response.ok) throw new Error(`${method} failed: ${response.error.code} ${response.error.message}`);
  return response.value as T;
}

/** A consultant's customised catalog: one control retitled, one retired, their own sample size. */
function customised(): Catalog {
  const base = structuredClone(bundledCatalog());
  base.controls[0]!.title = 'Code of conduct signed at hire and every January (Meridian wording)';
  base.controls = base.controls.filter((c) => c.id !== 'HR-12');
  base.guidance.sampleSizes.byFrequency.find((b) => b.frequency === 'quarterly')!.default = 4;
  return base;
}

/** Writes a library file with a correct fingerprint over whatever content it is given. */
function writeRaw(file: string, library: LibraryFile): void {
  const fingerprint = createHash('sha256').update(JSON.stringify(library.content)).digest('hex');
  fs.writeFileSync(file, JSON.stringify({ ...library, contentSha256: fingerprint }, null, 2));
}

const now = new Date('2026-12-01T09:00:00Z');

describe('consultant libraries through the API', () => {
  it('saves the engagement catalog as a library and starts a new engagement from it', async () => {
    const dir = tempDir();
    const api = host(dir);
    await ok(api, 'workspace.create', { path: path.join(dir, 'first.soc2'), organisationName: 'First Client' });
    await ok(api, 'engagement.update', { preparedBy: 'Meridian Readiness Partners' });

    const libraryFile = path.join(dir, 'meridian.soc2lib');
    const saved = await ok<{ name: string; version: string; firmName: string; controls: number; policies: number }>(api, 'library.save', { path: libraryFile, name: 'Meridian baseline', version: '2027.1', firmName: 'Meridian Readiness Partners' });
    expect(saved).toMatchObject({ name: 'Meridian baseline', version: '2027.1', firmName: 'Meridian Readiness Partners', controls: bundledCatalog().controls.length, policies: bundledCatalog().policies.length });
    const log = await ok<{ action: string }[]>(api, 'activity.list', {});
    expect(log[0]!.action).toBe('library.save');

    // Never overwrites: a second save to the same name is refused and the file is unchanged.
    const before = sha256File(libraryFile);
    expect(await api.call('library.save', { path: libraryFile, name: 'Other', firmName: 'X' })).toMatchObject({ ok: false, error: { code: 'LIBRARY_EXISTS' } });
    expect(sha256File(libraryFile)).toBe(before);

    expect(await ok(api, 'library.list')).toMatchObject({ defaultFolder: dir, files: [{ name: 'meridian.soc2lib', path: libraryFile }] });
    expect(await ok(api, 'library.inspect', { path: libraryFile })).toMatchObject({ name: 'Meridian baseline', version: '2027.1', fileName: 'meridian.soc2lib' });

    const second = path.join(dir, 'second.soc2');
    const summary = await ok<{ catalogVersion: string; organisationName: string }>(api, 'workspace.createFromLibrary', { path: second, organisationName: 'Second Client', libraryPath: libraryFile });
    expect(summary).toMatchObject({ catalogVersion: 'Meridian baseline 2027.1', organisationName: 'Second Client' });
    const catalog = await ok<Catalog & { origin: unknown }>(api, 'catalog.get');
    expect(catalog.origin).toMatchObject({ source: 'library', version: 'Meridian baseline 2027.1', library: { name: 'Meridian baseline', version: '2027.1', firmName: 'Meridian Readiness Partners', basedOn: bundledCatalog().version, sha256: sha256File(libraryFile) } });
    expect(catalog.controls).toEqual(bundledCatalog().controls);
    expect(await ok(api, 'engagement.get')).toMatchObject({ organisationName: 'Second Client', preparedBy: 'Meridian Readiness Partners' });
    const secondLog = await ok<{ action: string; details: string }[]>(api, 'activity.list', {});
    expect(secondLog.map((e) => e.action)).toEqual(['catalog.fromLibrary', 'workspace.create']);
    expect(secondLog[0]!.details).toContain(libraryFile.replace(/\\/g, '\\\\'));
    api.shutdown();
  });

  it('the new engagement gets the library content, customisations included', async () => {
    const dir = tempDir();
    const libraryFile = path.join(dir, 'custom.soc2lib');
    writeLibrary(libraryFile, buildLibrary(customised(), { name: 'Meridian custom', firmName: 'Meridian' }, { appVersion: 'test', now }));
    const api = host(dir);
    await ok(api, 'workspace.createFromLibrary', { path: path.join(dir, 'c.soc2'), organisationName: 'C', libraryPath: libraryFile });
    const catalog = await ok<Catalog>(api, 'catalog.get');
    expect(catalog.version).toBe('Meridian custom 2026-12-01');
    expect(catalog.controls[0]!.title).toBe('Code of conduct signed at hire and every January (Meridian wording)');
    expect(catalog.controls.some((c) => c.id === 'HR-12')).toBe(false);
    expect(catalog.guidance.sampleSizes.byFrequency.find((b) => b.frequency === 'quarterly')!.default).toBe(4);
    // Criteria always come from the app: they are facts, not a consultant's choice.
    expect(catalog.criteria).toEqual(bundledCatalog().criteria);
    api.shutdown();
  });

  it('refuses bad library files with a clear code, creates nothing and changes nothing', async () => {
    const dir = tempDir();
    const api = host(dir);
    const good = buildLibrary(bundledCatalog(), { name: 'Good', firmName: 'Firm' }, { appVersion: 'test', now });
    const cases: { name: string; write(file: string): void; code: string; message: RegExp }[] = [
      { name: 'not-json', write: (f) => fs.writeFileSync(f, 'PK\u0003\u0004 definitely not json'), code: 'LIBRARY_INVALID', message: /not a SOC 2 Workbench library/ },
      { name: 'other-json', write: (f) => fs.writeFileSync(f, JSON.stringify({ hello: 'world' })), code: 'LIBRARY_INVALID', message: /format marker is missing/ },
      { name: 'future', write: (f) => fs.writeFileSync(f, JSON.stringify({ ...good, formatVersion: 7 })), code: 'LIBRARY_FROM_NEWER_VERSION', message: /newer version.*Update the app/ },
      {
        name: 'edited',
        write: (f) => fs.writeFileSync(f, JSON.stringify({ ...good, content: { ...good.content, controls: good.content.controls.slice(1) } })),
        code: 'LIBRARY_INVALID',
        message: /does not match its recorded fingerprint/,
      },
      {
        name: 'inquiry-only',
        write: (f) => {
          const bad = structuredClone(good);
          bad.content.controls[2]!.testProcedure.methods = ['inquiry'];
          writeRaw(f, bad);
        },
        code: 'LIBRARY_INVALID',
        message: /content > controls > \[2\] GOV-03 > testProcedure: inquiry alone is never sufficient/,
      },
      {
        name: 'unknown-criterion',
        write: (f) => {
          const bad = structuredClone(good);
          bad.content.controls[0]!.criteria.push('CC9.8');
          writeRaw(f, bad);
        },
        code: 'LIBRARY_INVALID',
        message: /control GOV-01: unknown criterion CC9\.8/,
      },
      { name: 'extra-field', write: (f) => writeRaw(f, { ...good, script: 'run me' } as LibraryFile), code: 'LIBRARY_INVALID', message: /a field is not valid/ },
      {
        name: 'huge',
        write: (f) => {
          const handle = fs.openSync(f, 'w');
          fs.ftruncateSync(handle, 21 * 1024 * 1024);
          fs.closeSync(handle);
        },
        code: 'LIBRARY_INVALID',
        message: /limit is 20 MB/,
      },
    ];
    for (const testCase of cases) {
      const file = path.join(dir, `${testCase.name}.soc2lib`);
      testCase.write(file);
      const bytes = sha256File(file);
      const target = path.join(dir, `${testCase.name}.soc2`);
      const response = await api.call('workspace.createFromLibrary', { path: target, organisationName: 'X', libraryPath: file });
      expect(response, testCase.name).toMatchObject({ ok: false, error: { code: testCase.code, message: expect.stringMatching(testCase.message) } });
      expect(await api.call('library.inspect', { path: file }), testCase.name).toMatchObject({ ok: false, error: { code: testCase.code } });
      expect(fs.existsSync(target), `${testCase.name}: no workspace is created`).toBe(false);
      expect(sha256File(file), `${testCase.name}: the library file is untouched`).toBe(bytes);
    }
    expect(await api.call('library.inspect', { path: path.join(dir, 'missing.soc2lib') })).toMatchObject({ ok: false, error: { code: 'LIBRARY_NOT_FOUND' } });
    expect(await api.call('library.inspect', { path: path.join(dir, 'file.txt') })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await api.call('library.inspect', { path: 'relative.soc2lib' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    expect(await api.call('library.save', { path: path.join(dir, 'x.soc2lib'), name: 'X', firmName: 'Y' })).toMatchObject({ ok: false, error: { code: 'NO_WORKSPACE_OPEN' } });
    api.shutdown();
  });

  it('says which folder is wrong when a library cannot be written', async () => {
    const dir = tempDir();
    const api = host(dir);
    await ok(api, 'workspace.create', { path: path.join(dir, 'a.soc2'), organisationName: 'A' });
    const response = await api.call('library.save', { path: path.join(dir, 'no', 'such', 'folder', 'x.soc2lib'), name: 'X', firmName: 'Y' });
    expect(response).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('does not exist') } });
    expect(fs.readdirSync(dir).filter((n) => n.includes('.saving'))).toEqual([]);
    api.shutdown();
  });
});

describe('catalog API', () => {
  it('returns the engagement catalog and fills a policy preview from the engagement', async () => {
    const dir = tempDir();
    const api = host(dir);
    await ok(api, 'workspace.create', { path: path.join(dir, 'a.soc2'), organisationName: 'Acme Cloud Ltd' });
    await ok(api, 'engagement.update', { systemName: 'Acme Billing' });
    const catalog = await ok<Catalog & { origin: { source: string } }>(api, 'catalog.get');
    expect(catalog.criteria).toHaveLength(61);
    expect(catalog.origin.source).toBe('bundled');
    const preview = await ok<{ markdown: string; missing: { placeholder: string; label: string }[] }>(api, 'catalog.policyPreview', { id: 'POL-ACC' });
    expect(preview.markdown).toContain('Acme Billing');
    expect(preview.markdown).toContain('[to be set: security owner]');
    expect(preview.markdown).not.toMatch(/\{\{/);
    expect(preview.missing).toContainEqual({ placeholder: 'security_owner', label: 'security owner' });
    expect(await api.call('catalog.policyPreview', { id: 'POL-NOPE' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: expect.stringContaining('POL-NOPE') } });
    expect(await api.call('catalog.policyPreview', { id: '../etc' })).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    api.shutdown();
  });
});
