import Papa from 'papaparse';

/** One record of the file, where it starts and any quoting problem the parser met. */
export interface ParsedRow {
  /** 1-based physical line where the record starts (a quoted line break spans lines). */
  line: number;
  cells: string[];
  /** A quoting problem on this record, already phrased for a person; `null` when clean. */
  problem: string | null;
}

/** The non-blank records of a CSV file and the delimiter they were split on. */
export interface ParsedCsv {
  delimiter: string;
  rows: ParsedRow[];
}

/** The delimiters exports use: comma, European `;`, Excel "Unicode Text" tab, and pipe. */
const DELIMITERS = [',', ';', '\t', '|'];

/** Splits decoded CSV text into records with their physical start lines; never throws. */
export function parseCsv(text: string): ParsedCsv {
  // One line-break style, so Papa never leaves a stray \r in a cell of a mixed-ending file.
  const normalised = text.replace(/\r\n?/g, '\n');
  const rows: ParsedRow[] = [];
  let rowStart = 0;
  let countedTo = 0;
  let line = 1;
  let delimiter = ',';
  Papa.parse<string[]>(normalised, {
    header: false,
    delimitersToGuess: DELIMITERS,
    newline: '\n',
    skipEmptyLines: false,
    step: (result) => {
      line += countNewlines(normalised, countedTo, rowStart);
      countedTo = rowStart;
      delimiter = result.meta.delimiter;
      const cells = result.data;
      if (cells.some((cell) => cell.trim() !== '')) {
        rows.push({ line, cells, problem: describeProblem(result.errors) });
      }
      rowStart = result.meta.cursor;
    },
  });
  return { delimiter, rows };
}

/** Number of line breaks in `text` between two offsets. */
export function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    count++;
  }
  return count;
}

/** A sentence for the first quoting error Papa reports on a record, or `null`. */
export function describeProblem(errors: readonly Papa.ParseError[]): string | null {
  for (const error of errors) {
    if (error.code === 'MissingQuotes') {
      return 'A quoted value that starts on this line is never closed, so everything after it was read as one value.';
    }
    if (error.code === 'InvalidQuotes') {
      return 'A quoted value on this line has a stray quote inside it; write a quote inside a value as two quotes ("").';
    }
  }
  return null;
}
