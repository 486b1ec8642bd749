import type { EngineOptions, EngineResult } from '../engine';
import type { KindDefinition } from '../kind-definition';
import { blankSummary, completeImport, failed } from '../complete-import';
import { RowStream } from './row-stream';
import type { RowStreamOptions } from './row-stream';
import { StreamDecoder } from './stream-decoder';
import type { DecodeStep, ForcedWindows1252 } from './stream-decoder';

/** What a streaming import says after a chunk: keep going, or start again from byte 0 as Windows-1252. */
export type StreamStatus = { kind: 'ok' } | { kind: 'restart'; forced: ForcedWindows1252 };

/** How a streaming import is set up beyond the engine's options. */
export interface StreamingImportSetup extends RowStreamOptions {
  /** Set when a first pass found the file is not UTF-8 (see StreamStatus). */
  forced?: ForcedWindows1252;
}

/**
 * The import engine fed a file's bytes chunk by chunk, with the same result as runImport
 * on the whole file: bytes are decoded and split into rows as they arrive (so progress can
 * be shown and nothing but the rows is held), and the records are settled in `finish`,
 * since the date order, percent scale, id keys, duplicates and footer depend on every row.
 * A file that is not valid UTF-8 is only known when the bad byte arrives; the import then
 * answers `restart` and the caller feeds the file again to a new import with `forced`.
 * Never throws.
 */
export class StreamingImport<R, F extends string> {
  private readonly decoder: StreamDecoder;
  private readonly rows: RowStream;
  private fatal: string | null = null;
  private crash: string | null = null;

  constructor(
    private readonly definition: KindDefinition<R, F>,
    private readonly options: EngineOptions<F>,
    setup: StreamingImportSetup = {},
  ) {
    this.decoder = new StreamDecoder(setup.forced, options.encoding);
    this.rows = new RowStream(setup);
  }

  /** Rows parsed so far (blank lines excluded; the header and any footer included). */
  get rowsParsed(): number {
    return this.rows.rows.length;
  }

  /** Decodes and parses the next chunk of the file. */
  push(bytes: Uint8Array): StreamStatus {
    if (this.fatal !== null || this.crash !== null) return { kind: 'ok' };
    return this.guard(() => this.take(this.decoder.push(bytes)));
  }

  /** Ends the file: the result, or `restart` when the last bytes were not UTF-8. */
  finish(): EngineResult<R, F> | StreamStatus {
    const summary = blankSummary(this.definition, this.options.fileName);
    if (this.crash === null && this.fatal === null) {
      const status = this.guard(() => this.take(this.decoder.finish()));
      if (status.kind === 'restart') return status;
      if (this.crash === null && this.fatal === null) this.guard(() => this.rows.finish());
    }
    summary.encoding = this.decoder.encoding;
    if (this.crash !== null) return failed(summary, this.crash);
    if (this.fatal !== null) return failed(summary, this.fatal);
    try {
      return completeImport(
        this.definition,
        this.rows.rows,
        this.rows.delimiter,
        summary,
        this.options,
      );
    } catch (error) {
      return failed(blankSummary(this.definition, this.options.fileName), couldNotRead(error));
    }
  }

  /** Passes decoded text on to the row stream, or notes why there is none. */
  private take(step: DecodeStep): StreamStatus {
    if (step.kind === 'restart') return step;
    if (step.kind === 'fatal') this.fatal = step.message;
    else this.rows.push(step.text);
    return { kind: 'ok' };
  }

  /** A safety net for a bug, not a path for bad input, as runImport has. */
  private guard(run: () => StreamStatus | void): StreamStatus {
    try {
      return run() ?? { kind: 'ok' };
    } catch (error) {
      this.crash = couldNotRead(error);
      return { kind: 'ok' };
    }
  }
}

/** Whether a finish answer is the final result rather than a restart. */
export function isResult<R, F extends string>(
  answer: EngineResult<R, F> | StreamStatus,
): answer is EngineResult<R, F> {
  return !('kind' in answer);
}

/** runImport's message for an unexpected failure. */
function couldNotRead(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return `Quarterdeck could not read this file (${detail}).`;
}

/**
 * Imports a file given as chunks of bytes (read twice when it turns out not to be UTF-8):
 * the streaming engine end to end, for tests and for callers that hold the chunks.
 */
export function importChunks<R, F extends string>(
  definition: KindDefinition<R, F>,
  chunks: () => Iterable<Uint8Array>,
  options: EngineOptions<F>,
  setup: RowStreamOptions = {},
): EngineResult<R, F> {
  let forced: ForcedWindows1252 | undefined;
  for (;;) {
    const engine = new StreamingImport(definition, options, {
      ...setup,
      ...(forced === undefined ? {} : { forced }),
    });
    let restart: ForcedWindows1252 | undefined;
    for (const chunk of chunks()) {
      const status = engine.push(chunk);
      if (status.kind === 'restart') {
        restart = status.forced;
        break;
      }
    }
    if (restart === undefined) {
      const answer = engine.finish();
      if (isResult(answer)) return answer;
      restart = answer.kind === 'restart' ? answer.forced : undefined;
    }
    if (restart === undefined || forced !== undefined) {
      // Windows-1252 decodes every byte, so a second restart cannot happen.
      return failed(
        blankSummary(definition, options.fileName),
        'Quarterdeck could not decode this file.',
      );
    }
    forced = restart;
  }
}
