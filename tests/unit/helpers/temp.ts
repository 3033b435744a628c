import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { createWorkspace } from '../../../db/create-workspace';
import type { Workspace } from '../../../db/workspace';

const created: string[] = [];

/** A fresh temporary folder, removed after the test. */
export function tempDir(prefix = 'soc2-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

export function sha256File(filePath: string): string {
  return createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}

export function newWorkspace(dir: string, name = 'test.soc2', organisationName = 'Test Org'): Workspace {
  return createWorkspace(path.join(dir, name), { organisationName, actor: 'tester', appVersion: '0.0.0-test', catalogVersion: 'test' });
}

/** A closed workspace file on disk. */
export function newWorkspaceFile(dir: string, name = 'test.soc2'): string {
  const workspace = newWorkspace(dir, name);
  const filePath = workspace.filePath;
  workspace.close();
  return filePath;
}

export function sidecars(filePath: string): string[] {
  return ['-wal', '-shm', '-journal'].map((suffix) => filePath + suffix).filter((p) => fs.existsSync(p));
}
