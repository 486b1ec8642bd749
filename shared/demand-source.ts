import type { DemandSource } from './records';
import { removeInvisible } from './text/invisible';

/** The keyword rule of metrics.md §3: first group with a whole-word match wins, in this order. */
export const DEMAND_SOURCE_KEYWORDS: ReadonlyArray<
  readonly [Exclude<DemandSource, 'unknown'>, readonly string[]]
> = [
  ['channel', ['partner', 'channel', 'reseller', 'alliance', 'var']],
  ['tele', ['sdr', 'bdr', 'telemarketing', 'tele', 'inside sales']],
  ['sales', ['outbound', 'prospecting', 'self generated', 'sales', 'cold call', 'ae sourced']],
  [
    'marketing',
    [
      'web',
      'website',
      'inbound',
      'webinar',
      'event',
      'events',
      'trade show',
      'conference',
      'advertisement',
      'ads',
      'paid search',
      'organic search',
      'organic',
      'seo',
      'sem',
      'social',
      'email',
      'content',
      'direct traffic',
      'display',
      'referral',
      'referrals',
    ],
  ],
];

/**
 * Lower-cases and turns every run of characters other than letters and digits into one space,
 * trimmed. Invisible characters (zero-width spaces and joiners, bidi controls, the BOM) are
 * removed first, not turned into spaces, so `We\u200Bb` matches `Web` as a reader sees it.
 */
export function normaliseWords(raw: string): string {
  return removeInvisible(raw)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `phrase` (normalised words) occurs as whole words in `words` (normalised). */
export function hasWholeWords(words: string, phrase: string): boolean {
  return ` ${words} `.includes(` ${phrase} `);
}

/** The demand source of the keyword rule alone, for a raw lead source value. */
export function demandSourceByKeywords(raw: string | null): DemandSource {
  const words = normaliseWords(raw ?? '');
  if (words === '') return 'unknown';
  for (const [source, keywords] of DEMAND_SOURCE_KEYWORDS) {
    if (keywords.some((k) => hasWholeWords(words, k))) return source;
  }
  return 'unknown';
}

/** Maps a raw lead source to its demand source: the editable table first, else the keyword rule (§3). */
export function classifyLeadSource(
  raw: string | null,
  table: Readonly<Record<string, DemandSource>>,
): DemandSource {
  return leadSourceClassifier(table)(raw);
}

/**
 * A classifier bound to one table that remembers each raw value it has seen, so classifying
 * 200,000 opportunities costs one keyword scan per distinct lead source. Table keys are
 * normalised too, so `Partner_Referral` and `partner referral` are the same row.
 */
export function leadSourceClassifier(
  table: Readonly<Record<string, DemandSource>>,
): (raw: string | null) => DemandSource {
  const normalisedTable = new Map<string, DemandSource>();
  for (const [key, source] of Object.entries(table))
    normalisedTable.set(normaliseWords(key), source);
  const seen = new Map<string, DemandSource>();
  return (raw) => {
    const value = raw ?? '';
    const hit = seen.get(value);
    if (hit !== undefined) return hit;
    const source = normalisedTable.get(normaliseWords(value)) ?? demandSourceByKeywords(value);
    seen.set(value, source);
    return source;
  };
}
