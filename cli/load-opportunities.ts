import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importOpportunities } from '../shared/import';
import type { ImportResult } from '../shared/import/types';
import type { Opportunity } from '../shared/records';
import { generateSampleOpportunitiesCsv } from '../shared/sample';
import type { IsoDate } from '../shared/units';
import type { FigureOptions } from './args';
import { CliError, EXIT_DATA } from './cli-error';

/** Records ready for the report, with where they came from. */
export interface LoadedOpportunities {
  opportunities: Opportunity[];
  rejectedRows: number;
  sample: boolean;
  /** The files read (empty for the sample). */
  files: string[];
  /** A label for the deck's title and data-notes slides. */
  sourceLabel: string;
  /** The sample's anchor date, which is also its as-of date. */
  sampleAnchor: IsoDate | null;
}

const MAX_LISTED_REJECTS = 5;
const count = (n: number): string => n.toLocaleString('en-US');
const plural = (n: number, one: string, many: string): string =>
  `${count(n)} ${n === 1 ? one : many}`;

function rejectLine(error: ImportResult['errors'][number]): string {
  // Reasons are sentences; their final period would read badly inside the `;`-separated list.
  const reason = error.reason.replace(/\.$/, '');
  return `line ${error.line}${error.column === null ? '' : ` ${error.column}`}: ${reason}`;
}

/** The short import summary for stderr: counts, the first rejects and any warning worth a look. */
export function importSummaryText(result: ImportResult, fileName: string): string {
  const { summary, errors } = result;
  let head = `Imported ${count(summary.imported)} of ${count(summary.rowsRead)} rows from ${fileName}`;
  if (summary.rejected > 0) {
    const listed = errors.slice(0, MAX_LISTED_REJECTS).map(rejectLine).join('; ');
    const more =
      errors.length > MAX_LISTED_REJECTS
        ? `; … and ${errors.length - MAX_LISTED_REJECTS} more`
        : '';
    head += `; ${count(summary.rejected)} rejected: ${listed}${more}.`;
  } else {
    head += '.';
  }
  const notes: string[] = [head];
  if (summary.footerMatches === true) {
    notes.push(
      `  Footer check: Grand Totals says ${count(summary.footerRecordCount ?? 0)} records; ${count(summary.rowsRead)} read.`,
    );
  } else if (summary.footerMatches === false) {
    notes.push(
      `  Warning: the footer says ${count(summary.footerRecordCount ?? 0)} records, but ${count(summary.rowsRead)} rows were read.`,
    );
  }
  if (summary.duplicateIds.length > 0) {
    notes.push(
      `  Warning: ${plural(summary.duplicateIds.length, 'duplicate id', 'duplicate ids')} (the last row won): ${summary.duplicateIds.slice(0, 5).join(', ')}${summary.duplicateIds.length > 5 ? ', …' : ''}.`,
    );
  }
  if (summary.undatedIds.length > 0) {
    notes.push(
      `  Note: undated opportunities (no close date, in no quarter): ${count(summary.undatedIds.length)}.`,
    );
  }
  if (summary.openWithoutAmount.length > 0) {
    notes.push(
      `  Note: open opportunities without an amount (counted as 0): ${count(summary.openWithoutAmount.length)}.`,
    );
  }
  return notes.join('\n');
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES'
            ? 'permission denied'
            : error instanceof Error
              ? error.message
              : String(error);
    throw new CliError(`Cannot read --opportunities ${file}: ${why}.`, EXIT_DATA);
  }
}

function importBytes(
  bytes: Uint8Array,
  fileName: string,
  shownAs: string,
  log: (text: string) => void,
): ImportResult {
  const result = importOpportunities(bytes, { fileName });
  if (result.fatal !== null) {
    throw new CliError(`Cannot import ${shownAs}: ${result.fatal}`, EXIT_DATA);
  }
  log(importSummaryText(result, shownAs));
  return result;
}

/**
 * Reads the opportunities the options name (a file or the sample) through the shared
 * importer; `today` is only consulted for a sample without --as-of.
 */
export async function loadOpportunities(
  options: FigureOptions,
  today: () => IsoDate,
  log: (text: string) => void,
): Promise<LoadedOpportunities> {
  if (options.sample || options.opportunities === null) {
    const anchorDate = options.asOf ?? today();
    const { fileName, csv } = generateSampleOpportunitiesCsv({ anchorDate });
    const result = importBytes(new TextEncoder().encode(csv), fileName, fileName, log);
    return {
      opportunities: result.records,
      rejectedRows: result.summary.rejected,
      sample: true,
      files: [],
      sourceLabel: `Sample data (Harborline Software, as of ${anchorDate})`,
      sampleAnchor: anchorDate,
    };
  }
  const file = options.opportunities;
  const result = importBytes(await readBytes(file), path.basename(file), file, log);
  return {
    opportunities: result.records,
    rejectedRows: result.summary.rejected,
    sample: false,
    files: [file],
    sourceLabel: path.basename(file),
    sampleAnchor: null,
  };
}
