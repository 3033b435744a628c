import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkspaceFileEntry } from '../api/types';
import { REVIEW_EXTENSION } from './review-format';

function writableFolder(folder: string): boolean {
  try {
    fs.accessSync(folder, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a new review file goes: the workspaces folder in browser mode, otherwise beside the received
 * file when that folder is writable (a received file often sits in a read-only download or mail
 * folder), else the home folder. Never over an existing file: a number is added instead.
 */
export function defaultReviewPath(receivedPath: string, dataDir: string | null): string {
  const folder = dataDir ?? (writableFolder(path.dirname(receivedPath)) ? path.dirname(receivedPath) : os.homedir());
  const base = `${path.basename(receivedPath, path.extname(receivedPath))} review`;
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${base}${n === 1 ? '' : ` ${n}`}${REVIEW_EXTENSION}`);
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/** Review files in a folder, for browser mode's lists (desktop uses the native dialog). */
export function listReviewFiles(folder: string | null): WorkspaceFileEntry[] {
  if (!folder) return [];
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.toLowerCase().endsWith(REVIEW_EXTENSION) && !name.startsWith('.'))
    .flatMap((name) => {
      const filePath = path.join(folder, name);
      try {
        const stat = fs.statSync(filePath);
        return stat.isFile() ? [{ path: filePath, name, sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() }] : [];
      } catch {
        return [];
      }
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}
