import fs from 'node:fs';
import type { SealResultView, SealView } from '../api/audit-types';
import { ApiError } from '../api/errors';
import type { JobContext } from '../jobs/job-runner';
import { buildPackage } from '../package/build-package';
import { workspaceEvidenceSource } from '../package/data/evidence-source';
import { loadPackageData } from '../package/data/load-package-data';
import { getMeta } from '../../db/queries/engagement';
import { CURRENT_SCHEMA_VERSION } from '../../db/migrations/index';
import { insertSeal, nextSealVersion, type PaperSize, type SealSummaryRecord } from '../../db/queries/seals';
import type { Workspace } from '../../db/workspace';
import { computeChecklist } from './checklist';
import { restoreAsWorkspace } from './sealed-workspace';
import { buildSealManifest, captureSnapshot, sealFingerprint, serialiseSealManifest } from './snapshot';

export interface CreateSealOptions {
  paper: PaperSize;
  outDir: string;
  job: Pick<JobContext, 'progress' | 'throwIfCancelled' | 'signal'>;
}

export function sealView(record: SealSummaryRecord): SealView {
  return {
    version: record.version,
    sealedAt: record.sealedAt,
    sealedBy: record.sealedBy,
    fingerprint: record.fingerprint,
    packageFingerprint: record.packageFingerprint,
    activitySeq: record.activitySeq,
    activityHash: record.activityHash,
    paper: record.paper,
  };
}

/**
 * Seals the workspace: checks the readiness checklist, freezes a snapshot of the whole content,
 * fingerprints its manifest, builds the package from that snapshot (so the package shows exactly what
 * was sealed, even if edits arrive meanwhile), then records the seal, with the activity-log head it
 * covers and both fingerprints, in the log. A seal is never changed afterwards; sealing again makes
 * the next version.
 */
export async function createSeal(workspace: Workspace, options: CreateSealOptions): Promise<SealResultView> {
  const { job } = options;
  if (workspace.readOnly) throw new ApiError('WORKSPACE_READ_ONLY', 'This workspace is open read-only, so it cannot be sealed. Copy it to a folder you can write to, then open the copy.');
  // A seal records when it really happened (the workspace clock); rebuilding it later reuses this time.
  const sealedAt = new Date(workspace.now());
  job.progress(0, null, 'Checking the readiness checklist');
  const checklist = computeChecklist(
    loadPackageData({ content: workspace, log: workspace.db, logUpTo: null, evidence: workspaceEvidenceSource(workspace.db, workspace.db) }),
    sealedAt.toISOString().slice(0, 10),
  );
  if (!checklist.readyToSeal) {
    throw new ApiError('SEAL_BLOCKED', `The readiness checklist has ${checklist.blocking} open item${checklist.blocking === 1 ? '' : 's'}. Fix ${checklist.blocking === 1 ? 'it' : 'them'}, or waive ${checklist.blocking === 1 ? 'it' : 'them'} with a written reason, then seal again.`);
  }
  job.throwIfCancelled();

  job.progress(0, null, 'Freezing a snapshot of the workspace');
  const version = workspace.read(nextSealVersion);
  const captured = workspace.read((db) => captureSnapshot(db, CURRENT_SCHEMA_VERSION));
  const manifest = buildSealManifest(
    { version, sealedAt: sealedAt.toISOString(), sealedBy: workspace.actor, workspaceId: workspace.read((db) => getMeta(db)['workspace_id'] ?? ''), activityHead: captured.activityHead },
    captured,
  );
  const manifestText = serialiseSealManifest(manifest);
  const fingerprint = sealFingerprint(manifestText);

  const sealed = restoreAsWorkspace(captured.compressed, captured.sha256, `seal ${version}`, workspace);
  let result;
  try {
    result = await buildPackage({
      content: sealed,
      log: workspace.db,
      logUpTo: captured.activityHead.seq,
      evidence: workspaceEvidenceSource(sealed.db, workspace.db),
      outDir: options.outDir,
      paper: options.paper,
      generatedAt: sealedAt,
      seal: { version, fingerprint, sealedAt: sealedAt.toISOString(), activitySeq: captured.activityHead.seq, activityHash: captured.activityHead.hash, manifest: manifestText },
      job,
    });
  } finally {
    sealed.close();
  }

  const record = {
    version,
    sealedAt: sealedAt.toISOString(),
    sealedBy: workspace.actor,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    fingerprint,
    manifest: manifestText,
    activitySeq: captured.activityHead.seq,
    activityHash: captured.activityHead.hash,
    snapshot: captured.compressed,
    snapshotSha256: captured.sha256,
    packageFingerprint: result.fingerprint,
    paper: options.paper,
  };
  try {
    workspace.write(
      {
        action: 'seal.create',
        subject: `seal ${version}`,
        details: { version, fingerprint, activityHead: captured.activityHead, packageFingerprint: result.fingerprint, pdf: result.pdfPath, zip: result.zipPath },
      },
      (db) => insertSeal(db, record),
    );
  } catch (error) {
    // The package of a seal that was not recorded must not be left behind looking valid.
    fs.rmSync(result.pdfPath, { force: true });
    fs.rmSync(result.zipPath, { force: true });
    throw error;
  }
  return { seal: sealView(record), package: result };
}
