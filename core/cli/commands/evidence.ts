import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openWorkspace } from '../../../db/open-workspace';
import { evidenceMetadata } from '../../api/schemas/evidence';
import { ApiError } from '../../api/errors';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { assertLinks } from '../../evidence/evidence-views';
import { runEvidenceImport } from '../../evidence/import-job';
import { defaultActor } from '../../host';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';

/**
 * `evidence add <file.soc2> <files…> --control <id> [--control <id>…] [--criterion <id>…]
 * [--as-of <date> | --from <date> --to <date>] [--source <system>] [--description <text>]`: adds
 * files as evidence, printing progress to stderr and one line per file to stdout (`EV-0007<TAB>added
 * <TAB>name`). Ctrl+C cancels: files already added stay, the one in progress leaves nothing.
 * Exit 0 when every file was added, 2 for bad usage or when a file could not be read (the others are
 * still added).
 */
export async function runEvidence(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      control: { type: 'string', multiple: true, default: [] },
      criterion: { type: 'string', multiple: true, default: [] },
      'as-of': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      source: { type: 'string' },
      description: { type: 'string' },
    },
  });
  const [action, workspacePath, ...files] = positionals;
  if (action !== 'add') throw new CliUsageError('evidence needs an action: evidence add <file.soc2> <files…> --control <id>');
  if (!workspacePath || files.length === 0) throw new CliUsageError('evidence add needs a workspace and at least one file');
  if (values['as-of'] !== undefined && (values.from !== undefined || values.to !== undefined)) throw new CliUsageError('give either --as-of or --from/--to, not both');
  const parsed = evidenceMetadata.safeParse({
    controls: values.control,
    criteria: values.criterion,
    coversFrom: values.from ?? null,
    coversTo: values['as-of'] ?? values.to ?? null,
    ...(values.source !== undefined ? { sourceSystem: values.source } : {}),
    ...(values.description !== undefined ? { description: values.description } : {}),
  });
  if (!parsed.success) throw new CliUsageError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'metadata'}: ${issue.message}`).join('; '));
  const missing = files.filter((file) => !fs.existsSync(file) || !fs.statSync(file).isFile());
  if (missing.length > 0) {
    io.err(`unreadable: ${missing.join(', ')} ${missing.length === 1 ? 'does' : 'do'} not exist or ${missing.length === 1 ? 'is not a file' : 'are not files'}; nothing was added`);
    return EXIT.usage;
  }

  const workspace = openWorkspace(path.resolve(workspacePath), { actor: defaultActor() });
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  try {
    assertLinks(workspace.db, engagementCatalog(workspace), parsed.data.controls, parsed.data.criteria);
    let lastReport = 0;
    const result = await runEvidenceImport(
      workspace,
      files.map((file) => ({ path: path.resolve(file), fileName: path.basename(file) })),
      parsed.data,
      {
        signal: controller.signal,
        progress: (done, total, label) => {
          const now = Date.now();
          if (now - lastReport < 500 && done !== total) return;
          lastReport = now;
          io.err(`${label ?? ''}${total ? ` — ${Math.floor((done / total) * 100)} %` : ''}`);
        },
      },
    );
    for (const added of result.added) io.out(`${added.ref}\t${added.status}\t${added.fileName}`);
    for (const failed of result.failed) io.err(`not added: ${failed.fileName}: ${failed.message}`);
    return result.failed.length === 0 ? EXIT.ok : EXIT.usage;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'CANCELLED') {
      io.err('cancelled: files finished before the cancel were added; the one in progress was not');
      return EXIT.usage;
    }
    throw error;
  } finally {
    process.removeListener('SIGINT', onInterrupt);
    workspace.close();
  }
}
