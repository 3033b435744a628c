import { getEngagement } from '../../db/queries/engagement';
import type { Workspace } from '../../db/workspace';

/** "Brightwave Analytics gap report 2026-11-27.csv": safe on every file system. */
export function exportFileName(workspace: Workspace, what: string): string {
  const organisation = workspace.read(getEngagement).organisationName.normalize('NFKD').replace(/[^\p{L}\p{N} _-]+/gu, '').trim().replace(/\s+/g, ' ').slice(0, 60);
  return `${organisation || 'Engagement'} ${what} ${workspace.now().slice(0, 10)}.csv`;
}
