import Papa from 'papaparse';
import { countNewlines, describeProblem, type ParsedRow } from '../parse';

/** The delimiters exports use, in the order parse.ts lets PapaParse guess them. */
const DELIMITERS = [',', ';', '\t', '|'];

/** Rows PapaParse looks at to guess the delimiter. */
const GUESS_ROWS = 10;

/** Characters gathered before PapaParse is called at all; bigger chunks mean fewer calls. */
const DEFAULT_MIN_PARSE = 256 * 1024;

/** How a row stream is tuned; tests make the chunks tiny so every boundary is exercised. */
export interface RowStreamOptions {
  /** Characters gathered before a parse is tried (default 256 K). */
  minParseChars?: number;
}

/** One record as PapaParse hands it over, before it is known to be complete. */
interface Pending {
  start: number;
  cells: string[];
  errors: Papa.ParseError[];
}

/**
 * Splits decoded CSV text fed in chunks into the same rows, lines and delimiter as
 * parseCsv gives for the whole text. Text is parsed in slices that start on a record
 * boundary; every record but the last of a slice is final, because PapaParse decides a
 * record by what comes before its line break; the last one is parsed again with more
 * text. The delimiter is guessed once the first ten records can be seen whole for every
 * candidate, which is what PapaParse's guess reads. Never throws on bad input.
 */
export class RowStream {
  /** Records read so far (blank ones excluded), in file order. */
  rows: ParsedRow[] = [];
  /** The delimiter, `,` until guessed. */
  delimiter = ',';
  private guessed = false;
  private pending = '';
  /** A `\r` at the end of a chunk: it may be the first half of `\r\n`. */
  private heldCr = false;
  /** 1-based line where `pending` starts. */
  private line = 1;
  private atFileStart = true;
  /** Length `pending` must reach before the next parse is tried. */
  private nextTry: number;
  private readonly minParse: number;
  private readonly cells = new CellInterner();

  constructor(options: RowStreamOptions = {}) {
    this.minParse = options.minParseChars ?? DEFAULT_MIN_PARSE;
    this.nextTry = this.minParse;
  }

  /** Adds decoded text; complete records are appended to `rows`. */
  push(text: string): void {
    if (text === '') return;
    let chunk = this.heldCr ? `\r${text}` : text;
    this.heldCr = chunk.endsWith('\r');
    if (this.heldCr) chunk = chunk.slice(0, -1);
    // One line-break style, as parseCsv normalises it (most chunks have no `\r` at all).
    this.pending += chunk.includes('\r') ? chunk.replace(/\r\n?/g, '\n') : chunk;
    if (this.pending.length >= this.nextTry) this.parse(false);
  }

  /** Parses what is left at the end of the text. */
  finish(): void {
    if (this.heldCr) this.pending += '\n';
    this.heldCr = false;
    this.parse(true);
    this.pending = '';
  }

  /** Parses `pending`; keeps its last record unless the text is complete. */
  private parse(final: boolean): void {
    const text = this.pending;
    if (!this.guessed && !final && !guessIsSettled(text)) {
      this.nextTry = text.length * 2;
      return;
    }
    if (this.guessed && this.parseQuickly(text, final)) return;
    const found: Pending[] = [];
    let rowStart = 0;
    let delimiter = this.delimiter;
    const config = {
      header: false as const,
      // Once guessed, the delimiter is fixed: a later slice alone might be guessed otherwise.
      ...(this.guessed ? { delimiter: this.delimiter } : { delimitersToGuess: DELIMITERS }),
      newline: '\n',
      skipEmptyLines: false,
      step: (result: Papa.ParseStepResult<string[]>) => {
        delimiter = result.meta.delimiter;
        found.push({ start: rowStart, cells: result.data, errors: result.errors });
        rowStart = result.meta.cursor;
      },
    };
    Papa.parse<string[]>(text, config);
    if (!this.guessed) {
      this.delimiter = delimiter;
      this.guessed = true;
    }
    let keep = final ? found.length : found.length - 1;
    // PapaParse drops a byte-order mark at the start of its input, so a slice must not
    // start on a record that begins with one unless it is the start of the file.
    while (!final && keep > 0 && text.charCodeAt(found[keep]?.start ?? 0) === 0xfeff) keep--;
    if (keep <= 0 && !final) {
      this.nextTry = Math.max(this.minParse, text.length * 2);
      return;
    }
    let countedTo = 0;
    let line = this.line;
    for (let i = 0; i < keep; i++) {
      const row = found[i];
      if (row === undefined) continue;
      line += countNewlines(text, countedTo, row.start);
      countedTo = row.start;
      if (!isBlank(row.cells)) {
        this.cells.intern(row.cells);
        this.rows.push({ line, cells: row.cells, problem: describeProblem(row.errors) });
      }
    }
    const cut = final ? text.length : (found[keep]?.start ?? text.length);
    this.line = line + countNewlines(text, countedTo, cut);
    this.advance(text, cut);
  }

  /**
   * The common case without PapaParse's per-record step callback: once the delimiter is
   * settled, a slice that does not start with a byte-order mark is parsed in one call
   * that leaves out its last record (PapaParse's own streaming mode), which gives the
   * same records and, as its cursor, where the last one starts. A record without quoting
   * errors spans one line plus the line breaks inside its quoted values, so start lines
   * follow from the cells. Anything unusual (a quoting error, a record starting with a
   * byte-order mark where the slice would be cut) returns false for the step parse.
   */
  private parseQuickly(text: string, final: boolean): boolean {
    if (text.charCodeAt(0) === 0xfeff) return false;
    const result = new Parser({ delimiter: this.delimiter, newline: '\n' }).parse(text, 0, !final);
    const { data } = result;
    for (const error of result.errors) {
      if (error.row === undefined || error.row < data.length) return false;
    }
    const cut = final ? text.length : result.meta.cursor;
    if (!final && (data.length === 0 || text.charCodeAt(cut) === 0xfeff)) return false;
    // Every record but a final last one ends with a line break; any more are inside values.
    const oneLineEach =
      countNewlines(text, 0, cut) === (final ? Math.max(0, data.length - 1) : data.length);
    let line = this.line;
    for (const cells of data) {
      let breaks = 0;
      if (!oneLineEach) {
        for (const cell of cells) breaks += countNewlines(cell, 0, cell.length);
      }
      if (!isBlank(cells)) {
        this.cells.intern(cells);
        this.rows.push({ line, cells, problem: null });
      }
      line += breaks + 1;
    }
    // The last record read ends the text rather than a line.
    this.line = final && data.length > 0 ? line - 1 : line;
    this.advance(text, cut);
    return true;
  }

  /** Drops the parsed text up to `cut` and sets when the next parse is tried. */
  private advance(text: string, cut: number): void {
    this.pending = text.slice(cut);
    this.atFileStart = false;
    this.nextTry = this.pending.length + this.minParse;
  }

  /** Whether the stream is still before its first parse (for progress reports). */
  get started(): boolean {
    return !this.atFileStart;
  }
}

/** Distinct values a column may have and still be interned. */
const INTERN_LIMIT = 1024;

/**
 * Makes equal values of a column one string. Exports repeat a few values down most
 * columns (campaign, status, date, currency); held once, a million rows' worth of them
 * cost the garbage collector little. A column with more distinct values than the limit
 * (ids, emails) is left alone from then on.
 */
class CellInterner {
  private readonly columns: (Map<string, string> | null)[] = [];

  /** Replaces each value of the record by the column's first equal one. */
  intern(cells: string[]): void {
    for (let j = 0; j < cells.length; j++) {
      let column = this.columns[j];
      if (column === null) continue;
      if (column === undefined) {
        column = new Map();
        this.columns[j] = column;
      }
      const cell = cells[j] ?? '';
      const known = column.get(cell);
      if (known !== undefined) cells[j] = known;
      else if (column.size < INTERN_LIMIT) column.set(cell, cell);
      else this.columns[j] = null;
    }
  }
}

/** Whether every value of a record is blank (blank records are skipped, as parseCsv skips them). */
function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== '') return false;
  return true;
}

/** The part of PapaParse's core parser this file uses (exported by PapaParse as `Papa.Parser`). */
interface CoreParser {
  parse(
    input: string,
    baseIndex: number,
    ignoreLastRow: boolean,
  ): { data: string[][]; errors: Papa.ParseError[]; meta: { cursor: number } };
}

/**
 * PapaParse's core parser, which Papa.parse runs under its streaming wrapper; the pure
 * type declarations of shared/types describe only Papa.parse, so it is typed here.
 */
const Parser = (Papa as unknown as { Parser: new (config: object) => CoreParser }).Parser;

/**
 * Whether PapaParse's delimiter guess on `text` is the guess it would make on the whole
 * file: for every candidate, the first ten records end inside `text`.
 */
function guessIsSettled(text: string): boolean {
  return DELIMITERS.every((delimiter) => {
    let rows = 0;
    let cursor = 0;
    // A variable rather than a literal: shared/types declares only the options parse.ts
    // uses, and `delimiter` and `preview` are real PapaParse options beyond that slice.
    const config = {
      delimiter,
      newline: '\n',
      preview: GUESS_ROWS,
      step: (result: Papa.ParseStepResult<string[]>) => {
        rows++;
        cursor = result.meta.cursor;
      },
    };
    Papa.parse<string[]>(text, config);
    return rows >= GUESS_ROWS && cursor < text.length;
  });
}
