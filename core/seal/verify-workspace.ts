import { createHash } from 'node:crypto';
import { verifyActivityChain, type ActivityEntry } from '../../db/activity-log';
import { WorkspaceError } from '../../db/errors';
import { openWorkspace } from '../../db/open-workspace';
import { getSeal, listSeals } from '../../db/queries/seals';
import type { Workspace } from '../../db/workspace';
import { workspaceEvidenceSource } from '../package/data/evidence-source';
import { report, UnreadableFileError, type VerificationCheck, type VerificationReport } from '../package/verification-report';
import { buildSealManifest, readSnapshot, sealFingerprint, serialiseSealManifest, SnapshotError, type SealManifest } from './snapshot';

/** Codes that mean the file could not be examined at all, rather than examined and found wanting. */
const UNREADABLE = new Set(['WORKSPACE_NOT_FOUND', 'WORKSPACE_NOT_A_WORKSPACE', 'WORKSPACE_FROM_NEWER_VERSION', 'WORKSPACE_LOCKED']);

/**
 * Verifies a workspace file without changing a byte of it: integrity and structure (checked by the
 * read-only open itself), the activity-log chain, every sealed snapshot, and every evidence item's
 * SHA-256 where the workspace has an evidence store.
 */
export async function verifyWorkspaceFile(filePath: string, actor: string): Promise<VerificationReport> {
  let workspace: Workspace;
  try {
    workspace = openWorkspace(filePath, { readOnly: true, actor });
  } catch (error) {
    if (error instanceof WorkspaceError && UNREADABLE.has(error.code)) throw new UnreadableFileError(`${error.code}: ${error.message}`);
    if (error instanceof WorkspaceError) return report('workspace', filePath, [{ name: 'Integrity and structure', ok: false, details: [`${error.code}: ${error.message}`] }]);
    throw error;
  }
  try {
    // Opening checks every table but the evidence bytes (so it stays fast); verification checks every page.
    const damaged = workspace.read((db) => (db.pragma('integrity_check(20)') as { integrity_check: string }[]).map((row) => row.integrity_check).filter((line) => line !== 'ok'));
    return report('workspace', filePath, [
      damaged.length === 0
        ? { name: 'Integrity and structure', ok: true, details: ['SQLite integrity check of every page passed; the schema is exactly the one this format version defines'] }
        : { name: 'Integrity and structure', ok: false, details: damaged.map((line) => `SQLite integrity check: ${line}`) },
      checkActivityLog(workspace),
      checkSeals(workspace),
      await checkEvidence(workspace),
    ]);
  } finally {
    workspace.close();
  }
}

function checkActivityLog(workspace: Workspace): VerificationCheck {
  const chain = workspace.read(verifyActivityChain);
  return {
    name: 'Activity-log chain',
    ok: chain.ok,
    details: chain.ok ? [`${chain.entries} entries, each linked to the one before it; head ${chain.headHash}`] : chain.problems.slice(0, 50).map((p) => `entry ${p.seq}: ${p.problem}`),
  };
}

/** Each seal: snapshot intact, manifest recomputes to the fingerprint, and the seal is recorded in the log. */
export function checkSeals(workspace: Workspace): VerificationCheck {
  const seals = workspace.read(listSeals);
  if (seals.length === 0) return { name: 'Sealed snapshots', ok: true, details: ['No seal has been made in this workspace'] };
  const problems: string[] = [];
  const confirmed: string[] = [];
  for (const summary of seals) {
    const label = `Seal ${summary.version}`;
    const seal = workspace.read((db) => getSeal(db, summary.version))!;
    const before = problems.length;
    if (sealFingerprint(seal.manifest) !== seal.fingerprint) problems.push(`${label}: its manifest does not hash to its recorded fingerprint`);
    try {
      const { snapshot } = readSnapshot(seal.snapshot, seal.snapshotSha256);
      const stored = JSON.parse(seal.manifest) as SealManifest;
      const recomputed = serialiseSealManifest(
        buildSealManifest({ version: stored.version, sealedAt: stored.sealedAt, sealedBy: stored.sealedBy, workspaceId: stored.workspaceId, activityHead: stored.activityHead }, { snapshot, sha256: seal.snapshotSha256 }),
      );
      if (recomputed !== seal.manifest) problems.push(`${label}: the stored snapshot does not produce the sealed manifest`);
      if (stored.activityHead.seq !== seal.activitySeq || stored.activityHead.hash !== seal.activityHash) problems.push(`${label}: the recorded activity-log head differs from its manifest`);
    } catch (error) {
      problems.push(`${label}: ${error instanceof SnapshotError ? error.message : 'its manifest cannot be read'}`);
    }
    const head = workspace.read((db) => db.prepare('SELECT hash FROM activity_log WHERE seq = ?').pluck().get(seal.activitySeq) as string | undefined);
    if (seal.activitySeq > 0 && head !== seal.activityHash) problems.push(`${label}: the activity log no longer has the entry it was sealed at (entry ${seal.activitySeq})`);
    const logged = workspace.read((db) =>
      (db.prepare("SELECT details FROM activity_log WHERE action = 'seal.create' AND seq > ?").all(seal.activitySeq) as Pick<ActivityEntry, 'details'>[]).some((entry) => {
        try {
          return (JSON.parse(entry.details) as { fingerprint?: string }).fingerprint === seal.fingerprint;
        } catch {
          return false;
        }
      }),
    );
    if (!logged) problems.push(`${label}: its fingerprint is not recorded in the activity log`);
    if (problems.length === before) confirmed.push(`${label} (${summary.sealedAt.slice(0, 10)}): snapshot intact, fingerprint ${seal.fingerprint}`);
  }
  return { name: 'Sealed snapshots', ok: problems.length === 0, details: problems.length === 0 ? confirmed : problems };
}

async function checkEvidence(workspace: Workspace): Promise<VerificationCheck> {
  const source = workspaceEvidenceSource(workspace.db, workspace.db);
  const items = source.list();
  if (items === null) return { name: 'Evidence hashes', ok: true, details: ['This workspace has no evidence store'] };
  const problems: string[] = [];
  for (const item of items) {
    const hash = createHash('sha256');
    let size = 0;
    try {
      for await (const chunk of source.open(item)) {
        hash.update(chunk as Buffer);
        size += (chunk as Buffer).length;
      }
      if (hash.digest('hex') !== item.sha256 || size !== item.sizeBytes) problems.push(`${item.ref} ${item.fileName}: its stored bytes do not match the SHA-256 recorded when it was added`);
    } catch {
      problems.push(`${item.ref} ${item.fileName}: its stored bytes cannot be read`);
    }
  }
  return { name: 'Evidence hashes', ok: problems.length === 0, details: problems.length === 0 ? [`${items.length} evidence items match their SHA-256`] : problems };
}
