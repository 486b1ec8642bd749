import path from 'node:path';
import { mixedCurrencyMessageForCli, parseRatesCsv } from '../shared/currency';
import { detectFileKind, importRecords, RECORD_KINDS, readHeaders } from '../shared/import';
import type {
  RecordImportOptions,
  RecordImportResult,
  RecordImportSummary,
  RecordKind,
  RecordOfKind,
  ImportError,
  ImportSummary,
} from '../shared/import';
import { idKeys } from '../shared/import/coerce-id';
import { profileMappingFor } from '../shared/import/mapping-profile';
import type { Opportunity } from '../shared/records';
import { DEFAULT_SETTINGS } from '../shared/settings';
import type { CurrencySettings } from '../shared/settings';
import { generateSampleWorkspace } from '../shared/sample';
import type { SampleCsv, SampleWorkspace } from '../shared/sample';
import type { IsoDate } from '../shared/units';
import type { FigureOptions } from './args';
import { CliError, EXIT_DATA } from './cli-error';
import { assignProfiles, loadMappingProfiles } from './mapping-profiles';
import type { LoadedProfile } from './mapping-profiles';
import { readInput } from './read-input';
import { reconciliationText } from './reconciliation';

/** What one file's import did, as the report's `source.imports` lists it. */
export interface ImportCount {
  kind: RecordKind;
  file: string;
  rowsRead: number;
  imported: number;
  rejected: number;
}

/** The records of every kind, each kind's files concatenated in command-line order. */
export type RecordsByKind = { [K in RecordKind]: RecordOfKind[K][] };

/** Records ready for the report, with where they came from. */
export interface LoadedInputs {
  /** Every opportunities file merged, a later file's row replacing an earlier one with its id. */
  opportunities: Opportunity[];
  /** The other kinds' records (and the opportunities again), for the metrics that will use them. */
  records: RecordsByKind;
  /** Opportunity rows rejected at import, over every opportunities file (or the sample). */
  rejectedRows: number;
  sample: boolean;
  /** Every file read, by kind in RECORD_KINDS order and then command-line order (empty for the sample alone). */
  files: string[];
  /** What each file's import did, in the order of `files`. */
  imports: ImportCount[];
  /** A label for the deck's title and data-notes slides. */
  sourceLabel: string;
  /** The rejected opportunity rows of every file, named by file when there are several. */
  opportunityErrors: ImportError[];
  /** The footer check over every opportunities file, or `null` when one of them had no footer. */
  opportunityFooter: Pick<ImportSummary, 'footerRecordCount' | 'footerMatches' | 'rowsRead'> | null;
  /** The sample's anchor date, which is also its as-of date. */
  sampleAnchor: IsoDate | null;
  /** The reporting currency and rates of `--rates`, or the defaults (none) without it. */
  currency: CurrencySettings;
}

/** A file read from disk, with its header row for matching mapping profiles. */
interface InputFile {
  kind: RecordKind;
  file: string;
  bytes: Uint8Array;
  headers: string[];
}

type Log = (text: string) => void;

/** How every file is imported besides its own profile: the currencies and where they came from. */
interface ImportContext {
  currency: CurrencySettings;
  /** The `--rates` file as given, for messages; `null` without one. */
  ratesFile: string | null;
}

/** Reads and checks the `--rates` file; without one, no currency can be converted. */
export async function loadRates(file: string | undefined): Promise<CurrencySettings> {
  if (file === undefined) return DEFAULT_SETTINGS.currency;
  const text = new TextDecoder().decode(await readInput('rates', file));
  const reading = parseRatesCsv(text, file);
  if (!reading.ok) {
    throw new CliError(
      `Cannot use --rates ${file}:\n  ${reading.problems.join('\n  ')}`,
      EXIT_DATA,
    );
  }
  return reading.currency;
}

/** The reconciliation's note on converted amounts: each currency, its rate and its sums. */
export function conversionText(
  summary: Pick<RecordImportSummary<RecordKind>, 'converted'>,
): string {
  const money = (n: number): string =>
    n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (summary.converted ?? [])
    .map(
      (c) =>
        `\n  Converted ${c.rows} ${c.rows === 1 ? 'row' : 'rows'} from ${c.from} to ${c.to} at ${c.rate}: ${c.from} ${money(c.amount)} = ${c.to} ${money(c.converted)}.`,
    )
    .join('');
}

/** Imports one file with its profile (if any), logging its reconciliation; a fatal problem names the file. */
function importFile<K extends RecordKind>(
  kind: K,
  input: { file: string; bytes: Uint8Array; fileName: string },
  profile: LoadedProfile | null,
  context: ImportContext,
  log: Log,
): RecordImportResult<K> {
  const options: RecordImportOptions<K> = {
    fileName: input.fileName,
    currency: context.currency,
  };
  const mapping = profile === null ? null : profileMappingFor(profile.profile, kind);
  if (mapping !== null) options.mapping = mapping;
  if (profile?.profile.dateOrder !== undefined) options.dateOrder = profile.profile.dateOrder;
  const result = importRecords(kind, input.bytes, options);
  if (result.fatal !== null) {
    const detected = detectFileKind(input.bytes);
    const hint =
      detected !== null && detected !== kind
        ? ` It looks like a ${detected} export: use --${detected}.`
        : '';
    const flag = profile === null ? '' : ` (mapped with --mapping ${profile.file})`;
    const fatal = mixedCurrencyMessageForCli(result.fatal, context.ratesFile);
    throw new CliError(`Cannot import --${kind} ${input.file}${flag}: ${fatal}${hint}`, EXIT_DATA);
  }
  const opportunityNotes =
    kind === 'opportunities'
      ? {
          undated: (result.records as Opportunity[]).filter((r) => r.closeDate === null).length,
          openWithoutAmount: (result.records as Opportunity[]).filter(
            (r) => r.status === 'open' && r.amount === null,
          ).length,
        }
      : null;
  let text = reconciliationText(result.summary, result.errors, input.file, opportunityNotes);
  text += conversionText(result.summary);
  if (profile !== null)
    text += `\n  Mapped with --mapping ${profile.file} (“${profile.profile.name}”).`;
  log(text);
  return result;
}

/** Only the counts the report's source shows, not the whole summary. */
function pickCounts({
  rowsRead,
  imported,
  rejected,
}: Pick<ImportCount, 'rowsRead' | 'imported' | 'rejected'>) {
  return { rowsRead, imported, rejected };
}

/** A batch of opportunities and the file it came from, for merging by id. */
interface OpportunityBatch {
  file: string;
  records: Opportunity[];
}

/**
 * Concatenates opportunities files in order; a later row with the same id (Salesforce's
 * 15- and 18-character forms are one id) replaces the earlier one where it stood, and stderr
 * says which ids were replaced.
 */
export function mergeOpportunities(batches: readonly OpportunityBatch[], log: Log): Opportunity[] {
  const entries = batches.flatMap(({ file, records }) =>
    records.map((record) => ({ file, record })),
  );
  const keys = idKeys(entries.map(({ record }) => record.id));
  const merged: Opportunity[] = [];
  const slots = new Map<string, { index: number; file: string }>();
  const replaced = new Map<string, { later: string; earlier: string; ids: string[] }>();
  entries.forEach(({ file, record }, i) => {
    const key = keys[i] ?? record.id;
    const slot = slots.get(key);
    if (slot === undefined) {
      slots.set(key, { index: merged.length, file });
      merged.push(record);
      return;
    }
    const pair = `${file}\u0000${slot.file}`;
    const group = replaced.get(pair) ?? { later: file, earlier: slot.file, ids: [] };
    group.ids.push(record.id);
    replaced.set(pair, group);
    merged[slot.index] = record;
    slot.file = file;
  });
  for (const { later, earlier, ids } of replaced.values()) {
    const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? ', …' : '');
    log(
      `Note: ${ids.length} ${ids.length === 1 ? 'opportunity' : 'opportunities'} in ${later} replace${ids.length === 1 ? 's' : ''} the row${ids.length === 1 ? '' : 's'} with the same id from ${earlier}: ${shown}.`,
    );
  }
  return merged;
}

async function readInputs(options: FigureOptions): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (const kind of RECORD_KINDS) {
    for (const file of options.inputs[kind]) {
      const bytes = await readInput(kind, file);
      inputs.push({ kind, file, bytes, headers: readHeaders(bytes) });
    }
  }
  return inputs;
}

function emptyRecords(): RecordsByKind {
  return {
    opportunities: [],
    leads: [],
    touchpoints: [],
    meetings: [],
    accounts: [],
    'target-accounts': [],
    spend: [],
    targets: [],
  };
}

/** Imports every file of one kind in order, appending its records to `records[kind]`. */
function importKind<K extends RecordKind>(
  kind: K,
  inputs: readonly InputFile[],
  profiles: readonly (LoadedProfile | null)[],
  records: RecordsByKind,
  context: ImportContext,
  log: Log,
): { file: string; result: RecordImportResult<K> }[] {
  const results: { file: string; result: RecordImportResult<K> }[] = [];
  const into: RecordOfKind[K][] = records[kind];
  inputs.forEach((input, index) => {
    if (input.kind !== kind) return;
    const fileName = path.basename(input.file);
    const result = importFile(kind, { ...input, fileName }, profiles[index] ?? null, context, log);
    into.push(...result.records);
    results.push({ file: input.file, result });
  });
  return results;
}

/**
 * The sample's records of every kind but opportunities, each kind only when no file of it was
 * given: `--sample --leads mine.csv` reads the user's leads and the sample's other kinds. The
 * sample's files are not files the user gave, so they are not listed in `files` or `imports`.
 */
function importSampleKinds(
  sample: SampleWorkspace,
  options: FigureOptions,
  records: RecordsByKind,
  context: ImportContext,
  log: Log,
): void {
  for (const kind of RECORD_KINDS) {
    if (kind === 'opportunities' || options.inputs[kind].length > 0) continue;
    appendSample(kind, sample[kind], records, context, log);
  }
}

/** Imports one sample file of a kind into `records[kind]`. */
function appendSample<K extends RecordKind>(
  kind: K,
  file: SampleCsv,
  records: RecordsByKind,
  context: ImportContext,
  log: Log,
): void {
  const input = {
    file: file.fileName,
    fileName: file.fileName,
    bytes: new TextEncoder().encode(file.csv),
  };
  const into: RecordOfKind[K][] = records[kind];
  into.push(...importFile(kind, input, null, context, log).records);
}

/**
 * Reads every file the options name (or the sample for the kinds without one) through the shared
 * importer, applying `--mapping` profiles; `today` is only consulted for a sample without --as-of.
 */
export async function loadInputs(
  options: FigureOptions,
  today: () => IsoDate,
  log: Log,
): Promise<LoadedInputs> {
  const profiles = await loadMappingProfiles(options.mappings);
  const currency = await loadRates(options.rates);
  const context: ImportContext = { currency, ratesFile: options.rates ?? null };
  const inputs = await readInputs(options);
  const assigned = assignProfiles(profiles, inputs);

  const records = emptyRecords();
  const imports: ImportCount[] = [];
  const batches: OpportunityBatch[] = [];
  let rejectedRows = 0;
  const opportunityResults: { file: string; result: RecordImportResult<'opportunities'> }[] = [];
  let sampleAnchor: IsoDate | null = null;
  if (options.sample) {
    sampleAnchor = options.asOf ?? today();
    const sample = generateSampleWorkspace({ anchorDate: sampleAnchor });
    const { fileName, csv } = sample.opportunities;
    const input = { file: fileName, fileName, bytes: new TextEncoder().encode(csv) };
    const result = importFile('opportunities', input, null, context, log);
    batches.push({ file: fileName, records: result.records });
    rejectedRows += result.summary.rejected;
    opportunityResults.push({ file: fileName, result });
    importSampleKinds(sample, options, records, context, log);
  }

  const count = (
    kind: RecordKind,
    file: string,
    summary: Pick<ImportCount, 'rowsRead' | 'imported' | 'rejected'>,
  ): void => {
    imports.push({ kind, file, ...pickCounts(summary) });
  };
  // Opportunities first (RECORD_KINDS order), kept per file so later files can win by id.
  for (const { file, result } of importKind(
    'opportunities',
    inputs,
    assigned,
    records,
    context,
    log,
  )) {
    batches.push({ file, records: result.records });
    rejectedRows += result.summary.rejected;
    opportunityResults.push({ file, result });
    count('opportunities', file, result.summary);
  }
  for (const kind of RECORD_KINDS) {
    if (kind === 'opportunities') continue;
    for (const { file, result } of importKind(kind, inputs, assigned, records, context, log)) {
      count(kind, file, result.summary);
    }
  }
  const opportunities = mergeOpportunities(batches, log);
  records.opportunities = opportunities;

  const opportunityFiles = options.inputs.opportunities.map((file) => path.basename(file));
  return {
    opportunities,
    records,
    rejectedRows,
    sample: options.sample,
    files: imports.map(({ file }) => file),
    imports,
    sourceLabel:
      sampleAnchor !== null
        ? `Sample data (Harborline Software, as of ${sampleAnchor})`
        : opportunityFiles.join(', '),
    sampleAnchor,
    currency,
    opportunityErrors: opportunityErrorsOf(opportunityResults),
    opportunityFooter: footerOf(opportunityResults.map(({ result }) => result.summary)),
  };
}

/** Every rejected opportunity row; with several files each reason says which file it is from. */
export function opportunityErrorsOf(
  results: readonly { file: string; result: RecordImportResult<'opportunities'> }[],
): ImportError[] {
  return results.flatMap(({ file, result }) =>
    results.length > 1
      ? result.errors.map((e) => ({ ...e, reason: `${path.basename(file)}: ${e.reason}` }))
      : result.errors,
  );
}

/** The footer check over several files: their counts added, matching only when every file matched. */
export function footerOf(
  summaries: readonly Pick<ImportSummary, 'footerRecordCount' | 'footerMatches' | 'rowsRead'>[],
): Pick<ImportSummary, 'footerRecordCount' | 'footerMatches' | 'rowsRead'> | null {
  if (summaries.length === 0 || summaries.some((s) => s.footerRecordCount === null)) return null;
  return {
    footerRecordCount: summaries.reduce((n, s) => n + (s.footerRecordCount ?? 0), 0),
    rowsRead: summaries.reduce((n, s) => n + s.rowsRead, 0),
    footerMatches: summaries.every((s) => s.footerMatches === true),
  };
}
