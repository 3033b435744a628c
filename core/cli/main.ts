import { parseArgs } from 'node:util';
import { WorkspaceError } from '../../db/errors';
import { CliUsageError, EXIT, processIo, type CliIo } from './cli-io';
import { runDemo } from './commands/demo';
import { runInfo } from './commands/info';
import { runNew } from './commands/new';

export const HELP = `SOC 2 Workbench command line

Usage: npm run soc2 -- <command> [options]

Commands:
  new <file.soc2> --org "<name>"   Create a new engagement workspace.
  info <file.soc2> [--json]        Show what a workspace holds (read-only) and check its activity log.
  demo --out <folder> [--force]    Write the demo engagement (a fictional SaaS company) into <folder>.
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
        return runNew(file(), values.org, io);
      case 'info':
        return runInfo(file(), values.json, io);
      case 'demo':
        return runDemo(values.out, values.force, io);
      default:
        throw new CliUsageError(`unknown command "${command}" (try: npm run soc2 -- help)`);
    }
  } catch (error) {
    if (error instanceof WorkspaceError) {
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

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2));
}
