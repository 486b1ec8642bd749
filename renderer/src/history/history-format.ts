import { formatMoneyFull } from '../../../shared/format';

/** When an import was confirmed, as the settings screen says it ("14 May 2026, 09:30"); anything unreadable as written. */
export function formatImportedAt(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

/** A step's signed amount for the bridge table: "+$40,000", "-$22,000", "$0". */
export function formatSignedMoney(value: number, currency: string | null): string {
  const text = formatMoneyFull(value, currency);
  return Math.round(value * 100) > 0 ? `+${text}` : text;
}
