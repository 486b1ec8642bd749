import type { FigureOptions } from '../../cli/args';
import { parseCliArgs } from '../../cli/args';
import type { CommandIo } from '../../cli/report-command';
import type { IsoDate } from '../../shared/units';

/** What an in-process command printed: stdout as written, stderr joined one message a line. */
export interface CapturedIo {
  io: CommandIo;
  stdout: () => string;
  stderr: () => string;
}

/** Streams that record what a command writes, and a fixed today for the sample. */
export function captureIo(today = '2026-02-15' as IsoDate): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(`${text}\n`),
      today: () => today,
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** The figure options of `report ARGS`, failing the test on a usage error. */
export function reportOptions(argv: readonly string[]): FigureOptions {
  const parsed = parseCliArgs(['report', ...argv]);
  if (!parsed.ok || parsed.value.command !== 'report') {
    throw new Error(
      `not a report command line: ${parsed.ok ? parsed.value.command : parsed.error}`,
    );
  }
  return parsed.value;
}
