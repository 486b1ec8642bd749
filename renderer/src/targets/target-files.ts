import { TARGETS_CSV_TEMPLATE } from '../../../shared/import/targets-template';
import type { Target } from '../../../shared/records';
import { targetsToCsv } from '../../../shared/targets/targets-csv';
import { downloadBlob } from '../backup/download';
import { localToday } from './today';

/** The file name the template downloads as. */
export const TEMPLATE_FILE_NAME = 'quarterdeck-targets-template.csv';

/** Saves the targets CSV template (header and two example rows) as a download. */
export function downloadTemplate(): void {
  downloadBlob(new Blob([TARGETS_CSV_TEMPLATE], { type: 'text/csv' }), TEMPLATE_FILE_NAME);
}

/** Saves the targets as a CSV in the template's shape, dated today, so it re-imports as it is. */
export function downloadTargets(targets: readonly Target[]): void {
  const blob = new Blob([targetsToCsv(targets)], { type: 'text/csv' });
  downloadBlob(blob, `quarterdeck-targets-${localToday()}.csv`);
}
