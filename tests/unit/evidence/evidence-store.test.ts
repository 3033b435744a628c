import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE, removeBlobIfUnused } from '../../../db/evidence-store';
import { deleteEvidence, getEvidence, listAllEvidence, parseEvidenceRef } from '../../../db/queries/evidence';
import { addEvidenceBytes } from '../../../core/evidence/add-bytes';
import { exportEvidence } from '../../../core/evidence/export-file';
import { importEvidenceFile } from '../../../core/evidence/import-file';
import { readBlobRange } from '../../../core/evidence/read-evidence';
import { newWorkspace, sha256File, tempDir } from '../helpers/temp';
import { randomFile, sha256Of, storeState } from './evidence-helpers';

describe('the evidence store', () => {
  it('stores a multi-chunk file in 1 MiB chunks and exports the identical bytes', async () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const source = randomFile(dir, 'okta export.csv', Math.floor(2.5 * CHUNK_SIZE));
    const outcome = await importEvidenceFile(workspace, { path: source.path, fileName: 'okta export.csv' }, { controls: ['ACC-04'], coversTo: '2026-06-30' });
    expect(outcome).toMatchObject({ ref: 'EV-0001', status: 'added', size: source.size, sha256: source.sha256 });

    const chunks = workspace.db.prepare('SELECT length(data) AS n FROM evidence_chunk ORDER BY seq').pluck().all();
    expect(chunks).toEqual([CHUNK_SIZE, CHUNK_SIZE, CHUNK_SIZE / 2]);
    const item = getEvidence(workspace.db, 1)!;
    expect(item).toMatchObject({ fileName: 'okta export.csv', mediaType: 'text/csv', method: 'export', controls: ['ACC-04'], coversTo: '2026-06-30', collector: 'tester' });

    const target = path.join(dir, 'out', 'copy.csv');
    fs.mkdirSync(path.dirname(target));
    const exported = await exportEvidence(workspace.db, item, target);
    expect(exported.sha256).toBe(source.sha256);
    expect(sha256File(target)).toBe(source.sha256);
    await expect(exportEvidence(workspace.db, item, target)).rejects.toThrow(/already exists/);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['copy.csv']);

    // A range across a chunk boundary reads exactly the bytes of the file.
    const original = fs.readFileSync(source.path);
    const range = readBlobRange(workspace.db, item.blobId, item.size, CHUNK_SIZE - 10, 20);
    expect(range.equals(original.subarray(CHUNK_SIZE - 10, CHUNK_SIZE + 10))).toBe(true);
    expect(readBlobRange(workspace.db, item.blobId, item.size, item.size, 10).length).toBe(0);
    workspace.close();
  });

  it('stores the same bytes once: a second copy links the existing item', async () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const first = randomFile(dir, 'a.png', 300_000);
    fs.copyFileSync(first.path, path.join(dir, 'renamed copy.png'));
    const one = await importEvidenceFile(workspace, { path: first.path, fileName: 'a.png' }, { controls: ['ACC-04'] });
    const two = await importEvidenceFile(workspace, { path: path.join(dir, 'renamed copy.png'), fileName: 'renamed copy.png' }, { controls: ['CHG-01'], criteria: ['CC8.1'] });
    expect(two).toMatchObject({ ref: one.ref, status: 'duplicate', sha256: first.sha256 });
    const state = storeState(workspace.db);
    expect(state.items).toHaveLength(1);
    expect(state.blobs).toBe(1);
    expect(getEvidence(workspace.db, 1)).toMatchObject({ fileName: 'a.png', controls: ['ACC-04', 'CHG-01'], criteria: ['CC8.1'] });
    const log = workspace.db.prepare('SELECT action, subject FROM activity_log ORDER BY seq DESC LIMIT 2').all();
    expect(log).toEqual([{ action: 'evidence.addDuplicate', subject: 'EV-0001' }, { action: 'evidence.add', subject: 'EV-0001' }]);
    workspace.close();
  });

  it('takes a 0-byte file and odd names (unicode, spaces, very long)', async () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const names = ['empty.txt', 'Zugriffsprüfung Q2 – 日本語 ✓.pdf', `${'very long name '.repeat(15).trim()}.csv`, ' leading and trailing spaces .txt'];
    fs.writeFileSync(path.join(dir, names[0]!), '');
    names.slice(1).forEach((name, index) => fs.writeFileSync(path.join(dir, name), `content ${index}`));
    for (const name of names) await importEvidenceFile(workspace, { path: path.join(dir, name), fileName: name }, {});
    const items = listAllEvidence(workspace.db);
    expect(items.map((item) => item.fileName)).toEqual(names);
    expect(items[0]).toMatchObject({ size: 0, sha256: sha256Of(Buffer.alloc(0)) });
    expect(workspace.db.prepare('SELECT chunk_count FROM evidence_blob WHERE id = ?').pluck().get(items[0]!.blobId)).toBe(0);
    const target = path.join(dir, 'empty-out.txt');
    await exportEvidence(workspace.db, items[0]!, target);
    expect(fs.statSync(target).size).toBe(0);
    expect(storeState(workspace.db).items.every((item) => item.rehash === item.sha256)).toBe(true);
    workspace.close();
  });

  it('numbers items without reusing a removed number, and removes bytes nobody uses', () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    addEvidenceBytes(workspace, 'one.txt', Buffer.from('one'), {});
    const two = addEvidenceBytes(workspace, 'two.txt', Buffer.from('two'), {});
    const id = parseEvidenceRef(two.ref)!;
    const blobId = getEvidence(workspace.db, id)!.blobId;
    workspace.write({ action: 'evidence.remove', subject: two.ref }, (db) => {
      deleteEvidence(db, id);
      expect(removeBlobIfUnused(db, blobId)).toBe(true);
    });
    expect(addEvidenceBytes(workspace, 'three.txt', Buffer.from('three'), {}).ref).toBe('EV-0003');
    expect(storeState(workspace.db)).toMatchObject({ blobs: 2, staging: 0, orphanChunks: 0 });
    workspace.close();
  });

  it('keeps the bytes of removed evidence that a sealed version includes', () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const kept = addEvidenceBytes(workspace, 'kept.txt', Buffer.from('sealed bytes'), {});
    const id = parseEvidenceRef(kept.ref)!;
    const blobId = getEvidence(workspace.db, id)!.blobId;
    // A seal recorded after the bytes were stored (the columns a real seal fills; contents do not matter here).
    workspace.db
      .prepare("INSERT INTO seal (version, sealed_at, sealed_by, schema_version, fingerprint, manifest, activity_seq, activity_hash, snapshot, snapshot_sha256, package_fingerprint, paper) VALUES (1, ?, 't', 1, ?, '{}', 1, ?, x'00', ?, ?, 'a4')")
      .run(new Date(Date.now() + 1000).toISOString(), 'f'.repeat(64), 'a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64));
    workspace.write({ action: 'evidence.remove', subject: kept.ref }, (db) => {
      deleteEvidence(db, id);
      expect(removeBlobIfUnused(db, blobId)).toBe(false);
    });
    // Adding the same bytes again makes a new item on the kept bytes.
    const again = addEvidenceBytes(workspace, 'kept again.txt', Buffer.from('sealed bytes'), {});
    expect(again).toMatchObject({ ref: 'EV-0002', status: 'added' });
    expect(storeState(workspace.db).blobs).toBe(1);
    workspace.close();
  });
});
