import { parseArgs } from 'node:util';
import { WorkspaceError } from '../../db/errors';
import { ApiError } from '../api/errors';
import { CliUsageError, EXIT, processIo, type CliIo } from './cli-io';
import { runCatalog } from './commands/catalog';
import { runDemo } from './commands/demo';
import { runEvidence } from './commands/evidence';
import { runInfo } from './commands/info';
import { runLibrary } from './commands/library';
import { runNew } from './commands/new';
import { runPackage } from './commands/package';
import { runPopulationCli } from './commands/population';
import { runSampleCli } from './commands/sample';
import { runStatus } from './commands/status';
import { runVerify } from './commands/verify';

export const HELP = `SOC 2 Workbench command line

Usage: npm run soc2 -- <command> [options]

Commands:
  new <file.soc2> --org "<name>"   Create a new engagement workspace.
      [--library <file.soc2lib>]   ...starting from a consultant library instead of the built-in catalog.
  info <file.soc2> [--json]        Show what a workspace holds (read-only) and check its activity log.
  status <file.soc2> [--json]      Readiness scores, progress through the five steps and open gaps (read-only).
  demo --out <folder> [--force]    Write the demo engagement (a fictional SaaS company) into <folder>,
                                   with its package PDF and ZIP.
  package <file.soc2> --out <folder> [--paper a4|letter] [--seal <n>]
                                   Write the auditor package (PDF + ZIP) of the workspace as it stands, or of
                                   sealed version <n>; prints their paths and the fingerprint (read-only).
  verify <file.zip|file.soc2> [--fingerprint <sha256>] [--json]
                                   Verify a package ZIP (every file against manifest.json) or a workspace
                                   (integrity, structure, activity-log chain, outside anchor, evidence hashes, seals).
  verify <file.soc2review> [--workspace <file.soc2>] [--json]
                                   Check an auditor's review file; with --workspace, also that it was made
                                   against that workspace and that its log still extends what the auditor saw.
  catalog criteria|controls|policies [--json] [--workspace <file.soc2>]
                                   List the catalog, one item per line (--json: one JSON object per line,
                                   every field), from the built-in catalog or a workspace's own copy.
  library save <file.soc2> <file.soc2lib> [--name "<name>"] [--firm "<firm>"] [--version "<label>"]
                                   Save a workspace's catalog as a consultant library (workspace unchanged).
  library show <file.soc2lib> [--json]
                                   Check a library file and show what it holds.
  evidence add <file.soc2> <files…> --control <id> [--control <id>…] [--criterion <id>…]
      [--as-of <date> | --from <date> --to <date>] [--source "<system>"] [--description "<text>"]
                                   Add files as evidence (streamed, hashed, de-duplicated); progress on
                                   stderr, one line per file on stdout: ID, added|duplicate, name.
  population add <file.soc2> <file.csv> --name "<name>" --source "<system>" [--range <from>..<to>]
      [--query "<filter used>"] [--ran-by "<who>"] [--ran-on <date>] [--control <id>…] [--encoding auto|utf-8|windows-1252]
                                   Import a population listing (streamed, hashed); prints its ID (POP-n), rows
                                   and SHA-256; what the import noticed (encoding, ragged rows) goes to stderr.
  sample <file.soc2> --control <id> [--population <POP-n>] [--size N] [--seed S] [--json]
                                   Draw and record an internal readiness-test sample (from the population, or
                                   without --population from the control's occurrences); prints seed and rows.
  help                             Show this text.

Exit codes: 0 success, 1 a check failed, 2 bad usage or unreadable input (reason on stderr).`;

export function runCli(argv: string[], io: CliIo = processIo): number {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        org: { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        force: { type: 'boolean', default: false },
        workspace: { type: 'string' },
        library: { type: 'string' },
        name: { type: 'string' },
        firm: { type: 'string' },
        version: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.out(HELP);
      return command === undefined && !values.help ? EXIT.usage : EXIT.ok;
    }
    const file = () => {
      if (rest.length !== 1) throw new CliUsageError(`${command} needs exactly one workspace file`);
      return rest[0]!;
    };
    switch (command) {
      case 'new':
        return runNew(file(), values.org, io, values.library);
      case 'info':
        return runInfo(file(), values.json, io);
      case 'status':
        return runStatus(file(), values.json, io);
      case 'catalog':
        return runCatalog(rest, { json: values.json, workspace: values.workspace }, io);
      case 'library':
        return runLibrary(rest, { json: values.json, name: values.name, firm: values.firm, version: values.version }, io);
      case 'demo':
        return runDemo(values.out, values.force, io);
      default:
        throw new CliUsageError(`unknown command "${command}" (try: npm run soc2 -- help)`);
    }
  } catch (error) {
    if (error instanceof WorkspaceError || error instanceof ApiError) {
      io.err(`${error.code}: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof CliUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`usage: ${(error as Error).message}`);
      return EXIT.usage;
    }
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.usage;
  }
}

/**
 * The command line's entry point. Commands that stream files (package, verify, and demo, which also
 * writes the demo package) are asynchronous and handled here; every other command runs through runCli.
 */
export async function runCliAsync(argv: string[], io: CliIo = processIo): Promise<number> {
  const command = argv.find((arg) => !arg.startsWith('-'));
  if (command === 'evidence') return runEvidence(argv.slice(argv.indexOf(command) + 1), io).catch((error: unknown) => runCliError(error, io));
  if (command === 'population') return runPopulationCli(argv.slice(argv.indexOf(command) + 1), io).catch((error: unknown) => runCliError(error, io));
  if (command === 'sample') {
    try {
      return runSampleCli(argv.slice(argv.indexOf(command) + 1), io);
    } catch (error) {
      return runCliError(error, io);
    }
  }
  if (command !== 'package' && command !== 'verify' && command !== 'demo') return runCli(argv, io);
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string' },
        paper: { type: 'string' },
        seal: { type: 'string' },
        fingerprint: { type: 'string' },
        workspace: { type: 'string' },
        json: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
      },
    });
    const rest = positionals.slice(1);
    if (command === 'demo') {
      const lines: string[] = [];
      const demoArgs = ['demo', ...(values.out === undefined ? [] : ['--out', values.out]), ...(values.force ? ['--force'] : [])];
      const code = runCli(demoArgs, { out: (line) => lines.push(line), err: io.err });
      lines.forEach((line) => io.out(line));
      if (code !== EXIT.ok || lines.length !== 1) return code;
      return runPackage(lines[0]!, { out: values.out, paper: values.paper, seal: undefined }, { out: io.out, err: io.err });
    }
    if (rest.length !== 1) throw new CliUsageError(`${command} needs exactly one file`);
    if (command === 'package') return await runPackage(rest[0]!, { out: values.out, paper: values.paper, seal: values.seal }, io);
    return await runVerify(rest[0]!, { fingerprint: values.fingerprint, json: values.json, workspace: values.workspace }, io);
  } catch (error) {
    return runCliError(error, io);
  }
}

function runCliError(error: unknown, io: CliIo): number {
  if (error instanceof WorkspaceError || error instanceof ApiError) {
    io.err(`${error.code}: ${error.message}`);
    return EXIT.usage;
  }
  if (error instanceof CliUsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    io.err(`usage: ${(error as Error).message}`);
    return EXIT.usage;
  }
  io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
  return EXIT.usage;
}

if (require.main === module) {
  // Listings are made to be piped (`catalog controls | head`): a reader that stops early is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  void runCliAsync(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
