import path from 'node:path';
import { openWorkspace } from '../../../db/open-workspace';
import type { PaperSize } from '../../../db/queries/seals';
import type { PackageResultView } from '../../api/audit-types';
import { defaultActor } from '../../host';
import { buildDraftPackage, buildSealedPackage } from '../../seal/package-versions';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';

export interface PackageCliOptions {
  out: string | undefined;
  paper: string | undefined;
  seal: string | undefined;
}

/** A job context for the command line: no progress display, Ctrl+C cancels and removes partial files. */
function cliJob() {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  return {
    job: {
      signal: controller.signal,
      progress: () => {},
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new Error('cancelled');
      },
    },
    done: () => process.removeListener('SIGINT', onInterrupt),
  };
}

export function parsePaper(value: string | undefined): PaperSize {
  if (value === undefined || value === 'a4') return 'a4';
  if (value === 'letter') return 'letter';
  throw new CliUsageError(`--paper must be a4 or letter, not "${value}"`);
}

export function printPackage(result: PackageResultView, io: CliIo): void {
  io.out(`PDF          ${result.pdfPath} (${result.pages} pages)`);
  io.out(`ZIP          ${result.zipPath} (${result.files} files)`);
  io.out(`Fingerprint  ${result.fingerprint}`);
  for (const item of result.withheld) io.out(`Withheld     ${item.ref} ${item.fileName} (flagged for redaction)`);
  for (const char of result.unsupportedCharacters) {
    io.err(`warning: ${char.codePoint} "${char.character}" cannot be drawn by the package fonts; shown as \uFFFD (${char.occurrences}× in ${char.where.join(', ')})`);
  }
}

/** `package <workspace> --out <dir> [--paper a4|letter] [--seal <n>]`: writes the PDF and the ZIP, read-only on the workspace. */
export async function runPackage(file: string, options: PackageCliOptions, io: CliIo): Promise<number> {
  if (!options.out) throw new CliUsageError('package needs --out <folder>');
  const paper = parsePaper(options.paper);
  const sealVersion = options.seal === undefined ? undefined : Number(options.seal);
  if (sealVersion !== undefined && (!Number.isInteger(sealVersion) || sealVersion < 1)) throw new CliUsageError('--seal takes a seal number (1, 2, …)');
  const workspace = openWorkspace(file, { readOnly: true, actor: defaultActor() });
  const { job, done } = cliJob();
  try {
    const request = { paper, outDir: path.resolve(options.out), job };
    const result = sealVersion === undefined ? await buildDraftPackage(workspace, request) : await buildSealedPackage(workspace, sealVersion, request);
    printPackage(result, io);
    return EXIT.ok;
  } finally {
    done();
    workspace.close();
  }
}
