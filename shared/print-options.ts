import { z } from 'zod';

/** The two ways a deck prints: one 16:9 page per slide, or a portrait handout with the notes. */
export const PRINT_LAYOUTS = ['slides', 'handout'] as const;

/** How the deck is laid out on the PDF's pages. */
export type PrintLayout = (typeof PRINT_LAYOUTS)[number];

/** The longest document title the export takes (a PDF viewer's title bar shows far less). */
export const MAX_PDF_TITLE_LENGTH = 200;

/** The longest author name the export takes. */
export const MAX_PDF_AUTHOR_LENGTH = 120;

/** What a PDF export makes: the layout, whether the appendix of records follows, and the metadata. */
export interface PrintOptions {
  layout: PrintLayout;
  /** After the slides, the records behind each figure on them, a table per figure. */
  appendix: boolean;
  /** The PDF's Title; `''` prints the deck's name and period (see `defaultPdfTitle`). */
  title: string;
  /** The PDF's Author; `''` leaves it out. */
  author: string;
}

/** Today's export: the slides alone, titled after the deck, no author. */
export const DEFAULT_PRINT_OPTIONS: PrintOptions = {
  layout: 'slides',
  appendix: false,
  title: '',
  author: '',
};

// Control characters would end up in the PDF's Info dictionary and in the window title.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A metadata text field: trimmed, at most `max` characters, no control characters. */
function metadataText(what: string, max: number) {
  return z
    .string()
    .transform((text) => text.trim())
    .refine((text) => text.length <= max, `the ${what} is longer than ${max} characters`)
    .refine(
      (text) => !CONTROL.test(text),
      `the ${what} holds a control character (a line break or tab)`,
    );
}

/** The options as they cross a boundary (IPC, the print route's URL): unknown keys are refused. */
export const printOptionsSchema = z.strictObject({
  layout: z.enum(PRINT_LAYOUTS),
  appendix: z.boolean(),
  title: metadataText('title', MAX_PDF_TITLE_LENGTH),
  author: metadataText('author', MAX_PDF_AUTHOR_LENGTH),
});

/** A check's outcome: the value, or a sentence saying what is wrong and where. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/** Validates options from outside (a dialog, IPC, a command line), naming the field that is wrong. */
export function checkPrintOptions(raw: unknown): Checked<PrintOptions> {
  const parsed = printOptionsSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'options';
  return { ok: false, error: `PDF export ${where}: ${issue?.message ?? 'invalid'}.` };
}

/** The query the print route reads its options from (`#/print?layout=handout&appendix=1&…`). */
export function printOptionsQuery(options: PrintOptions): string {
  const pairs: [string, string][] = [['layout', options.layout]];
  if (options.appendix) pairs.push(['appendix', '1']);
  if (options.title !== '') pairs.push(['title', options.title]);
  if (options.author !== '') pairs.push(['author', options.author]);
  // encodeURIComponent, not URLSearchParams: shared/ has no DOM or Node, and both read back the same.
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/**
 * Reads the print route's options back from its query. The route must still print when a
 * hand-typed URL holds something odd, so a bad value falls back to the default rather than failing.
 */
export function printOptionsFromQuery(params: { get(name: string): string | null }): PrintOptions {
  const layout = params.get('layout');
  const candidate = {
    layout: layout === 'handout' ? 'handout' : 'slides',
    appendix: params.get('appendix') === '1',
    title: params.get('title') ?? '',
    author: params.get('author') ?? '',
  };
  const checked = checkPrintOptions(candidate);
  if (checked.ok) return checked.value;
  return { ...candidate, layout: candidate.layout as PrintLayout, title: '', author: '' };
}

/** The title a PDF gets when none is given: the deck's name and the period, "Monthly Business Review · FY2026 Q3". */
export function defaultPdfTitle(deckName: string, periodLabel: string): string {
  const name = deckName.trim() === '' ? 'Quarterdeck deck' : deckName.trim();
  return `${name} · ${periodLabel}`.slice(0, MAX_PDF_TITLE_LENGTH);
}
