import { parseCliArgs, USAGE } from './args';
import { CliError, EXIT_DATA, EXIT_USAGE } from './cli-error';
import { runMapping } from './mapping-command';
import { runDrill } from './drill-command';
import { runPdf } from './pdf-command';
import type { CommandIo } from './report-command';
import { runReport } from './report-command';
import { runTemplate } from './template-command';

/** Runs one command line against the given streams and returns the process exit code; never throws. */
export async function runCommandLine(argv: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`Error: ${parsed.error}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const command = parsed.value;
  try {
    if (command.command === 'help') io.stdout(`${USAGE}\n`);
    else if (command.command === 'report') await runReport(command, io);
    else if (command.command === 'pdf') await runPdf(command, io);
    else if (command.command === 'drill') await runDrill(command, io);
    else if (command.command === 'mapping') await runMapping(command, io);
    else runTemplate(command, io);
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`Error: ${error.message}`);
      return error.exitCode;
    }
    io.stderr(`Error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return EXIT_DATA;
  }
}
