import type { RecordFormat, RecordKind, TextEncoding } from '../../../shared/import/types';

/** How the import screen names each recognised export. */
export const FORMAT_LABELS: Record<RecordFormat, string> = {
  'salesforce-opportunities': 'Salesforce Opportunities report',
  'hubspot-deals': 'HubSpot deals export',
  'salesforce-leads': 'Salesforce Leads report',
  'hubspot-contacts': 'HubSpot contacts export',
  'salesforce-campaign-members': 'Salesforce Campaign Members report',
  'salesforce-campaign-influence': 'Salesforce Campaign Influence report',
  'salesforce-accounts': 'Salesforce Accounts report',
  'hubspot-companies': 'HubSpot companies export',
  custom: 'Custom columns',
};

/** How the screens name each kind of record a file can hold. */
export const KIND_LABELS: Record<RecordKind, string> = {
  opportunities: 'Opportunities',
  leads: 'Leads & contacts',
  touchpoints: 'Campaign members & touchpoints',
  meetings: 'Meetings',
  accounts: 'Accounts',
  'target-accounts': 'Target accounts',
  spend: 'Marketing spend',
  targets: 'Targets',
};

/** A record in words, one and many, for counts such as `3 leads`. */
export interface Noun {
  one: string;
  many: string;
}

const KIND_NOUNS: Record<RecordKind, Noun> = {
  opportunities: { one: 'opportunity', many: 'opportunities' },
  leads: { one: 'lead', many: 'leads' },
  touchpoints: { one: 'touchpoint', many: 'touchpoints' },
  meetings: { one: 'meeting', many: 'meetings' },
  accounts: { one: 'account', many: 'accounts' },
  'target-accounts': { one: 'target account', many: 'target accounts' },
  spend: { one: 'spend row', many: 'spend rows' },
  targets: { one: 'target', many: 'targets' },
};

/**
 * What one record of a file is called: the kind's noun, or the export's own word where it has
 * one (a HubSpot contacts export holds contacts, a campaign members report campaign members).
 */
export function recordNoun(kind: RecordKind, format: RecordFormat): Noun {
  if (kind === 'leads' && format === 'hubspot-contacts')
    return { one: 'contact', many: 'contacts' };
  if (
    kind === 'touchpoints' &&
    (format === 'salesforce-campaign-members' || format === 'salesforce-campaign-influence')
  ) {
    return { one: 'campaign member', many: 'campaign members' };
  }
  return KIND_NOUNS[kind];
}

/** `12,345 campaign members`: a count of a file's records in the export's own words. */
export function recordCount(kind: RecordKind, format: RecordFormat, n: number): string {
  const noun = recordNoun(kind, format);
  return plural(n, noun.one, noun.many);
}

/** How the import screen names each text encoding. */
export const ENCODING_LABELS: Record<TextEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 (Excel CSV)',
};

/** A separator character in words, since a bare `;` or tab is hard to read. */
export function separatorLabel(delimiter: string): string {
  switch (delimiter) {
    case ',':
      return 'Comma';
    case ';':
      return 'Semicolon';
    case '\t':
      return 'Tab';
    case '|':
      return 'Pipe';
    default:
      return `“${delimiter}”`;
  }
}

/** `1 opportunity` / `3 opportunities`: a count with its noun in the right number. */
export function plural(n: number, one: string, many: string): string {
  return `${new Intl.NumberFormat('en-US').format(n)} ${n === 1 ? one : many}`;
}

/** `a.csv`, `a.csv and b.csv`, `a.csv, b.csv and 3 more`: file names for a waiting list. */
export function listNames(names: readonly string[], max = 3): string {
  if (names.length <= 1) return names.join('');
  if (names.length <= max) return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${plural(names.length - max, 'more', 'more')}`;
}

/** The confirm button's words: opportunities build the deck; other kinds feed it. */
export function confirmLabel(kind: RecordKind, saving: boolean, more: number): string {
  if (saving) return 'Importing…';
  if (more > 0) return 'Import and go to the next file';
  return kind === 'opportunities' ? 'Import and build the deck' : 'Import';
}
