import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { activityHead, listActivity } from '../../../db/activity-log';
import { createWorkspace } from '../../../db/create-workspace';
import { openWorkspace } from '../../../db/open-workspace';
import { getMeta } from '../../../db/queries/engagement';
import type { Catalog } from '../../../core/catalog/catalog-schema';
import { catalogOrigin, engagementCatalog, stampCatalog } from '../../../core/catalog/engagement-catalog';
import { bundledCatalog, loadCatalogFrom } from '../../../core/catalog/load-catalog';
import { ASSETS_DIR } from '../../../core/paths';
import { runCli } from '../../../core/cli/main';
import { tempDir } from '../helpers/temp';

function catalogCopy(): string {
  const folder = path.join(tempDir('soc2-catalog-'), 'catalog');
  fs.cpSync(path.join(ASSETS_DIR, 'catalog'), folder, { recursive: true });
  return folder;
}

/** A workspace stamped with the given catalog, exactly as the engagement factory stamps the bundled one. */
function workspaceWith(catalog: Catalog, dir: string): string {
  const workspace = createWorkspace(path.join(dir, 'engagement.soc2'), { organisationName: 'Acme', actor: 'tester', appVersion: 'test', catalogVersion: catalog.version, initialise: (db) => stampCatalog(db, catalog) });
  const file = workspace.filePath;
  workspace.close();
  return file;
}

/** The next release of the catalog: new version, a retitled control, a new control, a removed policy. */
function releaseV2(folder: string): Catalog {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as { version: string };
  fs.writeFileSync(path.join(folder, 'manifest.json'), JSON.stringify({ ...manifest, version: '2099.1.1' }));
  const controlsFile = path.join(folder, 'controls', 'access-operations-change.json');
  const controls = JSON.parse(fs.readFileSync(controlsFile, 'utf8')) as { id: string; title: string }[];
  controls[0]!.title = 'Renamed in version two';
  controls.push({ ...controls[1]!, id: 'ACC-99', title: 'Only in version two' });
  fs.writeFileSync(controlsFile, JSON.stringify(controls));
  return loadCatalogFrom(folder);
}

describe('engagements keep their catalog', () => {
  it('a workspace created with catalog v1 keeps showing v1 after the catalog is updated', () => {
    const folder = catalogCopy();
    const v1 = loadCatalogFrom(folder);
    const file = workspaceWith(v1, tempDir());
    const v2 = releaseV2(folder);
    expect(v2.version).toBe('2099.1.1');
    expect(v2.controls.find((c) => c.id === 'ACC-01')!.title).toBe('Renamed in version two');

    const workspace = openWorkspace(file, { actor: 'tester' });
    try {
      const kept = engagementCatalog(workspace);
      expect(kept).toEqual(v1);
      expect(kept.version).toBe(v1.version);
      expect(kept.controls.find((c) => c.id === 'ACC-01')!.title).toBe(v1.controls.find((c) => c.id === 'ACC-01')!.title);
      expect(kept.controls.some((c) => c.id === 'ACC-99')).toBe(false);
      expect(workspace.read(getMeta)['catalog_version']).toBe(v1.version);
      expect(catalogOrigin(workspace)).toEqual({ version: v1.version, source: 'bundled', library: null });
    } finally {
      workspace.close();
    }

    // The command line reads the same snapshot, not the app's catalog.
    const out: string[] = [];
    expect(runCli(['catalog', 'controls', '--json', '--workspace', file], { out: (l) => out.push(l), err: () => undefined })).toBe(0);
    expect(out).toHaveLength(v1.controls.length);
    expect((JSON.parse(out[0]!) as { title: string }).title).toBe(v1.controls[0]!.title);
  });

  it('refuses a snapshot altered outside the app, whether or not its fingerprint was updated too', () => {
    const dir = tempDir();
    const file = workspaceWith(bundledCatalog(), dir);
    const db = new Database(file);
    const row = db.prepare('SELECT content FROM catalog_snapshot').get() as { content: string };
    db.prepare('UPDATE catalog_snapshot SET content = ?').run(row.content.replace('Single sign-on', 'Single sign-off'));
    db.close();
    const altered = openWorkspace(file, { actor: 'tester', readOnly: true });
    expect(() => engagementCatalog(altered)).toThrow(expect.objectContaining({ code: 'WORKSPACE_CORRUPT', message: expect.stringContaining('does not match its recorded fingerprint') }));
    altered.close();

    // Re-fingerprinted, but the content breaks the rules (inquiry alone): still refused.
    const broken = JSON.parse(row.content) as Catalog;
    broken.controls[0]!.testProcedure.methods = ['inquiry'];
    const json = JSON.stringify(broken);
    const again = new Database(file);
    again.prepare('UPDATE catalog_snapshot SET content = ?, sha256 = ?').run(json, createHash('sha256').update(json).digest('hex'));
    again.close();
    const invalid = openWorkspace(file, { actor: 'tester', readOnly: true });
    expect(() => engagementCatalog(invalid)).toThrow(expect.objectContaining({ code: 'WORKSPACE_CORRUPT', message: expect.stringContaining('not in a form this app understands') }));
    invalid.close();
  });

  it('a workspace without a snapshot adopts the current catalog once, logged; read-only never writes', () => {
    const dir = tempDir();
    const file = workspaceWith(bundledCatalog(), dir);
    const db = new Database(file);
    db.prepare('DELETE FROM catalog_snapshot').run();
    db.close();

    const readOnly = openWorkspace(file, { actor: 'tester', readOnly: true });
    const headBefore = readOnly.read(activityHead);
    expect(engagementCatalog(readOnly).version).toBe(bundledCatalog().version);
    expect(readOnly.read(activityHead)).toEqual(headBefore);
    readOnly.close();

    const writable = openWorkspace(file, { actor: 'tester' });
    expect(engagementCatalog(writable).version).toBe(bundledCatalog().version);
    expect(writable.read((d) => listActivity(d, { limit: 1 }))[0]).toMatchObject({ action: 'catalog.adopt', details: JSON.stringify({ version: bundledCatalog().version }) });
    expect(writable.read((d) => d.prepare('SELECT version FROM catalog_snapshot').get())).toEqual({ version: bundledCatalog().version });
    writable.close();
  });
});
