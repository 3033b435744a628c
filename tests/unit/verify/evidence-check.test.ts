import { createHash } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { EvidenceSource } from '../../../core/package/data/evidence-source';
import type { EvidenceItem } from '../../../core/package/data/package-data';
import { addEvidenceBytes } from '../../../core/evidence/add-bytes';
import { createEvidenceCheck, evidenceCheck } from '../../../core/verify/evidence-check';
import { verifyWorkspaceFile } from '../../../core/verify/verify-workspace';
import { CHUNK_SIZE } from '../../../db/evidence-store';
import { newWorkspace, tempDir } from '../helpers/temp';

const CHUNK = 64 * 1024;


/**
 * A small chunked store in a real SQLite file, read back one chunk at a time (the shape of the
 * evidence store), with small chunks so that many chunks, a missing chunk and a cancel between chunks
 * are cheap to exercise. The workspace's own store is tested further down.
 */
function chunkStore(items: { ref: string; bytes: Buffer }[]): { db: Database.Database; source: EvidenceSource } {
  const db = new Database(path.join(tempDir(), 'store.sqlite'));
  db.exec('CREATE TABLE item (ref TEXT PRIMARY KEY, file_name TEXT, sha256 TEXT, size INTEGER); CREATE TABLE chunk (ref TEXT, n INTEGER, data BLOB, PRIMARY KEY (ref, n));');
  for (const { ref, bytes } of items) {
    db.prepare('INSERT INTO item VALUES (?, ?, ?, ?)').run(ref, `${ref}.bin`, createHash('sha256').update(bytes).digest('hex'), bytes.length);
    for (let offset = 0, n = 0; offset < bytes.length; offset += CHUNK, n++) db.prepare('INSERT INTO chunk VALUES (?, ?, ?)').run(ref, n, bytes.subarray(offset, offset + CHUNK));
  }
  const source: EvidenceSource = {
    list: () =>
      (db.prepare('SELECT ref, file_name AS fileName, sha256, size AS sizeBytes FROM item ORDER BY ref').all() as Pick<EvidenceItem, 'ref' | 'fileName' | 'sha256' | 'sizeBytes'>[]).map((row) => ({
        ...row,
        controls: [],
        criteria: [],
        asOf: null,
        capturedOn: null,
        collector: '',
        method: 'export',
        redacted: false,
      })),
    open: (item) => Readable.from(db.prepare('SELECT data FROM chunk WHERE ref = ? ORDER BY n').pluck().iterate(item.ref) as Iterable<Buffer>),
  };
  return { db, source };
}

function bytes(seed: number, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + seed * 7) & 0xff;
  return out;
}

describe('the evidence check', () => {
  it('passes intact evidence and catches one changed byte in one chunk of one item, naming only that item', async () => {
    const { db, source } = chunkStore([
      { ref: 'EV-0001', bytes: bytes(1, CHUNK * 3 + 100) },
      { ref: 'EV-0002', bytes: bytes(2, CHUNK * 2) },
      { ref: 'EV-0003', bytes: bytes(3, 10) },
    ]);
    const check = createEvidenceCheck(() => source);
    const progress: number[] = [];
    const job = { progress: (done: number) => void progress.push(done), throwIfCancelled: () => undefined };
    const clean = await check.run(db, job);
    expect(clean).toMatchObject({ status: 'passed', covered: '3 evidence items, 320.1 KB', failures: [] });
    expect(progress.some((done) => done > 0 && done < CHUNK * 5 + 110)).toBe(true);

    // One byte in the third chunk of EV-0001.
    const chunk = db.prepare("SELECT data FROM chunk WHERE ref = 'EV-0001' AND n = 2").pluck().get() as Buffer;
    chunk[12345] ^= 0x01;
    db.prepare("UPDATE chunk SET data = ? WHERE ref = 'EV-0001' AND n = 2").run(chunk);
    const tampered = await check.run(db, job);
    expect(tampered.status).toBe('failed');
    expect(tampered.failures).toEqual([
      { subject: 'Evidence EV-0001 (EV-0001.bin)', problem: expect.stringMatching(/no longer match the SHA-256 recorded when it was added/), item: { kind: 'evidence', ref: 'EV-0001' } },
    ]);

    // A missing chunk is a size problem, reported as such.
    db.prepare("DELETE FROM chunk WHERE ref = 'EV-0002' AND n = 1").run();
    const shorter = await check.run(db, job);
    expect(shorter.failures.map((f) => [f.item?.ref, f.problem])).toEqual([
      ['EV-0001', expect.stringMatching(/SHA-256/)],
      ['EV-0002', `its stored bytes add up to ${CHUNK} bytes, not the ${CHUNK * 2} bytes recorded when it was added`],
    ]);
    db.close();
  });

  it('stops between chunks when cancelled', async () => {
    const { db, source } = chunkStore([{ ref: 'EV-0001', bytes: bytes(1, CHUNK * 8) }]);
    let calls = 0;
    const job = {
      progress: () => undefined,
      throwIfCancelled: () => {
        calls += 1;
        if (calls > 3) throw Object.assign(new Error('Cancelled.'), { code: 'CANCELLED' });
      },
    };
    await expect(createEvidenceCheck(() => source).run(db, job)).rejects.toMatchObject({ code: 'CANCELLED' });
    db.close();
  });

  it('re-hashes the workspace’s own evidence store and names the one item whose stored chunk was altered', async () => {
    const workspace = newWorkspace(tempDir());
    addEvidenceBytes(workspace, 'access-review-q3.csv', bytes(1, CHUNK_SIZE * 2 + 4321), { controls: ['ACC-04'] });
    addEvidenceBytes(workspace, 'mfa-settings.png', bytes(2, 5000), {});
    const file = workspace.filePath;
    workspace.close();
    const options = { verifiedBy: 'auditor', now: () => new Date('2026-11-27T10:00:00Z') };
    const job = { progress: () => undefined, throwIfCancelled: () => undefined };
    expect((await verifyWorkspaceFile(file, job, options)).checks.find((c) => c.id === 'evidence')).toMatchObject({ status: 'passed', covered: '2 evidence items, 2.0 MB' });

    // One byte of the second chunk of the first file, changed with another tool.
    const db = new Database(file);
    const blobId = db.prepare("SELECT blob_id FROM evidence_item WHERE file_name = 'access-review-q3.csv'").pluck().get() as number;
    const chunk = db.prepare('SELECT data FROM evidence_chunk WHERE blob_id = ? AND seq = 1').pluck().get(blobId) as Buffer;
    chunk[777] ^= 0x20;
    db.prepare('UPDATE evidence_chunk SET data = ? WHERE blob_id = ? AND seq = 1').run(chunk, blobId);
    db.close();
    const report = await verifyWorkspaceFile(file, job, options);
    expect(report.browsable).toBe(true);
    expect(report.checks.find((c) => c.id === 'evidence')!.failures).toEqual([
      { subject: 'Evidence EV-0001 (access-review-q3.csv)', problem: expect.stringMatching(/^its stored bytes no longer match the SHA-256/), item: { kind: 'evidence', ref: 'EV-0001' } },
    ]);
  });

  it('is not applicable to a workspace with no evidence', async () => {
    const workspace = newWorkspace(tempDir());
    const result = await evidenceCheck.run(workspace.db, { progress: () => undefined, throwIfCancelled: () => undefined });
    expect(result).toMatchObject({ status: 'not-applicable', failures: [] });
    workspace.close();
  });
});
