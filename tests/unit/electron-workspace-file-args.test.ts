import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isOpenableWorkspacePath, openPathCommand, workspacePathFromArgv } from '../../electron/workspace-file-args';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'soc2-file-args-'));
  fs.writeFileSync(path.join(dir, 'Acme.soc2'), 'x');
  fs.writeFileSync(path.join(dir, 'UPPER.SOC2'), 'x');
  fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
  fs.mkdirSync(path.join(dir, 'folder.soc2'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('workspace paths handed over by the operating system', () => {
  it('accepts only existing regular .soc2 files given by absolute path', () => {
    expect(isOpenableWorkspacePath(path.join(dir, 'Acme.soc2'))).toBe(true);
    expect(isOpenableWorkspacePath(path.join(dir, 'UPPER.SOC2'))).toBe(true);
    expect(isOpenableWorkspacePath(path.join(dir, 'notes.txt'))).toBe(false);
    expect(isOpenableWorkspacePath(path.join(dir, 'missing.soc2'))).toBe(false);
    expect(isOpenableWorkspacePath(path.join(dir, 'folder.soc2'))).toBe(false);
    expect(isOpenableWorkspacePath('Acme.soc2')).toBe(false);
    expect(isOpenableWorkspacePath(`${path.join(dir, 'Acme.soc2')}\u0000.soc2`)).toBe(false);
    expect(isOpenableWorkspacePath('')).toBe(false);
  });

  it('finds the workspace on a command line, relative to the caller’s folder, skipping switches', () => {
    const argv = ['/opt/SOC 2 Workbench/soc2-workbench', '--no-sandbox', '--flag=x.soc2', 'notes.txt', 'missing.soc2', 'Acme.soc2'];
    expect(workspacePathFromArgv(argv, dir)).toBe(path.join(dir, 'Acme.soc2'));
    expect(workspacePathFromArgv(['/usr/bin/electron', '.', path.join(dir, 'UPPER.SOC2')], '/')).toBe(path.join(dir, 'UPPER.SOC2'));
  });

  it('returns null when nothing openable was given, and never looks at the executable itself', () => {
    expect(workspacePathFromArgv(['/usr/bin/electron', '.'], dir)).toBeNull();
    expect(workspacePathFromArgv([path.join(dir, 'Acme.soc2')], dir)).toBeNull();
    expect(workspacePathFromArgv(['app', 'folder.soc2', 'notes.txt'], dir)).toBeNull();
  });

  it('builds the open-path command the renderer expects', () => {
    expect(openPathCommand('/w/Acme.soc2')).toBe('open-path:/w/Acme.soc2');
  });
});
