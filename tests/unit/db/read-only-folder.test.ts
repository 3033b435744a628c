import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../../db/open-workspace';
import { getEngagement } from '../../../db/queries/engagement';
import { newWorkspaceFile, sha256File, sidecars, tempDir } from '../helpers/temp';

/**
 * Root ignores permission bits, so as root the folder is made immutable with chattr instead (which
 * binds root too). Where neither is possible (a filesystem without attributes), the test says so.
 */
function makeFolderReadOnly(dir: string): { undo(): void } | { unavailable: string } {
  if (process.getuid?.() !== 0) {
    fs.chmodSync(dir, 0o555);
    return { undo: () => fs.chmodSync(dir, 0o755) };
  }
  try {
    execFileSync('chattr', ['+i', dir], { stdio: 'pipe' });
    return { undo: () => execFileSync('chattr', ['-i', dir]) };
  } catch (error) {
    return { unavailable: `running as root and chattr +i is not supported here (${(error as Error).message.split('\n')[0]})` };
  }
}

let undo: (() => void) | null = null;
afterEach(() => {
  undo?.();
  undo = null;
});

describe('a workspace in a read-only folder', () => {
  it('opens read-only, reads fine, refuses writes and leaves no trace', (context) => {
    const dir = tempDir();
    const file = newWorkspaceFile(dir, 'shared.soc2');
    const before = sha256File(file);
    const locked = makeFolderReadOnly(dir);
    if ('unavailable' in locked) {
      console.warn(`skipped: cannot make a read-only folder: ${locked.unavailable}`);
      context.skip();
      return;
    }
    undo = locked.undo;
    expect(() => fs.writeFileSync(path.join(dir, 'probe'), 'x')).toThrow();

    const workspace = openWorkspace(file, { actor: 'reader' });
    expect(workspace.readOnly).toBe(true);
    expect(workspace.read(getEngagement).organisationName).toBe('Test Org');
    expect(() => workspace.write({ action: 'x', subject: 'y' }, () => undefined)).toThrow(expect.objectContaining({ code: 'WORKSPACE_READ_ONLY' }));
    workspace.close();

    expect(sha256File(file)).toBe(before);
    expect(sidecars(file)).toEqual([]);
  });
});
