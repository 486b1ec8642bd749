import { parseArgs } from 'node:util';
import { isFiscalYearStartMonth, parsePeriod } from '../shared/calendar';
import { isIsoDate } from '../shared/units';
import type { IsoDate } from '../shared/units';

/** Options every command that computes figures shares. */
export interface FigureOptions {
  /** The opportunities export to read; `null` with `--sample`. */
  opportunities: string | null;
  /** Use the generated Harborline sample instead of a file. */
  sample: boolean;
  fiscalYearStartMonth: number;
  /** The canonical period id (`FY2026-Q3`), or `null` for the quarter containing asOf. */
  period: string | null;
  asOf: IsoDate | null;
  useCrmProbability: boolean;
}

/** `report`: the figures as JSON or Markdown on stdout. */
export interface ReportCommand extends FigureOptions {
  command: 'report';
  format: 'json' | 'md';
}

/** `pdf`: the deck as a PDF written through a local Chrome or Chromium. */
export interface PdfCommand extends FigureOptions {
  command: 'pdf';
  out: string;
  chrome: string | null;
}

/** `help`: the usage text. */
export interface HelpCommand {
  command: 'help';
}

/** A command line, parsed and validated. */
export type CliCommand = ReportCommand | PdfCommand | HelpCommand;

/** The parsed command, or a usage error to print before exiting with code 2. */
export type ParseCliResult = { ok: true; value: CliCommand } | { ok: false; error: string };

/** The usage text for `--help`, `help` and every usage error. */
export const USAGE = `Quarterdeck: landings-first figures and decks from CRM exports.

Usage:
  npm run -s cli -- report (--opportunities FILE | --sample) [options] [--format json|md]
  npm run -s cli -- pdf    (--opportunities FILE | --sample) --out DECK.pdf [options] [--chrome PATH]
  npm run -s cli -- help

Options:
  --opportunities FILE     Salesforce Opportunities or HubSpot Deals export (CSV)
  --sample                 use the generated sample workspace (Harborline Software) instead of a file
  --fiscal-start N         first month of the fiscal year, 1-12 (default 1)
  --period FY2026-Q3       the fiscal quarter to report on (default: the quarter containing --as-of)
  --as-of YYYY-MM-DD       the date the meeting looks from (default: the latest date in the data;
                           with --sample, today)
  --use-crm-probability    expected landing from the CRM's probability, not the demand-source win rate
  --format json|md         report only: JSON (default) or a Markdown summary
  --out FILE               pdf only: where to write the deck
  --chrome PATH            pdf only: the Chrome or Chromium executable (else $CHROME_PATH, then the usual places)
  -h, --help               this text

Exit codes: 0 done, 1 the data or a file could not be used, 2 the command line is wrong.`;

const OPTIONS = {
  opportunities: { type: 'string' },
  sample: { type: 'boolean' },
  'fiscal-start': { type: 'string' },
  period: { type: 'string' },
  'as-of': { type: 'string' },
  'use-crm-probability': { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  chrome: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** Rewrites node:util's parse errors as sentences naming the flag. */
function parseErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const unknown = /Unknown option '([^']+)'/.exec(message);
  if (unknown) return `Unknown flag ${unknown[1]}.`;
  const missing = /Option '([^']+?)(?: <value>)?' argument missing/.exec(message);
  if (missing) return `Flag ${missing[1]?.split(',').pop()?.trim()} needs a value.`;
  const ambiguous = /Option '([^']+?)(?: <value>)?' argument is ambiguous/.exec(message);
  if (ambiguous) return `Flag ${ambiguous[1]?.split(',').pop()?.trim()} needs a value.`;
  return message.split('\n')[0] ?? message;
}

function figureOptions(values: ParsedValues):
  | { ok: true; value: FigureOptions }
  | {
      ok: false;
      error: string;
    } {
  const opportunities = values.opportunities ?? null;
  const sample = values.sample ?? false;
  if (opportunities !== null && sample) {
    return { ok: false, error: 'Use either --opportunities FILE or --sample, not both.' };
  }
  if (opportunities === null && !sample) {
    return { ok: false, error: 'Missing --opportunities FILE (or --sample for the sample data).' };
  }
  if (opportunities === '') return { ok: false, error: '--opportunities needs a file name.' };

  let fiscalYearStartMonth = 1;
  if (values['fiscal-start'] !== undefined) {
    const raw = values['fiscal-start'].trim();
    fiscalYearStartMonth = /^\d{1,2}$/.test(raw) ? Number(raw) : NaN;
    if (!isFiscalYearStartMonth(fiscalYearStartMonth)) {
      return {
        ok: false,
        error: `--fiscal-start must be a month number from 1 to 12, got "${values['fiscal-start']}".`,
      };
    }
  }

  let period: string | null = null;
  if (values.period !== undefined) {
    const parsed = parsePeriod(values.period, fiscalYearStartMonth);
    if (!parsed.ok) return { ok: false, error: `--period: ${parsed.error}` };
    period = parsed.quarter.id;
  }

  let asOf: IsoDate | null = null;
  if (values['as-of'] !== undefined) {
    const raw = values['as-of'].trim();
    if (!isIsoDate(raw)) {
      return {
        ok: false,
        error: `--as-of must be a real date written YYYY-MM-DD, got "${values['as-of']}".`,
      };
    }
    asOf = raw;
  }

  return {
    ok: true,
    value: {
      opportunities,
      sample,
      fiscalYearStartMonth,
      period,
      asOf,
      useCrmProbability: values['use-crm-probability'] ?? false,
    },
  };
}

/** Flags that only one command understands, so the other can name the mistake. */
const COMMAND_ONLY: Readonly<Record<string, 'report' | 'pdf'>> = {
  format: 'report',
  out: 'pdf',
  chrome: 'pdf',
};

/** Parses and validates a command line (without `node` and the script), never throwing. */
export function parseCliArgs(argv: readonly string[]): ParseCliResult {
  let parsed: { values: ParsedValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, error: parseErrorMessage(error) };
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (values.help || command === 'help' || command === undefined) {
    return { ok: true, value: { command: 'help' } };
  }
  if (command !== 'report' && command !== 'pdf') {
    return { ok: false, error: `Unknown command "${command}"; use report, pdf or help.` };
  }
  if (extra.length > 0) {
    return { ok: false, error: `Unexpected argument "${extra[0]}"; flags start with --.` };
  }
  for (const [flag, owner] of Object.entries(COMMAND_ONLY)) {
    if (owner !== command && values[flag as keyof ParsedValues] !== undefined) {
      return { ok: false, error: `--${flag} is a ${owner} option, not a ${command} option.` };
    }
  }

  const figures = figureOptions(values);
  if (!figures.ok) return figures;

  if (command === 'report') {
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'md') {
      return { ok: false, error: `--format must be json or md, got "${format}".` };
    }
    return { ok: true, value: { command, format, ...figures.value } };
  }
  if (values.out === undefined || values.out.trim() === '') {
    return { ok: false, error: 'Missing --out FILE: where to write the PDF.' };
  }
  const chrome = values.chrome ?? null;
  if (chrome === '') return { ok: false, error: '--chrome needs a path to an executable.' };
  return { ok: true, value: { command, out: values.out, chrome, ...figures.value } };
}
