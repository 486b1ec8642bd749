import type { DrillResult } from '../shared/drill';
import type { DrillCommand } from './args';
import type { CommandIo } from './report-command';
import { drillCsv, drillDown } from '../shared/drill';
import { formatMoneyFull } from '../shared/format';
import { buildReportContext } from '../shared/metrics/report-context';
import { reportingCurrency } from '../shared/deck/draft-context';
import { CliError, EXIT_DATA, EXIT_USAGE } from './cli-error';
import { loadInputs } from './load-inputs';
import { logAccountJoin } from './report-command';
import { settingsFromOptions } from './settings-from-options';
import { supportingRecords } from './supporting-records';

/** The drill-down as a plain text table: a title line, the count and sum, then aligned columns. */
export function drillTable(result: DrillResult, currency: string | null): string {
  const cells = result.rows.map((row) => row.map((v) => (v === null ? '' : String(v))));
  const header = result.columns.map((c) => c.label);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (row: readonly string[]): string =>
    row
      .map((v, i) =>
        result.columns[i]?.align === 'right'
          ? v.padStart(widths[i] ?? 0)
          : v.padEnd(widths[i] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const sum = result.sum === null ? '' : ` · Σ ${formatMoneyFull(result.sum, currency)}`;
  return [
    result.title,
    `${result.count} records${sum}`,
    '',
    line(header),
    ...cells.map(line),
    '',
  ].join('\n');
}

/** `drill PATH`: imports as `report` does, then prints the records behind the figure at PATH. */
export async function runDrill(options: DrillCommand, io: CommandIo): Promise<void> {
  const loaded = await loadInputs(options, io.today, io.stderr);
  logAccountJoin(loaded, io.stderr);
  let rc;
  try {
    rc = buildReportContext({
      opportunities: loaded.opportunities,
      settings: settingsFromOptions(options, loaded),
      rejectedRows: loaded.rejectedRows,
      ...supportingRecords(loaded.records),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`Cannot compute the report: ${message}`, EXIT_DATA);
  }
  const result = drillDown(rc, options.path);
  if (!result.ok) throw new CliError(result.error, EXIT_USAGE);
  if (options.format === 'csv') io.stdout(drillCsv(result));
  else if (options.format === 'json') io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  else io.stdout(drillTable(result, reportingCurrency(loaded.opportunities)));
}
