import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { WorkspaceError } from '../../db/errors';
import { getMeta } from '../../db/queries/engagement';
import type { Workspace } from '../../db/workspace';
import { catalogSchema, type Catalog } from './catalog-schema';
import { catalogProblems } from './check-catalog';
import { bundledCatalog } from './load-catalog';

export function serialiseCatalog(catalog: Catalog): { json: string; sha256: string } {
  const json = JSON.stringify(catalog);
  return { json, sha256: createHash('sha256').update(json, 'utf8').digest('hex') };
}

/** Writes the catalog into a workspace being created (called inside its creating transaction). */
export function stampCatalog(db: Database.Database, catalog: Catalog): void {
  const { json, sha256 } = serialiseCatalog(catalog);
  db.prepare('INSERT INTO catalog_snapshot (id, version, sha256, content) VALUES (1, ?, ?, ?)').run(catalog.version, sha256, json);
}

const cache = new Map<string, Catalog>();

const DAMAGED = 'Open a backup copy of the workspace, or ask whoever sent it for a fresh copy.';

/**
 * The catalog this engagement was created with: the snapshot is written once, at creation, and read
 * from then on; a newer catalog in the app never replaces it. The snapshot comes from a file that may
 * have been received from someone else, so it is hash-checked and validated (shape and cross-references)
 * like any other input, and refused with WORKSPACE_CORRUPT rather than half-used. A workspace from
 * before snapshots existed adopts the app's current catalog once, and the adoption is logged.
 */
export function engagementCatalog(workspace: Workspace): Catalog {
  const row = workspace.read((db) => db.prepare('SELECT version, sha256, content FROM catalog_snapshot WHERE id = 1').get() as { version: string; sha256: string; content: string } | undefined);
  if (!row) {
    const current = bundledCatalog();
    if (!workspace.readOnly) {
      workspace.write({ action: 'catalog.adopt', subject: 'catalog', details: { version: current.version } }, (db) => stampCatalog(db, current));
    }
    return current;
  }
  // Hash first, then the cache: a cached copy must never hide content altered since it was read.
  const actualHash = createHash('sha256').update(row.content, 'utf8').digest('hex');
  if (actualHash !== row.sha256) throw new WorkspaceError('WORKSPACE_CORRUPT', `The catalog stored in this workspace does not match its recorded fingerprint, so it was changed outside the app. ${DAMAGED}`);
  const cached = cache.get(actualHash);
  if (cached) return cached;
  let content: unknown;
  try {
    content = JSON.parse(row.content);
  } catch {
    throw new WorkspaceError('WORKSPACE_CORRUPT', `The catalog stored in this workspace cannot be read. ${DAMAGED}`);
  }
  const parsed = catalogSchema.safeParse(content);
  if (!parsed.success || catalogProblems(parsed.data).length > 0) {
    throw new WorkspaceError('WORKSPACE_CORRUPT', 'The catalog stored in this workspace is not in a form this app understands. If the workspace came from a newer version of the app, update the app; otherwise ask whoever sent it for a fresh copy.');
  }
  cache.set(row.sha256, parsed.data);
  return parsed.data;
}

/** Where an engagement's catalog came from, as recorded in the workspace's meta table at creation. */
export interface CatalogOrigin {
  version: string;
  source: 'bundled' | 'library';
  library: { name: string; version: string; firmName: string; basedOn: string; sha256: string } | null;
}

/** Meta keys written when an engagement starts from a consultant library. */
export const LIBRARY_META_KEYS = { source: 'catalog_source', name: 'library_name', version: 'library_version', firmName: 'library_firm', basedOn: 'library_based_on', sha256: 'library_sha256' } as const;

export function catalogOrigin(workspace: Workspace): CatalogOrigin {
  const meta = workspace.read(getMeta);
  const version = meta['catalog_version'] ?? '';
  if (meta[LIBRARY_META_KEYS.source] !== 'library') return { version, source: 'bundled', library: null };
  return {
    version,
    source: 'library',
    library: {
      name: meta[LIBRARY_META_KEYS.name] ?? '',
      version: meta[LIBRARY_META_KEYS.version] ?? '',
      firmName: meta[LIBRARY_META_KEYS.firmName] ?? '',
      basedOn: meta[LIBRARY_META_KEYS.basedOn] ?? '',
      sha256: meta[LIBRARY_META_KEYS.sha256] ?? '',
    },
  };
}
