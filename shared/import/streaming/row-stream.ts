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
    // One line-break style, as parseCsv normalises it.
    this.pending += chunk.replace(/\r\n?/g, '\n');
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
      if (row.cells.some((cell) => cell.trim() !== '')) {
        this.rows.push({ line, cells: row.cells, problem: describeProblem(row.errors) });
      }
    }
    const cut = final ? text.length : (found[keep]?.start ?? text.length);
    this.line = line + countNewlines(text, countedTo, cut);
    this.pending = text.slice(cut);
    this.atFileStart = false;
    this.nextTry = this.pending.length + this.minParse;
  }

  /** Whether the stream is still before its first parse (for progress reports). */
  get started(): boolean {
    return !this.atFileStart;
  }
}

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
