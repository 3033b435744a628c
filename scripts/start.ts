import { spawn } from 'node:child_process';
import path from 'node:path';
import { findElectronBinary } from './electron-binary';

/**
 * `npm start`: the desktop app where an Electron binary is installed; otherwise one line saying why,
 * then browser mode, so the command always brings the app up.
 */
function run(command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

const root = path.resolve(__dirname, '..');
const found = findElectronBinary();
if (found.found) {
  const build = spawn('npm', ['run', 'build'], { stdio: 'inherit', cwd: root });
  build.on('exit', (code) => (code === 0 ? run(found.executablePath, [root]) : process.exit(code ?? 1)));
} else {
  process.stdout.write(`Desktop app unavailable here (${found.reason}); starting browser mode instead.\n`);
  run('npm', ['run', 'web', '--', ...process.argv.slice(2)]);
}
