import path from 'node:path';
import { parseArgs } from 'node:util';
import { openWorkspace } from '../../../db/open-workspace';
import { ApiError } from '../../api/errors';
import { POPULATION_ENCODINGS } from '../../api/testing-types';
import { isoDate } from '../../api/schemas/common';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { defaultActor } from '../../host';
import type { JobContext } from '../../jobs/job-runner';
import { importPopulation, type PopulationImportRequest } from '../../testing/population-csv/import-population';
import { readTestableControls } from '../../testing/read-testing-facts';
import { populationRef } from '../../testing/testing-views';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';

export interface PopulationCliOptions {
  name: string | undefined;
  source: string | undefined;
  range: string | undefined;
  query: string | undefined;
  ranBy: string | undefined;
  ranOn: string | undefined;
  encoding: string | undefined;
  control: string[] | undefined;
}

/** A job context for the command line: progress to stderr (a line every tenth), Ctrl+C cancels. */
export function cliProgressJob(io: CliIo): { job: JobContext; done(): void } {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  let shown = -1;
  return {
    job: {
      signal: controller.signal,
      progress: (done, total, label) => {
        if (!total) return;
        const tenth = Math.floor((done / total) * 10);
        if (tenth > shown) {
          shown = tenth;
          io.err(`${String(tenth * 10).padStart(3)} %  ${label ?? ''}`);
        }
      },
      throwIfCancelled: () => {
        if (controller.signal.aborted) throw new ApiError('CANCELLED', 'Cancelled. Nothing was imported.');
      },
    },
    done: () => process.removeListener('SIGINT', onInterrupt),
  };
}

function parseRange(range: string | undefined): { coversFrom: string | null; coversTo: string | null } {
  if (range === undefined) return { coversFrom: null, coversTo: null };
  const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(range.trim());
  if (!match || !isoDate.safeParse(match[1]).success || !isoDate.safeParse(match[2]).success) throw new CliUsageError(`--range takes <from>..<to> as dates, for example 2026-04-01..2026-09-30 (not "${range}")`);
  if (match[1]! > match[2]!) throw new CliUsageError('--range must end on or after the day it starts');
  return { coversFrom: match[1]!, coversTo: match[2]! };
}

/**
 * `population add <workspace> <file.csv> --name <name> --source <system> [--range <from>..<to>]`:
 * imports a population the way the app does (streamed, hashed, one transaction) and prints its ID,
 * row count, hash and anything the import noticed.
 */
export async function runPopulation(args: string[], options: PopulationCliOptions, io: CliIo): Promise<number> {
  const [sub, workspaceFile, csvFile, ...extra] = args;
  if (sub !== 'add') throw new CliUsageError('population takes "add": population add <workspace> <file.csv> --name <name> --source <system> [--range <from>..<to>]');
  if (!workspaceFile || !csvFile || extra.length > 0) throw new CliUsageError('population add needs a workspace and one CSV file');
  if (!options.name?.trim()) throw new CliUsageError('population add needs --name "<name>", for example --name "Hires, April–September 2026"');
  if (!options.source?.trim()) throw new CliUsageError('population add needs --source "<system>", the system that produced the listing');
  const encoding = options.encoding ?? 'auto';
  if (encoding !== 'auto' && !(POPULATION_ENCODINGS as readonly string[]).includes(encoding)) throw new CliUsageError(`--encoding is auto, ${POPULATION_ENCODINGS.join(', ')}`);
  const ranOn = options.ranOn ?? null;
  if (ranOn !== null && !isoDate.safeParse(ranOn).success) throw new CliUsageError('--ran-on takes a date as YYYY-MM-DD');
  const { coversFrom, coversTo } = parseRange(options.range);

  const workspace = openWorkspace(workspaceFile, { actor: defaultActor() });
  const { job, done } = cliProgressJob(io);
  try {
    const catalog = engagementCatalog(workspace);
    const controls = workspace.read((db) => readTestableControls(db, catalog));
    const controlIds = (options.control ?? []).map((ref) => {
      const found = controls.find((control) => control.ref.toUpperCase() === ref.trim().toUpperCase());
      if (!found) throw new CliUsageError(`--control ${ref}: no active control with that ID in this engagement`);
      return found.id;
    });
    const request: PopulationImportRequest = {
      filePath: path.resolve(csvFile),
      fileName: path.basename(csvFile),
      name: options.name.trim(),
      sourceSystem: options.source.trim(),
      query: options.query?.trim() ?? '',
      ranBy: options.ranBy?.trim() ?? '',
      ranOn,
      coversFrom,
      coversTo,
      controlIds,
      encoding: encoding as PopulationImportRequest['encoding'],
    };
    const outcome = await importPopulation(workspace, request, job);
    const record = workspace.read((db) => db.prepare('SELECT file_sha256 AS sha256 FROM population WHERE id = ?').get(outcome.populationId) as { sha256: string });
    io.out(`${populationRef(outcome.populationId)}  ${request.name}  ${outcome.rowCount} row${outcome.rowCount === 1 ? '' : 's'}  ${outcome.encoding}  sha256 ${record.sha256}`);
    for (const note of outcome.notes) io.err(`note: ${note}`);
    return EXIT.ok;
  } finally {
    done();
    workspace.close();
  }
}

/** Entry from the command line: `population add …` (its own options, parsed here). */
export async function runPopulationCli(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      name: { type: 'string' },
      source: { type: 'string' },
      range: { type: 'string' },
      query: { type: 'string' },
      'ran-by': { type: 'string' },
      'ran-on': { type: 'string' },
      encoding: { type: 'string' },
      control: { type: 'string', multiple: true },
    },
  });
  return runPopulation(positionals, { name: values.name, source: values.source, range: values.range, query: values.query, ranBy: values['ran-by'], ranOn: values['ran-on'], encoding: values.encoding, control: values.control }, io);
}
