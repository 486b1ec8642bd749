import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importOpportunities } from '../../../shared/import';
import type { ImportResult } from '../../../shared/import';

/** The checks every result must pass, whatever the input. */
function expectWellFormed(result: ImportResult): void {
  for (const error of result.errors) {
    expect(Number.isInteger(error.line)).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.reason.length).toBeGreaterThan(0);
    // A cell's problem names its column as the file's header says it; a row's names none.
    if (error.column !== null) expect(result.summary.headers).toContain(error.column);
  }
  // Every message is shown under the file's own name.
  expect(result.summary.fileName.length).toBeGreaterThan(0);
  // The safety net in importOpportunities must never be what answered.
  expect(result.fatal ?? '').not.toMatch(/^Quarterdeck could not read this file/);
  if (result.fatal !== null) expect(result.records).toEqual([]);
  const { summary } = result;
  expect(summary.imported + summary.rejected).toBeLessThanOrEqual(summary.rowsRead);
}

const cell = fc.oneof(
  fc.constantFrom(
    '',
    'Opportunity ID',
    'Amount',
    'Close Date',
    'Stage',
    'Closed Won',
    '1.23457E+11',
    '$1,200.00',
    '1.234,56 €',
    '(5)',
    '31/02/2026',
    '01/03/2026',
    '46082',
    '"',
    '""',
    'Grand Totals (3 records)',
  ),
  fc.string({ maxLength: 12 }),
);
const line = fc
  .array(cell, { maxLength: 6 })
  .chain((cells) => fc.constantFrom(',', ';', '\t', '|').map((sep) => cells.join(sep)));
const csvish = fc
  .tuple(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

describe('importOpportunities never throws', () => {
  it('on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expectWellFormed(importOpportunities(bytes, { fileName: 'random.bin' }));
      }),
      { numRuns: 400 },
    );
  });

  it('on random CSV-ish text, with and without a mapping', () => {
    fc.assert(
      fc.property(csvish, fc.boolean(), (text, mapped) => {
        const bytes = new TextEncoder().encode(`Opportunity ID,Amount,Close Date,Stage\n${text}`);
        const options = mapped
          ? { fileName: 'random.csv', mapping: { id: 'Opportunity ID', amount: 'Amount' } }
          : { fileName: 'random.csv' };
        const result = importOpportunities(bytes, options);
        expectWellFormed(result);
        if (result.fatal === null) {
          expect(result.summary.imported + result.summary.rejected).toBe(result.summary.rowsRead);
        }
      }),
      { numRuns: 400 },
    );
  });
});
