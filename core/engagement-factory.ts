import path from 'node:path';
import { createWorkspace } from '../db/create-workspace';
import type { Clock, Workspace } from '../db/workspace';
import type { Catalog } from './catalog/catalog-schema';
import { stampCatalog } from './catalog/engagement-catalog';
import { bundledCatalog } from './catalog/load-catalog';
import { APP_VERSION } from './paths';

/** A start other than the app's bundled catalog, e.g. a consultant library (core/library/). */
export interface EngagementStart {
  catalog: Catalog;
  /** Extra meta rows recording where the catalog came from (written in the creating transaction). */
  meta: Record<string, string>;
  /** Preset for "prepared by" (the consultant's firm), so the package is branded from the start. */
  preparedBy?: string;
}

/**
 * Creates a new engagement workspace with everything a new engagement starts from (today: the
 * catalog snapshot). The UI, the command line and the demo all create workspaces through here.
 */
export function createEngagementWorkspace(filePath: string, options: { organisationName: string; actor: string; clock?: Clock; start?: EngagementStart }): Workspace {
  const start = options.start;
  const catalog = start?.catalog ?? bundledCatalog();
  return createWorkspace(path.resolve(filePath), {
    organisationName: options.organisationName,
    actor: options.actor,
    appVersion: APP_VERSION,
    catalogVersion: catalog.version,
    ...(options.clock ? { clock: options.clock } : {}),
    initialise: (db) => {
      stampCatalog(db, catalog);
      if (!start) return;
      const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
      for (const [key, value] of Object.entries(start.meta)) meta.run(key, value);
      if (start.preparedBy) db.prepare('UPDATE engagement SET prepared_by = ? WHERE id = 1').run(start.preparedBy);
    },
  });
}
