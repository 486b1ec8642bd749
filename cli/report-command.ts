import { computeReport } from '../shared/metrics';
import type { Report } from '../shared/metrics';
import type { IsoDate } from '../shared/units';
import type { ReportCommand } from './args';
import { supportingRecords } from './supporting-records';
import { accountJoinNote } from './account-join-note';
import { CliError, EXIT_DATA } from './cli-error';
import { loadInputs } from './load-inputs';
import type { ImportCount, LoadedInputs } from './load-inputs';
import { renderMarkdown } from './markdown';
import { settingsFromOptions } from './settings-from-options';

/** Where the report's data came from; always present in the CLI's JSON (metrics.md §12 allows added keys). */
export interface ReportSource {
  sample: boolean;
  /** Every file read, of every kind (empty for the sample alone). */
  files: string[];
  /** What each file's import did, in the order of `files`. */
  imports: ImportCount[];
}

/** The CLI's JSON: the report plus its source. */
export type CliReport = Report & { source: ReportSource };

/** What a command may touch: its output streams and, for the sample only, today's date. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  today: () => IsoDate;
}

/** Computes the report, turning a report-input problem into a data error naming what to fix. */
export function computeOrFail(...args: Parameters<typeof computeReport>): Report {
  try {
    return computeReport(...args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`Cannot compute the report: ${message}`, EXIT_DATA);
  }
}

/** Says on stderr what joining `--accounts` filled in; silent without accounts. */
export function logAccountJoin(loaded: LoadedInputs, log: (text: string) => void): void {
  const note = accountJoinNote(loaded.opportunities, loaded.records.accounts);
  if (note !== null) log(note);
}

/** `report`: imports, computes and prints the report as JSON (only the JSON on stdout) or Markdown. */
export async function runReport(options: ReportCommand, io: CommandIo): Promise<void> {
  const loaded = await loadInputs(options, io.today, io.stderr);
  logAccountJoin(loaded, io.stderr);
  const report = computeOrFail({
    opportunities: loaded.opportunities,
    settings: settingsFromOptions(options, loaded),
    rejectedRows: loaded.rejectedRows,
    ...supportingRecords(loaded.records),
  });
  const source: ReportSource = {
    sample: loaded.sample,
    files: loaded.files,
    imports: loaded.imports,
  };
  if (options.format === 'md') {
    io.stdout(renderMarkdown(report, source));
    return;
  }
  const output: CliReport = { ...report, source };
  io.stdout(`${JSON.stringify(output, null, 2)}\n`);
}
