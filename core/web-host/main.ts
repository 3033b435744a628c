import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createCoreHost } from '../host';
import { PROJECT_ROOT } from '../paths';
import { removeStaleUploads, uploadsDir } from '../evidence/uploads';
import { startWebServer } from './server';

/**
 * `npm run web [-- --port N --data-dir <folder>]`: the app in a browser, on this computer only.
 * Workspaces live in the data folder (default: "SOC 2 Workbench" in the home folder).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'settings-dir': { type: 'string' },
    },
  });
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`usage: --port must be a number between 0 and 65535\n`);
    process.exit(2);
  }
  const dataDir = path.resolve(values['data-dir'] ?? path.join(os.homedir(), 'SOC 2 Workbench'));
  fs.mkdirSync(dataDir, { recursive: true });
  const settingsDir = path.resolve(values['settings-dir'] ?? path.join(dataDir, '.settings'));
  const host = createCoreHost({ mode: 'browser', dataDir, settingsDir });
  removeStaleUploads(dataDir);
  const server = await startWebServer({ host, staticDir: path.join(PROJECT_ROOT, 'dist', 'renderer'), port, uploadDir: uploadsDir(dataDir) });
  process.stdout.write(`SOC 2 Workbench is running in browser mode.\nWorkspaces folder: ${dataDir}\nOpen: ${server.url}\n`);

  const stop = () => {
    host.shutdown();
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
