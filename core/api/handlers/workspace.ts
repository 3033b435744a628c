import fs from 'node:fs';
import path from 'node:path';
import { getEngagement, getMeta } from '../../../db/queries/engagement';
import type { Workspace } from '../../../db/workspace';
import { CURRENT_SCHEMA_VERSION } from '../../../db/migrations/index';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { computeStepProgress } from '../../steps/progress';
import { readStepFacts } from '../../steps/read-step-facts';
import type { ApiHandlers } from '../contract';
import type { WorkspaceFileEntry, WorkspaceSummary } from '../types';
import type { HandlerContext } from './context';

export function summarise(workspace: Workspace): WorkspaceSummary {
  const catalog = engagementCatalog(workspace);
  return workspace.read((db) => {
    const meta = getMeta(db);
    const engagement = getEngagement(db);
    return {
      path: workspace.filePath,
      fileName: path.basename(workspace.filePath),
      readOnly: workspace.readOnly,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      workspaceId: meta['workspace_id'] ?? '',
      createdAt: meta['created_at'] ?? '',
      catalogVersion: meta['catalog_version'] ?? '',
      organisationName: engagement.organisationName,
      steps: computeStepProgress(readStepFacts(db, catalog)),
    };
  });
}

function fileEntry(filePath: string): WorkspaceFileEntry | null {
  try {
    const stat = fs.statSync(filePath);
    if (!stat.isFile()) return null;
    return { path: filePath, name: path.basename(filePath), sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() };
  } catch {
    return null;
  }
}

type WorkspaceMethods = 'host.info' | 'workspace.list' | 'workspace.create' | 'workspace.open' | 'workspace.openDemo' | 'workspace.current' | 'workspace.close';

export function workspaceHandlers(context: HandlerContext): Pick<ApiHandlers, WorkspaceMethods> {
  const { session, recent, jobs } = context;
  // A task still running against the previous workspace is cancelled before another one opens.
  const switching = () => jobs.cancelAll();
  const opened = (workspace: Workspace) => {
    recent.remember(workspace.filePath);
    return summarise(workspace);
  };
  return {
    'host.info': () => context.host,

    'workspace.list': () => {
      const folder = context.host.dataDir;
      const files = folder
        ? fs
            .readdirSync(folder)
            .filter((name) => name.toLowerCase().endsWith('.soc2') && !name.startsWith('.'))
            .map((name) => fileEntry(path.join(folder, name)))
            .filter((entry): entry is WorkspaceFileEntry => entry !== null)
            .sort((a, b) => a.name.localeCompare(b.name))
        : [];
      const recentEntries = recent.list().map(fileEntry).filter((entry): entry is WorkspaceFileEntry => entry !== null);
      return { folder, files, recent: recentEntries };
    },

    'workspace.create': ({ path: filePath, organisationName }) => {
      switching();
      return opened(session.create(filePath, organisationName));
    },
    'workspace.open': ({ path: filePath, readOnly }) => {
      switching();
      return opened(session.open(filePath, readOnly ?? false));
    },
    'workspace.openDemo': () => {
      switching();
      return opened(session.open(context.demoWorkspacePath()));
    },
    'workspace.current': () => (session.hasWorkspace ? summarise(session.workspace) : null),
    'workspace.close': () => {
      switching();
      session.close();
      return null;
    },
  };
}
