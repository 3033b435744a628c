import path from 'node:path';
import { createWorkspace } from '../db/create-workspace';
import type { Clock, Workspace } from '../db/workspace';
import { stampCatalog } from './catalog/engagement-catalog';
import { bundledCatalog } from './catalog/load-catalog';
import { APP_VERSION } from './paths';

/**
 * Creates a new engagement workspace with everything a new engagement starts from (today: the
 * catalog snapshot). The UI, the command line and the demo all create workspaces through here.
 */
export function createEngagementWorkspace(filePath: string, options: { organisationName: string; actor: string; clock?: Clock }): Workspace {
  const catalog = bundledCatalog();
  return createWorkspace(path.resolve(filePath), {
    organisationName: options.organisationName,
    actor: options.actor,
    appVersion: APP_VERSION,
    catalogVersion: catalog.version,
    ...(options.clock ? { clock: options.clock } : {}),
    initialise: (db) => stampCatalog(db, catalog),
  });
}
