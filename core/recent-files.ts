import fs from 'node:fs';
import path from 'node:path';

const MAX_RECENT = 10;

/** Recently opened workspaces, kept in a small JSON file in the user's settings folder. */
export class RecentFiles {
  constructor(private readonly storePath: string | null) {}

  list(): string[] {
    if (!this.storePath) return [];
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(this.storePath, 'utf8'));
      return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string').slice(0, MAX_RECENT) : [];
    } catch {
      return [];
    }
  }

  remember(filePath: string): void {
    if (!this.storePath) return;
    const next = [filePath, ...this.list().filter((p) => p !== filePath)].slice(0, MAX_RECENT);
    fs.mkdirSync(path.dirname(this.storePath), { recursive: true });
    const temporary = `${this.storePath}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(next, null, 2));
    fs.renameSync(temporary, this.storePath);
  }
}
