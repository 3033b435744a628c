import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { PackageResultView } from '../../../core/api/audit-types';
import { createEngagementWorkspace } from '../../../core/engagement-factory';
import { buildDraftPackage } from '../../../core/seal/package-versions';
import type { Workspace } from '../../../db/workspace';
import type { PaperSize } from '../../../db/queries/seals';

/** A job context for tests: never cancelled, progress ignored. */
export function testJob(controller = new AbortController()) {
  return {
    signal: controller.signal,
    progress: () => {},
    throwIfCancelled: () => {
      if (controller.signal.aborted) throw new Error('cancelled');
    },
  };
}

export function newEngagement(dir: string, organisationName = 'Test Org Ltd', clock?: () => Date): Workspace {
  return createEngagementWorkspace(path.join(dir, 'engagement.soc2'), { organisationName, actor: 'tester', ...(clock ? { clock } : {}) });
}

export function buildDraft(workspace: Workspace, outDir: string, paper: PaperSize = 'a4'): Promise<PackageResultView> {
  return buildDraftPackage(workspace, { paper, outDir, job: testJob() });
}

export function run(command: string, args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function runStatus(command: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** pdftotext, one string per page (form feeds separate pages). */
export function pdfPages(pdfPath: string): string[] {
  const text = run('pdftotext', ['-layout', pdfPath, '-']);
  return text.split('\f').slice(0, -1);
}

export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/** Runs a test body with SOURCE_DATE_EPOCH set, restoring the environment afterwards. */
export async function withSourceDate<T>(epoch: string, body: () => Promise<T>): Promise<T> {
  const before = process.env['SOURCE_DATE_EPOCH'];
  process.env['SOURCE_DATE_EPOCH'] = epoch;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env['SOURCE_DATE_EPOCH'];
    else process.env['SOURCE_DATE_EPOCH'] = before;
  }
}

/**
 * A temporary folder that lives for a whole describe block (helpers/temp.ts removes its folders after
 * each test, too early for a package built once in beforeAll and read by several tests).
 */
export function suiteDir(prefix: string): { path: () => string } {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return { path: () => dir };
}
