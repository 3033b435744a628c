import path from 'node:path';
import type { PackageResultView } from '../api/audit-types';
import type { JobContext } from '../jobs/job-runner';
import { buildPackage } from '../package/build-package';
import { workspaceEvidenceSource } from '../package/data/evidence-source';
import { packageDate } from '../package/package-date';
import type { PaperSize } from '../../db/queries/seals';
import type { Workspace } from '../../db/workspace';
import { openSealedVersion } from './sealed-workspace';

export interface PackageRequest {
  paper: PaperSize;
  outDir: string;
  job: Pick<JobContext, 'progress' | 'throwIfCancelled' | 'signal'>;
}

/** Where packages go unless a folder is chosen: a folder beside the workspace file. */
export function defaultPackageFolder(workspace: Workspace): string {
  return path.join(path.dirname(workspace.filePath), `${path.basename(workspace.filePath, path.extname(workspace.filePath))} packages`);
}

/**
 * The package of the workspace as it stands (a working draft, not sealed). Its date is now, or
 * SOURCE_DATE_EPOCH when set, so the same workspace rebuilt gives the same bytes.
 */
export function buildDraftPackage(workspace: Workspace, request: PackageRequest): Promise<PackageResultView> {
  return buildPackage({
    content: workspace,
    log: workspace.db,
    logUpTo: null,
    evidence: workspaceEvidenceSource(workspace.db, workspace.db),
    outDir: request.outDir,
    paper: request.paper,
    generatedAt: packageDate(new Date(workspace.now())),
    seal: null,
    job: request.job,
  });
}

/** The package of a sealed version, rebuilt from its snapshot with its seal time: the same bytes every time. */
export async function buildSealedPackage(workspace: Workspace, version: number, request: PackageRequest): Promise<PackageResultView> {
  const { seal, workspace: sealed } = openSealedVersion(workspace, version);
  try {
    return await buildPackage({
      content: sealed,
      log: workspace.db,
      logUpTo: seal.activitySeq,
      evidence: workspaceEvidenceSource(sealed.db, workspace.db),
      outDir: request.outDir,
      paper: request.paper,
      generatedAt: new Date(seal.sealedAt),
      seal: { version: seal.version, fingerprint: seal.fingerprint, sealedAt: seal.sealedAt, activitySeq: seal.activitySeq, activityHash: seal.activityHash, manifest: seal.manifest },
      job: request.job,
    });
  } finally {
    sealed.close();
  }
}
