import { toCsv, type CsvColumn } from '../csv-export';
import { TARGETS_CSV_TEMPLATE } from '../import/targets-template';
import type { Target } from '../records';

/** The template's header cells, so an exported file and the template re-import the same way. */
const HEADERS = (TARGETS_CSV_TEMPLATE.split('\n')[0] ?? '').split(',');

/** The header at `index` of the template (the template is fixed; the fallback is never read). */
function header(index: number): string {
  return HEADERS[index] ?? '';
}

const COLUMNS: readonly CsvColumn<Target>[] = [
  { header: header(0), value: (t) => t.period },
  { header: header(1), value: (t) => t.demandSource },
  { header: header(2), value: (t) => t.segment },
  { header: header(3), value: (t) => t.kind },
  { header: header(4), value: (t) => t.amount },
];

/**
 * Targets as a CSV with the template's header and codes (`marketing`, `midmarket`, …), so the
 * file re-imports through Import data unchanged; text cells are formula-safe (csv-export.ts).
 */
export function targetsToCsv(targets: readonly Target[]): string {
  return toCsv(targets, COLUMNS);
}
