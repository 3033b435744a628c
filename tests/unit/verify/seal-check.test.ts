import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../../db/migrations/index';
import { getMeta } from '../../../db/queries/engagement';
import { insertSeal } from '../../../db/queries/seals';
import type { Workspace } from '../../../db/workspace';
import { buildSealManifest, captureSnapshot, sealFingerprint, serialiseSealManifest } from '../../../core/seal/snapshot';
import { verifyWorkspaceFile } from '../../../core/verify/verify-workspace';
import { newWorkspace, tempDir } from '../helpers/temp';

const job = { progress: () => undefined, throwIfCancelled: () => undefined };
const options = { verifiedBy: 'auditor', now: () => new Date('2026-11-27T10:00:00Z') };

/** Seals the workspace with the seal feature's own snapshot and manifest code, recorded as sealing records it. */
function seal(workspace: Workspace, version: number): string {
  const captured = workspace.read((db) => captureSnapshot(db, CURRENT_SCHEMA_VERSION));
  const manifest = serialiseSealManifest(
    buildSealManifest({ version, sealedAt: workspace.now(), sealedBy: 'tester', workspaceId: workspace.read((db) => getMeta(db)['workspace_id']!), activityHead: captured.activityHead }, captured),
  );
  const fingerprint = sealFingerprint(manifest);
  workspace.write({ action: 'seal.create', subject: `seal ${version}`, details: { version, fingerprint, activityHead: captured.activityHead } }, (db) =>
    insertSeal(db, {
      version,
      sealedAt: workspace.now(),
      sealedBy: 'tester',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      fingerprint,
      manifest,
      activitySeq: captured.activityHead.seq,
      activityHash: captured.activityHead.hash,
      snapshot: captured.compressed,
      snapshotSha256: captured.sha256,
      packageFingerprint: 'f'.repeat(64),
      paper: 'a4',
    }),
  );
  return fingerprint;
}

describe('the seal check', () => {
  it('recomputes each seal’s fingerprint from its stored snapshot and names the seal that no longer matches', async () => {
    const workspace = newWorkspace(tempDir());
    workspace.write({ action: 'test.edit', subject: 'before seal 1' }, () => undefined);
    seal(workspace, 1);
    workspace.write({ action: 'test.edit', subject: 'before seal 2' }, () => undefined);
    const second = seal(workspace, 2);
    const file = workspace.filePath;
    workspace.close();

    const healthy = await verifyWorkspaceFile(file, job, options);
    expect(healthy.checks.find((c) => c.id === 'seals')).toMatchObject({ status: 'passed', covered: expect.stringMatching(new RegExp(`^2 seals: Seal 1 \\(\\d{4}-\\d\\d-\\d\\d\\), Seal 2 \\(.*\\); latest fingerprint ${second}$`)) });

    // Edit seal 1's stored manifest (a sealed row can only change outside the app).
    const db = new Database(file);
    db.exec('DROP TRIGGER seal_no_update');
    db.prepare("UPDATE seal SET manifest = replace(manifest, '\"sealedBy\": \"tester\"', '\"sealedBy\": \"someone\"') WHERE version = 1").run();
    db.exec("CREATE TRIGGER seal_no_update BEFORE UPDATE ON seal\n      BEGIN SELECT RAISE(ABORT, 'a sealed snapshot never changes'); END");
    db.close();
    const report = await verifyWorkspaceFile(file, job, options);
    const seals = report.checks.find((c) => c.id === 'seals')!;
    expect(report.browsable).toBe(true);
    expect(seals.status).toBe('failed');
    expect(seals.failures.length).toBeGreaterThan(0);
    expect(seals.failures.every((f) => f.subject === 'Seal 1' && f.item?.ref === '1')).toBe(true);
    expect(seals.failures.map((f) => f.problem)).toContain('its manifest does not hash to its recorded fingerprint');
  });
});
