import fs from 'node:fs';
import path from 'node:path';

export type BinaryLookup = { found: true; executablePath: string } | { found: false; reason: string };

/**
 * Where the Electron binary is, or why there is none. `require('electron')` returns the binary's
 * path, but when the binary is missing it first tries to download it (which fails slowly without
 * network), so the files it would return are checked before it is called. Shared by `npm start` and
 * the Electron launch tests.
 */
export function findElectronBinary(): BinaryLookup {
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm ci)' };
  }
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH'];
  const pathFile = path.join(packageDir, 'path.txt');
  if (!override && !fs.existsSync(pathFile)) {
    return { found: false, reason: 'the Electron binary was never downloaded (no network access during npm ci)' };
  }
  const relative = fs.existsSync(pathFile) ? fs.readFileSync(pathFile, 'utf8').trim() : 'electron';
  const expected = override ? path.join(override, relative) : path.join(packageDir, 'dist', relative);
  if (!fs.existsSync(expected)) return { found: false, reason: `${expected} does not exist` };

  // The electron package's main export is the binary's path, and it only exists as CommonJS.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const resolved: unknown = require('electron');
  if (typeof resolved !== 'string') return { found: false, reason: "require('electron') did not return a path" };
  if (!fs.existsSync(resolved)) return { found: false, reason: `require('electron') returned ${resolved}, which does not exist` };
  return { found: true, executablePath: resolved };
}
