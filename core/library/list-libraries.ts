import fs from 'node:fs';
import path from 'node:path';
import { LIBRARY_EXTENSION } from './library-format';

export interface LibraryFileEntry {
  path: string;
  name: string;
  sizeBytes: number;
  modifiedAt: string;
}

/**
 * The library files directly inside the given folders (not their subfolders), each listed once,
 * sorted by name. Unreadable folders are skipped: a listing must never fail because one folder moved.
 */
export function listLibraryFiles(folders: string[]): LibraryFileEntry[] {
  const seen = new Set<string>();
  const entries: LibraryFileEntry[] = [];
  for (const folder of folders) {
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!name.toLowerCase().endsWith(LIBRARY_EXTENSION) || name.startsWith('.')) continue;
      const filePath = path.join(folder, name);
      if (seen.has(filePath)) continue;
      try {
        const stat = fs.statSync(filePath);
        if (!stat.isFile()) continue;
        seen.add(filePath);
        entries.push({ path: filePath, name, sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() });
      } catch {
        continue;
      }
    }
  }
  return entries.sort((a, b) => a.name.localeCompare(b.name) || a.path.localeCompare(b.path));
}
