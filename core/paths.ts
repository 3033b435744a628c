import fs from 'node:fs';
import path from 'node:path';

/**
 * The project root, found by walking up from this file to the package.json that names the app. Works
 * the same from source (tsx), from the compiled dist/ folder and from inside a packaged app.
 */
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string };
      if (pkg.name === 'soc2-workbench') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the soc2-workbench package root');
    dir = parent;
  }
}

export const PROJECT_ROOT = findRoot(__dirname);
export const ASSETS_DIR = path.join(PROJECT_ROOT, 'assets');

export const APP_VERSION = (JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
