/** Exit codes shared by every command: documented in the README and in --help. */
export const EXIT = { ok: 0, checkFailed: 1, usage: 2 } as const;

export class CliUsageError extends Error {}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
