import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from '../../../core/cli/main';
import { JobRunner, yieldToEventLoop } from '../../../core/jobs/job-runner';
import { CHECKLIST_ITEMS } from '../../../core/seal/checklist';
import { createSeal } from '../../../core/seal/create-seal';
import { buildSealedPackage } from '../../../core/seal/package-versions';
import { verifyWorkspaceFile } from '../../../core/seal/verify-workspace';
import { listActivity } from '../../../db/activity-log';
import { putChecklistWaiver } from '../../../db/queries/checklist-waivers';
import { updateEngagement } from '../../../db/queries/engagement';
import { listSeals } from '../../../db/queries/seals';
import type { Workspace } from '../../../db/workspace';
import { tempDir } from '../helpers/temp';
import { newEngagement, testJob } from './package-helpers';

function waiveEverything(workspace: Workspace): void {
  workspace.write({ action: 'checklist.waive', subject: 'all' }, (db) => {
    for (const item of CHECKLIST_ITEMS) if (item.waivable) putChecklistWaiver(db, { itemId: item.id, reason: 'Accepted for this test run.', waivedBy: 'tester', waivedAt: workspace.now() });
  });
}

async function cli(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCliAsync(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sealing', () => {
  it('is refused while checklist items are open', async () => {
    const dir = tempDir();
    const workspace = newEngagement(dir);
    await expect(createSeal(workspace, { paper: 'a4', outDir: path.join(dir, 'out'), job: testJob() })).rejects.toMatchObject({ code: 'SEAL_BLOCKED' });
    expect(workspace.read(listSeals)).toEqual([]);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
    workspace.close();
  });

  it('freezes a snapshot, records it in the log, and later edits never change the sealed version', async () => {
    const dir = tempDir();
    const workspace = newEngagement(dir, 'Sealed Co');
    waiveEverything(workspace);
    const headBefore = workspace.read((db) => listActivity(db, { limit: 1 })[0]!);
    const sealed = await createSeal(workspace, { paper: 'a4', outDir: path.join(dir, 'out'), job: testJob() });
    expect(sealed.seal).toMatchObject({ version: 1, activitySeq: headBefore.seq, activityHash: headBefore.hash, packageFingerprint: sealed.package.fingerprint });
    expect(sealed.seal.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(path.basename(sealed.package.pdfPath)).toBe('Sealed Co - SOC 2 package - seal 1.pdf');
    const entry = workspace.read((db) => listActivity(db, { limit: 1 })[0]!);
    expect(entry.action).toBe('seal.create');
    expect(JSON.parse(entry.details)).toMatchObject({ version: 1, fingerprint: sealed.seal.fingerprint, activityHead: { seq: headBefore.seq, hash: headBefore.hash } });

    // The sealed row itself cannot be changed or removed, even by SQL.
    expect(() => workspace.db.prepare("UPDATE seal SET sealed_by = 'mallory'").run()).toThrow(/never changes/);
    expect(() => workspace.db.prepare('DELETE FROM seal').run()).toThrow(/never changes/);

    const pdfBefore = fs.readFileSync(sealed.package.pdfPath);
    const zipBefore = fs.readFileSync(sealed.package.zipPath);
    workspace.write({ action: 'engagement.update', subject: 'engagement' }, (db) => updateEngagement(db, { organisationName: 'Renamed Later Co', systemName: 'Edited after the seal' }, workspace.now()));
    const rebuilt = await buildSealedPackage(workspace, 1, { paper: 'a4', outDir: path.join(dir, 'again'), job: testJob() });
    expect(path.basename(rebuilt.pdfPath)).toBe('Sealed Co - SOC 2 package - seal 1.pdf');
    expect(fs.readFileSync(rebuilt.pdfPath).equals(pdfBefore)).toBe(true);
    expect(fs.readFileSync(rebuilt.zipPath).equals(zipBefore)).toBe(true);

    const second = await createSeal(workspace, { paper: 'letter', outDir: path.join(dir, 'out'), job: testJob() });
    expect(second.seal.version).toBe(2);
    expect(second.seal.fingerprint).not.toBe(sealed.seal.fingerprint);
    expect(path.basename(second.package.pdfPath)).toBe('Renamed Later Co - SOC 2 package - seal 2.pdf');
    expect(workspace.read(listSeals).map((s) => s.version)).toEqual([1, 2]);
    const file = workspace.filePath;
    workspace.close();

    const report = await verifyWorkspaceFile(file, 'tester');
    expect(report.ok).toBe(true);
    expect(report.checks.find((c) => c.name === 'Sealed snapshots')!.details).toHaveLength(2);
    const verified = await cli(['verify', file]);
    expect(verified.code, verified.out).toBe(0);
    expect(verified.out).toMatch(/ok {4}Sealed snapshots/);
  });

  it('is caught by verification when a sealed snapshot is altered outside the app', async () => {
    const dir = tempDir();
    const workspace = newEngagement(dir);
    waiveEverything(workspace);
    await createSeal(workspace, { paper: 'a4', outDir: path.join(dir, 'out'), job: testJob() });
    const file = workspace.filePath;
    workspace.close();

    // Rewrite the snapshot with another tool, putting the guarding trigger back exactly as it was.
    const db = new Database(file);
    const trigger = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'seal_no_update'").pluck().get() as string;
    db.exec('DROP TRIGGER seal_no_update');
    db.prepare('UPDATE seal SET snapshot = ? WHERE version = 1').run(Buffer.from('not the sealed content'));
    db.exec(trigger);
    db.close();

    const report = await verifyWorkspaceFile(file, 'tester');
    expect(report.ok).toBe(false);
    expect(report.checks.find((c) => c.name === 'Sealed snapshots')).toMatchObject({ ok: false, details: ['Seal 1: the stored snapshot cannot be decompressed'] });
    const verified = await cli(['verify', file]);
    expect(verified.code).toBe(1);
    expect(verified.out).toMatch(/FAIL {2}Sealed snapshots/);
  });

  it('can be cancelled: nothing is sealed and no package file is left behind', async () => {
    const dir = tempDir();
    const workspace = newEngagement(dir);
    waiveEverything(workspace);
    const jobs = new JobRunner();
    const out = path.join(dir, 'out');
    const id = jobs.start('seal.create', (job) => createSeal(workspace, { paper: 'a4', outDir: out, job }));
    await yieldToEventLoop();
    jobs.cancel(id);
    let status = jobs.get(id);
    while (status.state === 'running') {
      await yieldToEventLoop();
      status = jobs.get(id);
    }
    expect(status.state).toBe('cancelled');
    expect(workspace.read(listSeals)).toEqual([]);
    expect(fs.existsSync(out) ? fs.readdirSync(out) : []).toEqual([]);
    workspace.close();
  });
});
