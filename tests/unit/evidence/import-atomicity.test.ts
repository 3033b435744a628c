import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { appendChunks, CHUNK_SIZE, createStagingBlob } from '../../../db/evidence-store';
import { openWorkspace } from '../../../db/open-workspace';
import { importEvidenceFile } from '../../../core/evidence/import-file';
import { runEvidenceImport } from '../../../core/evidence/import-job';
import { newWorkspace, tempDir } from '../helpers/temp';
import { randomFile, storeState } from './evidence-helpers';

const activityCount = (db: Database.Database) => db.prepare('SELECT count(*) FROM activity_log').pluck().get() as number;

describe('an import is all or nothing', () => {
  it('a cancel mid-file leaves no item, no chunks and no log entry', async () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const big = randomFile(dir, 'big.bin', 12 * CHUNK_SIZE);
    const controller = new AbortController();
    const logBefore = activityCount(workspace.db);
    let sawChunksWritten = false;
    const attempt = importEvidenceFile(workspace, { path: big.path, fileName: 'big.bin' }, {}, {
      signal: controller.signal,
      batchBytes: CHUNK_SIZE,
      onProgress: (bytes) => {
        if (bytes >= 5 * CHUNK_SIZE && !controller.signal.aborted) {
          sawChunksWritten = (workspace.db.prepare('SELECT count(*) FROM evidence_chunk').pluck().get() as number) > 0;
          controller.abort();
        }
      },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(sawChunksWritten).toBe(true);
    expect(storeState(workspace.db)).toEqual({ items: [], staging: 0, blobs: 0, orphanChunks: 0 });
    expect(workspace.db.prepare('SELECT count(*) FROM evidence_chunk').pluck().get()).toBe(0);
    expect(activityCount(workspace.db)).toBe(logBefore);
    workspace.close();
  });

  it('a cancelled job keeps the files finished before the cancel and nothing of the one in progress', async () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const files = [randomFile(dir, 'one.bin', CHUNK_SIZE), randomFile(dir, 'two.bin', 8 * CHUNK_SIZE)];
    const controller = new AbortController();
    const job = {
      signal: controller.signal,
      progress: (done: number) => {
        if (done > 3 * CHUNK_SIZE) controller.abort();
      },
    };
    await expect(runEvidenceImport(workspace, files.map((f) => ({ path: f.path, fileName: path.basename(f.path) })), {}, job)).rejects.toMatchObject({ code: 'CANCELLED' });
    const state = storeState(workspace.db);
    expect(state.items.map((item) => item.sha256)).toEqual([files[0]!.sha256]);
    expect(state).toMatchObject({ staging: 0, blobs: 1, orphanChunks: 0 });
    workspace.close();
  });

  it('reports a file that disappeared before it was read, and adds the others', async () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const present = randomFile(dir, 'present.csv', 1000);
    const gone = randomFile(dir, 'gone.csv', 1000);
    fs.rmSync(gone.path);
    const result = await runEvidenceImport(workspace, [gone, present].map((f) => ({ path: f.path, fileName: path.basename(f.path) })), {}, { signal: new AbortController().signal, progress: () => undefined });
    expect(result.added.map((a) => a.fileName)).toEqual(['present.csv']);
    expect(result.failed).toEqual([{ fileName: 'gone.csv', message: expect.stringMatching(/was not found: it may have been moved, renamed or deleted/) }]);
    expect(storeState(workspace.db)).toMatchObject({ staging: 0, blobs: 1 });
    workspace.close();
  });

  it('refuses a file that is cut short while it is read, leaving nothing', async () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const file = randomFile(dir, 'growing.log', 6 * CHUNK_SIZE);
    const attempt = importEvidenceFile(workspace, { path: file.path, fileName: 'growing.log' }, {}, {
      batchBytes: CHUNK_SIZE,
      onProgress: (bytes) => {
        if (bytes === 2 * CHUNK_SIZE) fs.truncateSync(file.path, 3 * CHUNK_SIZE + 17);
      },
    });
    await expect(attempt).rejects.toThrow(/changed while it was being added/);
    expect(storeState(workspace.db)).toEqual({ items: [], staging: 0, blobs: 0, orphanChunks: 0 });
    workspace.close();
  });

  it('a file deleted while it is read is still added whole (the open file keeps its bytes)', async () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const file = randomFile(dir, 'deleted.bin', 4 * CHUNK_SIZE);
    const outcome = await importEvidenceFile(workspace, { path: file.path, fileName: 'deleted.bin' }, {}, {
      onProgress: (bytes) => {
        if (bytes === CHUNK_SIZE) fs.rmSync(file.path);
      },
    });
    expect(outcome).toMatchObject({ status: 'added', sha256: file.sha256 });
    workspace.close();
  });

  it('staging left by a crashed import is removed at the next open', () => {
    const dir = tempDir();
    const workspace = newWorkspace(dir);
    const blob = createStagingBlob(workspace.db, workspace.now());
    appendChunks(workspace.db, blob, 0, [Buffer.alloc(CHUNK_SIZE, 1), Buffer.alloc(10, 2)]);
    const file = workspace.filePath;
    workspace.close();
    const reopened = openWorkspace(file, { actor: 'tester' });
    expect(storeState(reopened.db)).toEqual({ items: [], staging: 0, blobs: 0, orphanChunks: 0 });
    expect(reopened.db.prepare('SELECT count(*) FROM evidence_chunk').pluck().get()).toBe(0);
    reopened.close();
  });
});
