import fs from 'node:fs';
import path from 'node:path';
import { updateEngagement } from '../../db/queries/engagement';
import { engagementCatalog } from '../catalog/engagement-catalog';
import { createEngagementWorkspace } from '../engagement-factory';
import { DEMO_FILE_NAME, DEMO_PROFILE } from './demo-profile';
import { addDemoAuditFieldwork } from './demo-audit';
import { addDemoAuditorReview } from './demo-review';
import { addDemoControls } from './demo-controls';
import { addDemoEvidence } from './demo-evidence';
import { addDemoScopeAndGaps } from './demo-scope-gaps';
import { addDemoTesting } from './demo-testing';

export interface DemoOptions {
  outDir: string;
  actor?: string;
  clock?: () => Date;
  /** Replace an existing demo file instead of refusing. */
  overwrite?: boolean;
}

/**
 * Writes the demo workspace into `outDir` and returns its path. Each step of the product adds its part
 * of a realistic engagement here, through the same functions the app uses, so the demo exercises real
 * code paths rather than a canned file.
 */
export function buildDemoWorkspace(options: DemoOptions): string {
  fs.mkdirSync(options.outDir, { recursive: true });
  const filePath = path.join(path.resolve(options.outDir), DEMO_FILE_NAME);
  if (fs.existsSync(filePath)) {
    if (!options.overwrite) return filePath;
    fs.rmSync(filePath);
  }
  const actor = options.actor ?? 'Demo consultant';
  const workspace = createEngagementWorkspace(filePath, { organisationName: DEMO_PROFILE.organisationName, actor, ...(options.clock ? { clock: options.clock } : {}) });
  try {
    const { organisationName: _name, ...scope } = DEMO_PROFILE;
    workspace.write({ action: 'engagement.update', subject: 'engagement', details: scope }, (db) => updateEngagement(db, scope, workspace.now()));
    addDemoScopeAndGaps(workspace, engagementCatalog(workspace), DEMO_PROFILE.categories);
    addDemoControls(workspace, engagementCatalog(workspace));
    addDemoEvidence(workspace, engagementCatalog(workspace));
    addDemoTesting(workspace, engagementCatalog(workspace));
    addDemoAuditFieldwork(workspace);
    addDemoAuditorReview(workspace);
  } finally {
    workspace.close();
  }
  return filePath;
}
