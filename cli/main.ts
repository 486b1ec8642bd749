import type { IsoDate } from '../shared/units';
import { parseCliArgs, USAGE } from './args';
import { CliError, EXIT_DATA, EXIT_USAGE } from './cli-error';
import { runPdf } from './pdf-command';
import type { CommandIo } from './report-command';
import { runReport } from './report-command';

/** Today's local calendar date: the CLI may read the clock (shared/ may not), and only the sample needs it. */
function today(): IsoDate {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as IsoDate;
}

const io: CommandIo = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(`${text}\n`);
  },
  today,
};

/** Runs one command line and returns the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr(`Error: ${parsed.error}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  const command = parsed.value;
  try {
    if (command.command === 'help') io.stdout(`${USAGE}\n`);
    else if (command.command === 'report') await runReport(command, io);
    else await runPdf(command, io);
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

// Set exitCode rather than calling exit() so stdout is fully flushed when piped.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
