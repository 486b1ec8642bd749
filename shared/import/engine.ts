import { blankSummary, completeImport, failed } from './complete-import';
import { decodeBytes } from './decode';
import type { KindDefinition } from './kind-definition';
import { parseCsv } from './parse';
import type { CurrencySettings } from '../settings';
import type {
  CurrencyConversion,
  DateOrder,
  ImportError,
  ImportPreview,
  RecordFormat,
  StageRule,
  TextEncoding,
} from './types';

/** Options the engine reads, whatever the kind. */
export interface EngineOptions<F extends string> {
  fileName: string;
  mapping?: Partial<Record<F, string>>;
  dateOrder?: DateOrder;
  stageRules?: readonly StageRule[];
  currency?: CurrencySettings;
  /** The text encoding to read the bytes in, overriding detection (the user's choice). */
  encoding?: TextEncoding;
}

/** The engine's summary: RecordImportSummary without the kind. */
export interface EngineSummary<F extends string> {
  fileName: string;
  format: RecordFormat;
  encoding: TextEncoding;
  delimiter: string;
  headers: string[];
  mapping: Partial<Record<F, string>>;
  dateOrder: DateOrder;
  rowsRead: number;
  imported: number;
  rejected: number;
  skippedNonResponders: number | null;
  duplicateIds: string[] | null;
  amountRead: number | null;
  amountStored: number | null;
  footerRecordCount: number | null;
  footerMatches: boolean | null;
  ambiguousDateColumns?: string[];
  converted?: CurrencyConversion[];
}

/** The engine's result for one file of one kind; `cents` pairs each record with its amount. */
export interface EngineResult<R, F extends string> {
  records: R[];
  cents: (number | null)[];
  errors: ImportError[];
  summary: EngineSummary<F>;
  preview: ImportPreview;
  fatal: string | null;
}

/**
 * Imports one file of any kind through the shared pipeline: decode → parse, then the steps
 * the streaming engine shares (complete-import.ts): footer → detect → coerce → validate. Never throws: a file that cannot be imported at all comes
 * back with `fatal` set and no records; rejected rows are listed in `errors`.
 */
export function runImport<R, F extends string>(
  definition: KindDefinition<R, F>,
  bytes: Uint8Array,
  options: EngineOptions<F>,
): EngineResult<R, F> {
  try {
    return importFile(definition, bytes, options);
  } catch (error) {
    // A safety net for a bug, not a path for bad input: every known problem is reported.
    const detail = error instanceof Error ? error.message : String(error);
    return failed(
      blankSummary(definition, options.fileName),
      `Quarterdeck could not read this file (${detail}).`,
    );
  }
}

/** The import proper; runImport guards it. */
function importFile<R, F extends string>(
  definition: KindDefinition<R, F>,
  bytes: Uint8Array,
  options: EngineOptions<F>,
): EngineResult<R, F> {
  const summary = blankSummary(definition, options.fileName);
  const decoded = decodeBytes(bytes, options.encoding);
  summary.encoding = decoded.encoding;
  if (!decoded.ok) return failed(summary, decoded.fatal);

  const parsed = parseCsv(decoded.text);
  return completeImport(definition, parsed.rows, parsed.delimiter, summary, options);
}
