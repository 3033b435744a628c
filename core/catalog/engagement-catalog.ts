import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { Workspace } from '../../db/workspace';
import { controlSchema, criterionSchema, guidanceSchema, policyIndexEntrySchema, seriesSchema, type Catalog } from './catalog-schema';
import { bundledCatalog } from './load-catalog';

const snapshotSchema = z
  .object({
    version: z.string().min(1),
    series: z.array(seriesSchema),
    criteria: z.array(criterionSchema),
    controls: z.array(controlSchema),
    policies: z.array(policyIndexEntrySchema.extend({ markdown: z.string() })),
    guidance: guidanceSchema,
  })
  .strict();

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

/**
 * The catalog this engagement was created with. The snapshot comes from a file that may have been
 * received from someone else, so it is hash-checked and schema-validated like any other input. A
 * workspace from before snapshots existed adopts the app's current catalog (recorded in the log).
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
  const cached = cache.get(row.sha256);
  if (cached) return cached;
  const actualHash = createHash('sha256').update(row.content, 'utf8').digest('hex');
  if (actualHash !== row.sha256) throw new Error('The catalog stored in this workspace does not match its recorded fingerprint.');
  const parsed = snapshotSchema.safeParse(JSON.parse(row.content));
  if (!parsed.success) throw new Error('The catalog stored in this workspace is not in a form this app understands.');
  cache.set(row.sha256, parsed.data);
  return parsed.data;
}
