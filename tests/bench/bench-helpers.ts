import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const MIB = 1024 * 1024;
export const ROOT = path.resolve(__dirname, '..', '..');

/** Writes `size` bytes of random data (distinct per file) in 8 MiB pieces, without holding it all. */
export function writeRandomFile(file: string, size: number): void {
  const pool = randomBytes(8 * MIB);
  const fd = fs.openSync(file, 'w');
  try {
    for (let written = 0; written < size; ) {
      const length = Math.min(pool.length, size - written);
      // A unique prefix per piece keeps the files (and pieces) distinct without generating GBs of randomness.
      pool.writeUInt32LE(written / MIB, 0);
      randomBytes(16).copy(pool, 4);
      fs.writeSync(fd, pool, 0, length);
      written += length;
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** Runs a TypeScript file in a child node process and parses the JSON line it prints last. */
export function runChild<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`${path.basename(script)} exited with ${code}`));
      const last = output.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${path.basename(script)} printed no result: ${output.slice(-300)}`));
      }
    });
  });
}

export function timed(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(Number(process.hrtime.bigint() - started) / 1e9) : reject(new Error(`${command} exited with ${code}`))));
  });
}

export const mbPerSecond = (bytes: number, seconds: number) => bytes / MIB / seconds;
