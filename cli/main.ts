import type { IsoDate } from '../shared/units';
import type { CommandIo } from './report-command';
import { runCommandLine } from './run';

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

// Set exitCode rather than calling exit() so stdout is fully flushed when piped.
void runCommandLine(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
