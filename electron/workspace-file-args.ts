import fs from 'node:fs';
import path from 'node:path';

/**
 * A path handed to the app by the operating system (double-click, "Open With", command line) is
 * only passed on to the page when it names an existing regular file ending in .soc2. Anything else
 * is dropped here, before the renderer ever sees it.
 */
export function isOpenableWorkspacePath(candidate: string): boolean {
  if (candidate.length === 0 || candidate.length > 4096 || candidate.includes('\u0000')) return false;
  if (!path.isAbsolute(candidate) || !candidate.toLowerCase().endsWith('.soc2')) return false;
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/**
 * The first openable workspace named on a command line. Relative paths are taken from the folder
 * the command was started in (for a second instance that is its own working directory, not ours).
 * Switches are skipped: Chromium and the OS add their own.
 */
export function workspacePathFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith('.soc2')) continue;
    const candidate = path.resolve(workingDirectory, arg);
    if (isOpenableWorkspacePath(candidate)) return candidate;
  }
  return null;
}

/** The menu command that asks the page to open a workspace file. */
export function openPathCommand(filePath: string): `open-path:${string}` {
  return `open-path:${filePath}`;
}
