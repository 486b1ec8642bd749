import { removeInvisibleForDisplay } from './invisible';

/** The mark a cut value ends with. */
export const ELLIPSIS = '…';

/** How many characters a title attribute (a tooltip) carries at most: a screenful, not a novel. */
export const TITLE_MAX = 1000;

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * A CRM value as it can safely be drawn where CSS cannot help (chart labels, slide text,
 * Markdown, tooltips): invisible format and control characters removed (bidi overrides,
 * zero-width characters, the BOM), every run of whitespace (tabs, line breaks) one space,
 * trimmed, and cut to at most `max` user-perceived characters ending in `…`. The cut never
 * splits a grapheme (an emoji sequence, a letter with its accents). `null` reads as `''`.
 */
export function displayText(value: string | null | undefined, max = Infinity): string {
  const clean = removeInvisibleForDisplay(value ?? '')
    .replace(/\s+/gu, ' ')
    .trim();
  return truncateGraphemes(clean, max);
}

/** `value` cut to at most `max` graphemes, the last of them `…` when anything was cut. */
export function truncateGraphemes(value: string, max: number): string {
  // A string of `max` code units or fewer cannot hold more than `max` graphemes.
  if (value.length <= max) return value;
  const limit = Math.max(0, Math.floor(max));
  if (limit === 0) return '';
  // Where each of the first limit + 1 graphemes ends; stop reading a 10,000-character value early.
  const ends: number[] = [];
  for (const { segment, index } of segmenter.segment(value)) {
    ends.push(index + segment.length);
    if (ends.length > limit) break;
  }
  if (ends.length <= limit) return value;
  // The ellipsis takes the place of the last grapheme that would have fitted.
  return `${value.slice(0, ends[limit - 2] ?? 0).trimEnd()}${ELLIPSIS}`;
}

/** The cleaned full text of a value for a `title` attribute, capped at TITLE_MAX characters. */
export function titleText(value: string | null | undefined): string {
  return displayText(value, TITLE_MAX);
}

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko and kin). */
const RTL_LETTER =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}]/u;

/**
 * `value` between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE when it holds right-to-left
 * letters, so that inside a sentence it cannot pull the punctuation and words around it into
 * its own direction; the plain-text equivalent of `<bdi>`. Other values are returned as they are.
 */
export function isolateBidi(value: string): string {
  return RTL_LETTER.test(value) ? `\u2068${value}\u2069` : value;
}
