import { parseArgs } from 'node:util';
import { openWorkspace } from '../../../db/open-workspace';
import { engagementCatalog } from '../../catalog/engagement-catalog';
import { defaultActor } from '../../host';
import { readTestableControls } from '../../testing/read-testing-facts';
import { recordSample } from '../../testing/record-sample';
import { CliUsageError, EXIT, type CliIo } from '../cli-io';

export interface SampleCliOptions {
  control: string | undefined;
  population: string | undefined;
  size: string | undefined;
  seed: string | undefined;
  json: boolean;
}

/**
 * `sample <workspace> --control <id> [--population <id>] [--size N] [--seed S]`: draws a sample for
 * the control's internal readiness test, records it (seed, algorithm, rows) and prints the selected
 * rows. Without --population it draws from the control's expected occurrences in the period.
 */
export function runSample(file: string, options: SampleCliOptions, io: CliIo): number {
  if (!options.control) throw new CliUsageError('sample needs --control <id>, for example --control HR-07');
  const populationMatch = options.population === undefined ? null : /^(?:POP-)?(\d+)$/i.exec(options.population.trim());
  if (options.population !== undefined && !populationMatch) throw new CliUsageError(`--population takes a population ID such as POP-3 (not "${options.population}")`);
  const size = options.size === undefined ? undefined : Number(options.size);
  if (size !== undefined && (!Number.isInteger(size) || size < 1)) throw new CliUsageError('--size takes a whole number of items, 1 or more');

  const workspace = openWorkspace(file, { actor: defaultActor() });
  try {
    const catalog = engagementCatalog(workspace);
    const control = workspace.read((db) => readTestableControls(db, catalog)).find((candidate) => candidate.ref.toUpperCase() === options.control!.trim().toUpperCase());
    if (!control) throw new CliUsageError(`--control ${options.control}: no active control with that ID in this engagement`);
    const sample = recordSample(workspace, catalog, {
      controlId: control.id,
      source: populationMatch ? 'population' : 'occurrences',
      populationId: populationMatch ? Number(populationMatch[1]) : undefined,
      size,
      seed: options.seed,
    });
    if (options.json) {
      io.out(JSON.stringify({ label: 'Internal readiness testing', control: control.ref, population: sample.population?.ref ?? null, seed: sample.seed, algorithm: sample.algorithm, size: sample.size, basis: sample.basis, items: sample.items }, null, 2));
      return EXIT.ok;
    }
    io.out(`Internal readiness testing — sample for ${control.ref} ${control.title}`);
    io.out(`From      ${sample.population ? `${sample.population.ref} ${sample.population.name}` : 'the control’s expected occurrences in the period'}`);
    io.out(`Seed      ${sample.seed}   (algorithm ${sample.algorithm}: the same seed and population always give these rows)`);
    io.out(`Size      ${sample.size}   ${sample.basis}`);
    io.out('');
    if (sample.population) {
      io.out(['#', 'row', 'line', ...sample.population.headers].join('\t'));
      for (const item of sample.items) io.out([item.position, item.rowNumber, item.lineNumber ?? '', ...(item.cells ?? [])].join('\t'));
    } else {
      io.out(['#', 'occurrence'].join('\t'));
      for (const item of sample.items) io.out([item.position, item.label].join('\t'));
    }
    return EXIT.ok;
  } finally {
    workspace.close();
  }
}

/** Entry from the command line: `sample <workspace> …` (its own options, parsed here). */
export function runSampleCli(argv: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      control: { type: 'string' },
      population: { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new CliUsageError('sample needs exactly one workspace file');
  return runSample(positionals[0]!, { control: values.control, population: values.population, size: values.size, seed: values.seed, json: values.json }, io);
}
