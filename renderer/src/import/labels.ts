import type { ExportFormat, TextEncoding } from '../../../shared/import/types';

/** How the import screen names each recognised export. */
export const FORMAT_LABELS: Record<ExportFormat, string> = {
  'salesforce-opportunities': 'Salesforce Opportunities report',
  'hubspot-deals': 'HubSpot deals export',
  custom: 'Custom columns',
};

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
