import { parseArgs } from 'node:util';
import { isFiscalYearStartMonth, parsePeriod } from '../shared/calendar';
import { TEMPLATE_IDS, isTemplateId, type TemplateId } from '../shared/deck/templates';
import { RECORD_KINDS } from '../shared/import';
import { checkPrintOptions, type PrintOptions } from '../shared/print-options';
import type { RecordKind } from '../shared/import';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { SourcedBy } from '../shared/settings';
import { isIsoDate } from '../shared/units';
import type { IsoDate } from '../shared/units';

export { USAGE } from './usage';

/** The files given for each record kind, in command-line order (`--leads a.csv --leads b.csv`). */
export type InputFiles = { readonly [K in RecordKind]: readonly string[] };

/** Options every command that computes figures shares. */
export interface FigureOptions {
  /** Every file flag's files; `opportunities` is empty with `--sample`. */
  inputs: InputFiles;
  /** Mapping profile files (`--mapping`), in command-line order. */
  mappings: string[];
  /** Use the generated Harborline sample instead of an opportunities file. */
  sample: boolean;
  fiscalYearStartMonth: number;
  /** The canonical period id (`FY2026-Q3`), or `null` for the quarter containing asOf. */
  period: string | null;
  asOf: IsoDate | null;
  useCrmProbability: boolean;
  /** Which definition of "sourced" decides demand sources (`--sourced-by`). */
  sourcedBy: SourcedBy;
  /** §4's influence lookback in days (`--lookback-days`). */
  lookbackDays: number;
  /** The rates file (`--rates`): reporting currency and exchange rates; absent without one. */
  rates?: string;
}

/** `report`: the figures as JSON or Markdown on stdout. */
export interface ReportCommand extends FigureOptions {
  command: 'report';
  format: 'json' | 'md';
}

/** `drill`: the records behind one figure of the report, as CSV, JSON or a text table. */
export interface DrillCommand extends FigureOptions {
  command: 'drill';
  /** The figure's drill path, e.g. `landings.byDemandSource.marketing.landed`. */
  path: string;
  format: 'csv' | 'json' | 'table';
}

/** `pdf`: the deck as a PDF written through a local Chrome or Chromium. */
export interface PdfCommand extends FigureOptions {
  command: 'pdf';
  out: string;
  chrome: string | null;
  /** `--handout`, `--appendix`, `--title`, `--author`. */
  print: PrintOptions;
  /** `--template`: the forum's deck to print; `null` prints the Monthly Business Review. */
  template: TemplateId | null;
}

/** `mapping`: a proposed mapping profile for one file, as JSON to edit and pass back with --mapping. */
export interface MappingCommand {
  command: 'mapping';
  file: string;
  /** `null`: detect the kind from the file's headers. */
  kind: RecordKind | null;
  name: string | null;
}

/** `template`: a CSV template on stdout; targets is the only one. */
export interface TemplateCommand {
  command: 'template';
  template: 'targets';
}

/** `help`: the usage text. */
export interface HelpCommand {
  command: 'help';
}

/** A command line, parsed and validated. */
export type CliCommand =
  ReportCommand | DrillCommand | PdfCommand | MappingCommand | TemplateCommand | HelpCommand;

/** The parsed command, or a usage error to print before exiting with code 2. */
export type ParseCliResult = { ok: true; value: CliCommand } | { ok: false; error: string };

const FILE = { type: 'string', multiple: true } as const;

const OPTIONS = {
  opportunities: FILE,
  leads: FILE,
  touchpoints: FILE,
  meetings: FILE,
  accounts: FILE,
  'target-accounts': FILE,
  spend: FILE,
  targets: FILE,
  mapping: FILE,
  rates: { type: 'string' },
  sample: { type: 'boolean' },
  'fiscal-start': { type: 'string' },
  period: { type: 'string' },
  'as-of': { type: 'string' },
  'use-crm-probability': { type: 'boolean' },
  'sourced-by': { type: 'string' },
  'lookback-days': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  chrome: { type: 'string' },
  handout: { type: 'boolean' },
  appendix: { type: 'boolean' },
  title: { type: 'string' },
  author: { type: 'string' },
  template: { type: 'string' },
  file: { type: 'string' },
  kind: { type: 'string' },
  name: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type ParsedValues = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];
type Flag = keyof ParsedValues;
type CommandName = Exclude<CliCommand['command'], 'help'>;

const FIGURES: readonly CommandName[] = ['report', 'pdf'];

/** The commands each flag belongs to, so a misplaced flag is named with its command. */
const FLAG_COMMANDS: Readonly<Record<Exclude<Flag, 'help'>, readonly CommandName[]>> = {
  opportunities: FIGURES,
  leads: FIGURES,
  touchpoints: FIGURES,
  meetings: FIGURES,
  accounts: FIGURES,
  'target-accounts': FIGURES,
  spend: FIGURES,
  targets: FIGURES,
  mapping: FIGURES,
  rates: FIGURES,
  sample: FIGURES,
  'fiscal-start': FIGURES,
  period: FIGURES,
  'as-of': FIGURES,
  'use-crm-probability': FIGURES,
  'sourced-by': FIGURES,
  'lookback-days': FIGURES,
  format: ['report'],
  out: ['pdf'],
  chrome: ['pdf'],
  handout: ['pdf'],
  appendix: ['pdf'],
  title: ['pdf'],
  author: ['pdf'],
  template: ['pdf'],
  file: ['mapping'],
  kind: ['mapping'],
  name: ['mapping'],
};

const COMMANDS: readonly CommandName[] = ['report', 'pdf', 'drill', 'mapping', 'template'];

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

/** Whether a string names a record kind. */
function isRecordKind(value: string): value is RecordKind {
  return (RECORD_KINDS as readonly string[]).includes(value);
}

type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** The files of every kind flag, refusing an empty file name. */
function inputFiles(values: ParsedValues): Checked<InputFiles> {
  const inputs: Record<RecordKind, string[]> = {
    opportunities: [],
    leads: [],
    touchpoints: [],
    meetings: [],
    accounts: [],
    'target-accounts': [],
    spend: [],
    targets: [],
  };
  for (const kind of RECORD_KINDS) {
    for (const file of values[kind] ?? []) {
      if (file.trim() === '') return { ok: false, error: `--${kind} needs a file name.` };
      inputs[kind].push(file);
    }
  }
  return { ok: true, value: inputs };
}

function figureOptions(values: ParsedValues): Checked<FigureOptions> {
  const inputs = inputFiles(values);
  if (!inputs.ok) return inputs;
  const sample = values.sample ?? false;
  const hasOpportunities = inputs.value.opportunities.length > 0;
  if (hasOpportunities && sample) {
    return { ok: false, error: 'Use either --opportunities FILE or --sample, not both.' };
  }
  if (!hasOpportunities && !sample) {
    return { ok: false, error: 'Missing --opportunities FILE (or --sample for the sample data).' };
  }
  const mappings = values.mapping ?? [];
  if (mappings.some((file) => file.trim() === '')) {
    return { ok: false, error: '--mapping needs a mapping profile file name.' };
  }

  const rates = values.rates ?? null;
  if (rates !== null && rates.trim() === '') {
    return { ok: false, error: '--rates needs a rates file name.' };
  }

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

  const sourcedBy = sourcedByOption(values['sourced-by']);
  if (!sourcedBy.ok) return sourcedBy;
  let lookbackDays = DEFAULT_SETTINGS.lookbackDays;
  if (values['lookback-days'] !== undefined) {
    const raw = values['lookback-days'].trim();
    if (!/^\d{1,4}$/.test(raw)) {
      return {
        ok: false,
        error: `--lookback-days must be a whole number of days from 0 to 9999, got "${values['lookback-days']}".`,
      };
    }
    lookbackDays = Number(raw);
  }

  return {
    ok: true,
    value: {
      inputs: inputs.value,
      mappings,
      sample,
      fiscalYearStartMonth,
      period,
      asOf,
      useCrmProbability: values['use-crm-probability'] ?? false,
      sourcedBy: sourcedBy.value,
      lookbackDays,
      ...(rates === null ? {} : { rates }),
    },
  };
}

/** The `--sourced-by` words and the definition each names. */
const SOURCED_BY_FLAGS: Readonly<Record<string, SourcedBy>> = {
  'lead-source': 'leadSource',
  'primary-campaign': 'primaryCampaign',
  'first-touch': 'firstTouch',
};

function sourcedByOption(raw: string | undefined): Checked<SourcedBy> {
  if (raw === undefined) return { ok: true, value: DEFAULT_SETTINGS.sourcedBy };
  const value = SOURCED_BY_FLAGS[raw.trim().toLowerCase()];
  if (value === undefined) {
    return {
      ok: false,
      error: `--sourced-by must be one of ${Object.keys(SOURCED_BY_FLAGS).join(', ')}, got "${raw}".`,
    };
  }
  return { ok: true, value };
}

function mappingCommand(values: ParsedValues): Checked<MappingCommand> {
  if (values.file === undefined || values.file.trim() === '') {
    return { ok: false, error: 'Missing --file FILE: the CSV to propose a mapping for.' };
  }
  let kind: RecordKind | null = null;
  if (values.kind !== undefined) {
    const raw = values.kind.trim().toLowerCase();
    if (!isRecordKind(raw)) {
      return {
        ok: false,
        error: `--kind must be one of ${RECORD_KINDS.join(', ')}, got "${values.kind}".`,
      };
    }
    kind = raw;
  }
  const name = values.name ?? null;
  if (name !== null && name.trim() === '') return { ok: false, error: '--name needs a name.' };
  return { ok: true, value: { command: 'mapping', file: values.file, kind, name } };
}

function templateCommand(positionals: readonly string[]): Checked<TemplateCommand> {
  const [template, ...extra] = positionals;
  if (template === undefined) {
    return { ok: false, error: 'Which template? The only one is targets: template targets.' };
  }
  if (template !== 'targets') {
    return { ok: false, error: `Unknown template "${template}"; the only template is targets.` };
  }
  if (extra.length > 0) {
    return { ok: false, error: `Unexpected argument "${extra[0]}" after template targets.` };
  }
  return { ok: true, value: { command: 'template', template } };
}

/** `drill PATH`: the figure's path, the figure options and the output format (csv by default). */
function drillCommand(values: ParsedValues, positionals: readonly string[]): Checked<DrillCommand> {
  const [path, ...extra] = positionals;
  if (path === undefined || path.trim() === '') {
    return {
      ok: false,
      error: 'Which figure? Give its path: drill landings.byDemandSource.marketing.landed.',
    };
  }
  if (extra.length > 0) {
    return { ok: false, error: `Unexpected argument "${extra[0]}" after the drill path.` };
  }
  const figures = figureOptions(values);
  if (!figures.ok) return figures;
  const format = values.format ?? 'csv';
  if (format !== 'csv' && format !== 'json' && format !== 'table') {
    return { ok: false, error: `--format must be csv, json or table for drill, got "${format}".` };
  }
  return { ok: true, value: { command: 'drill', path, format, ...figures.value } };
}

/** `pdf`'s layout and metadata flags, checked as the app's export dialog checks them. */
function pdfOptions(values: ParsedValues): Checked<Pick<PdfCommand, 'print' | 'template'>> {
  for (const flag of ['title', 'author'] as const) {
    const raw = values[flag];
    if (raw !== undefined && raw.trim() === '') {
      return { ok: false, error: `--${flag} needs a value (leave the flag out for the default).` };
    }
  }
  const checked = checkPrintOptions({
    layout: values.handout ? 'handout' : 'slides',
    appendix: values.appendix ?? false,
    title: values.title ?? '',
    author: values.author ?? '',
  });
  // The checker names the field; the command line names the flag.
  if (!checked.ok)
    return { ok: false, error: checked.error.replace(/^PDF export (\w+):/, '--$1:') };
  let template: TemplateId | null = null;
  if (values.template !== undefined) {
    const raw = values.template.trim().toLowerCase();
    if (!isTemplateId(raw)) {
      return {
        ok: false,
        error: `--template must be one of ${TEMPLATE_IDS.join(', ')}, got "${values.template}".`,
      };
    }
    template = raw;
  }
  return { ok: true, value: { print: checked.value, template } };
}

/** A flag the command does not take, named with the commands it belongs to. */
function misplacedFlag(values: ParsedValues, command: CommandName): string | null {
  for (const [flag, owners] of Object.entries(FLAG_COMMANDS)) {
    if (values[flag as Flag] !== undefined && !owners.includes(command)) {
      return `--${flag} is a ${owners.join(' and ')} option, not a ${command} option.`;
    }
  }
  return null;
}

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
  if (values.help || command === 'help' || argv.length === 0) {
    return { ok: true, value: { command: 'help' } };
  }
  if (command === undefined) {
    // Flags without a command are a mistake a script must see, not a request for help.
    return {
      ok: false,
      error: 'No command given; start with report, pdf, mapping, template or help.',
    };
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    return {
      ok: false,
      error: `Unknown command "${command}"; use report, pdf, mapping, template or help.`,
    };
  }
  const name = command as CommandName;
  // drill takes exactly report's flags (its --format values differ), so it is checked as report.
  const misplaced = misplacedFlag(values, name === 'drill' ? 'report' : name);
  if (misplaced !== null) return { ok: false, error: misplaced };
  if (name === 'template') return templateCommand(extra);
  if (name === 'drill') return drillCommand(values, extra);
  if (extra.length > 0) {
    return { ok: false, error: `Unexpected argument "${extra[0]}"; flags start with --.` };
  }
  if (name === 'mapping') return mappingCommand(values);

  const figures = figureOptions(values);
  if (!figures.ok) return figures;

  if (name === 'report') {
    const format = values.format ?? 'json';
    if (format !== 'json' && format !== 'md') {
      return { ok: false, error: `--format must be json or md, got "${format}".` };
    }
    return { ok: true, value: { command: name, format, ...figures.value } };
  }
  if (values.out === undefined || values.out.trim() === '') {
    return { ok: false, error: 'Missing --out FILE: where to write the PDF.' };
  }
  const chrome = values.chrome ?? null;
  if (chrome === '') return { ok: false, error: '--chrome needs a path to an executable.' };
  const pdf = pdfOptions(values);
  if (!pdf.ok) return pdf;
  return {
    ok: true,
    value: { command: name, out: values.out, chrome, ...pdf.value, ...figures.value },
  };
}
