import fs from 'node:fs';
import path from 'node:path';
import { UnreadableFileError, type VerificationReport } from '../../package/verification-report';
import { verifyPackage } from '../../package/verify-package';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';
import { runVerifyReview, runVerifyWorkspace } from './verify-received';

function kindOf(file: string): 'package' | 'workspace' {
  const header = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (header.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) || header.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) return 'package';
  if (header.toString('latin1').startsWith('SQLite format 3')) return 'workspace';
  return file.toLowerCase().endsWith('.zip') ? 'package' : 'workspace';
}

function print(report: VerificationReport, io: CliIo): void {
  io.out(`${report.kind === 'package' ? 'Package' : 'Workspace'}  ${report.file}`);
  for (const check of report.checks) {
    io.out(`  ${check.ok ? 'ok  ' : 'FAIL'}  ${check.name}`);
    const shown = check.details.slice(0, check.ok ? 3 : 50);
    for (const detail of shown) io.out(`        ${detail}`);
    if (check.details.length > shown.length) io.out(`        … and ${check.details.length - shown.length} more`);
  }
  if (report.fingerprint) io.out(`Fingerprint  ${report.fingerprint}  (compare with the footer of the package PDF)`);
  const failed = report.checks.filter((check) => !check.ok).length;
  io.out(failed === 0 ? 'Result       everything holds' : `Result       ${failed} check${failed === 1 ? '' : 's'} failed`);
}

/**
 * `verify <package.zip|workspace.soc2|review.soc2review> [--fingerprint <sha256>] [--workspace <file.soc2>] [--json]`:
 * exit 0 when everything holds, 1 with the list of what failed, 2 when the file cannot be read at all.
 * Workspaces get the same verification as "Open for review" (core/verify); review files are checked
 * for validity and, with --workspace, against the workspace they were made for.
 */
export async function runVerify(file: string, options: { fingerprint: string | undefined; json: boolean; workspace?: string | undefined }, io: CliIo): Promise<number> {
  if (options.fingerprint !== undefined && !/^[0-9a-fA-F]{64}$/.test(options.fingerprint)) throw new CliUsageError('--fingerprint takes a SHA-256 (64 hexadecimal characters)');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
    io.err(`unreadable: ${path.basename(file)} does not exist or is not a file`);
    return EXIT.usage;
  }
  const isReview = file.toLowerCase().endsWith('.soc2review');
  if (options.workspace !== undefined && !isReview) throw new CliUsageError('--workspace goes with a review file (.soc2review)');
  if (isReview) return runVerifyReview(file, { workspace: options.workspace, json: options.json }, io);
  if (kindOf(file) === 'workspace') return runVerifyWorkspace(file, options.json, io);
  try {
    const report = await verifyPackage(path.resolve(file), options.fingerprint ? { expectedFingerprint: options.fingerprint } : {});
    if (options.json) io.out(JSON.stringify(report, null, 2));
    else print(report, io);
    return report.ok ? EXIT.ok : EXIT.checkFailed;
  } catch (error) {
    if (error instanceof UnreadableFileError) {
      io.err(`unreadable: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
}
