import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_SIZE } from '../../../db/evidence-store';
import { openWorkspace } from '../../../db/open-workspace';
import { verifyWorkspaceFile } from '../../../core/seal/verify-workspace';
import { newWorkspaceFile, sidecars, tempDir } from '../helpers/temp';
import { randomFile, storeState } from './evidence-helpers';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CHILD = path.join(__dirname, 'fixtures', 'import-child.ts');
const RUNS = 20;

/**
 * Starts the child import (node itself runs the file: the tsx command would put a second process in
 * between, which SIGKILL would not reach) and kills it with SIGKILL `delayMs` after it
 * has opened the workspace.
 */
function importAndKill(workspace: string, files: string[], delayMs: number): Promise<{ killed: boolean; output: string; importMs: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, workspace, ...files], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let timer: NodeJS.Timeout | undefined;
    let openedAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (timer === undefined && output.includes('open\n')) {
        openedAt = Date.now();
        timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', output, importMs: Date.now() - openedAt });
    });
  });
}

/** Makes every file's bytes new for this run (so nothing is a duplicate of an earlier run) and returns their hashes. */
function freshContent(files: { path: string }[], run: number): Map<string, number> {
  const known = new Map<string, number>();
  for (const file of files) {
    const fd = fs.openSync(file.path, 'r+');
    fs.writeSync(fd, Buffer.from(`run ${run} `.padEnd(16, '.')), 0, 16, 0);
    fs.closeSync(fd);
    const bytes = fs.readFileSync(file.path);
    known.set(createHash('sha256').update(bytes).digest('hex'), bytes.length);
  }
  return known;
}

describe('an import killed at a random moment', () => {
  it(`leaves a workspace that verifies and holds only whole items (${RUNS} kills)`, async () => {
    const dir = tempDir();
    const sources = [1, 3, 6, 2, 9, 4].map((mib, index) => randomFile(dir, `evidence-${index}.bin`, mib * CHUNK_SIZE + index * 777));
    const workspace = newWorkspaceFile(dir, 'crash.soc2');
    const everAdded = new Map<string, number>();

    // How long a whole import takes on this machine, so the kills spread over all of it.
    const calibration = await importAndKill(workspace, sources.map((s) => s.path), 60_000);
    expect(calibration.output).toContain('done');
    const duration = calibration.importMs;

    let killedMidway = 0;
    for (let run = 0; run < RUNS; run += 1) {
      freshContent(sources, run).forEach((size, sha) => everAdded.set(sha, size));
      const delay = Math.floor(Math.random() * duration * 0.9);
      const { killed, output } = await importAndKill(workspace, sources.map((s) => s.path), delay);
      if (!killed) expect(output).toContain('done');
      else killedMidway += 1;

      // Opening rolls back the interrupted transaction (from its journal) and discards staging.
      const opened = openWorkspace(workspace, { actor: 'tester' });
      const state = storeState(opened.db);
      expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(state.staging).toBe(0);
      expect(state.orphanChunks).toBe(0);
      for (const item of state.items.slice(sources.length)) {
        expect(item.rehash).toBe(item.sha256);
        expect(item.bytes).toBe(item.size);
        expect(everAdded.get(item.sha256)).toBe(item.size);
      }
      expect(state.blobs).toBe(state.items.length);
      opened.close();
      expect(sidecars(workspace)).toEqual([]);

      const report = await verifyWorkspaceFile(workspace, 'tester');
      expect(report.checks.filter((check) => !check.ok)).toEqual([]);
    }
    expect(killedMidway).toBeGreaterThan(RUNS / 2);
  }, 180_000);
});
