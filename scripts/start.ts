import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * `npm start`: the desktop app where an Electron binary is installed; otherwise one line saying why,
 * then browser mode, so the command always brings the app up.
 */
function electronBinary(): { path: string } | { missing: string } {
  try {
    // The electron package exports the path of its downloaded binary, and throws if it was never fetched.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved at run time on purpose: absence is the expected case here
    const binary = require('electron') as unknown;
    if (typeof binary === 'string' && fs.existsSync(binary)) return { path: binary };
    return { missing: 'the Electron binary was not downloaded when dependencies were installed' };
  } catch (error) {
    return { missing: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

function run(command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

const root = path.resolve(__dirname, '..');
const found = electronBinary();
if ('path' in found) {
  const build = spawn('npm', ['run', 'build'], { stdio: 'inherit', cwd: root });
  build.on('exit', (code) => (code === 0 ? run(found.path, [root]) : process.exit(code ?? 1)));
} else {
  process.stdout.write(`Desktop app unavailable here (${found.missing}); starting browser mode instead.\n`);
  run('npm', ['run', 'web', '--', ...process.argv.slice(2)]);
}
