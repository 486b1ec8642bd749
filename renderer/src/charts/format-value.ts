import { formatCount, formatMoney, formatPercent } from '../../../shared/format';
import type { AxisFormat } from '../../../shared/deck/slide-content';

/** Formats a chart value the way the slide's axis reads (money rounded to 3 significant figures). */
export function formatValue(
  value: number,
  format: AxisFormat,
  currency: string | null | undefined,
): string {
  switch (format) {
    case 'money':
      return formatMoney(value, currency);
    case 'percent':
      return formatPercent(value);
    case 'count':
      return formatCount(value);
  }
}
