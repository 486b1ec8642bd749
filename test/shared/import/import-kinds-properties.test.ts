import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importRecords } from '../../../shared/import';
import type { RecordImportResult, RecordKind } from '../../../shared/import';

/** The checks every result must pass, whatever the input. */
function expectWellFormed<K extends RecordKind>(result: RecordImportResult<K>): void {
  for (const error of result.errors) {
    expect(Number.isInteger(error.line)).toBe(true);
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column === null || typeof error.column === 'string').toBe(true);
    expect(error.reason.length).toBeGreaterThan(0);
    // A cell's problem names its column as the file's header says it; a row's names none.
    if (error.column !== null) expect(result.summary.headers).toContain(error.column);
  }
  // Every message is shown under the file's own name.
  expect(result.summary.fileName.length).toBeGreaterThan(0);
  // The engine's safety net must never be what answered.
  expect(result.fatal ?? '').not.toMatch(/^Quarterdeck could not read this file/);
  if (result.fatal !== null) expect(result.records).toEqual([]);
  const { summary } = result;
  const counted = summary.imported + summary.rejected + (summary.skippedNonResponders ?? 0);
  if (result.fatal === null) expect(counted).toBe(summary.rowsRead);
  else expect(counted).toBeLessThanOrEqual(summary.rowsRead);
}

/** A header row each kind recognises, and cells that exercise its coercions. */
const KINDS: [RecordKind, string, string[]][] = [
  ['leads', 'Lead ID,Created Date,Converted,Converted Date', ['00Q1', '3/14/2026', '1', 'maybe']],
  [
    'touchpoints',
    'Campaign Name,Campaign Type,Responded,First Responded Date,Created Date,Lead ID',
    ['Webinar', '0', '1', '2026-02-30', '00Q1'],
  ],
  ['meetings', 'Meeting Date,Account,Meeting Type,Owner', ['customer', 'Partner', '17/03/2026']],
  ['accounts', 'Account ID,Account Name,Employees,Region', ['0015g00000Bb001', '450.5', '1,200']],
  ['target-accounts', 'Account Name,Account ID,Tier,Owner', ['Stark, Inc.', 'STARK LLC', 'Tier 1']],
  ['spend', 'Period,Channel,Spend,Campaign', ['FY2026-Q3', '2026-13', 'Mar 2026', '€5', '$5']],
  [
    'targets',
    'Period,Demand source,Segment,Kind,Amount',
    ['FY2026-Q3', 'all', 'smb', 'revenue', '-5'],
  ],
];

const sharedCells = [
  '',
  '1.23457E+11',
  '$1,200.00',
  '1.234,56 €',
  '(5)',
  '31/02/2026',
  '01/03/2026',
  '46082',
  '"',
  '""',
  'Total',
  'Grand Totals (3 records)',
];

for (const [kind, header, cells] of KINDS) {
  describe(`importRecords("${kind}") never throws`, () => {
    it('on random bytes', () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
          expectWellFormed(importRecords(kind, bytes, { fileName: 'random.bin' }));
        }),
        { numRuns: 150 },
      );
    });

    it('on random CSV-ish rows under its own header, in any separator', () => {
      const cell = fc.oneof(
        fc.constantFrom(...sharedCells, ...cells),
        fc.string({ maxLength: 10 }),
      );
      const sep = fc.constantFrom(',', ';', '\t', '|');
      const text = fc
        .tuple(sep, fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 10 }))
        .map(([s, rows]) =>
          [header.split(',').join(s), ...rows.map((row) => row.join(s))].join('\n'),
        );
      fc.assert(
        fc.property(text, (csv) => {
          expectWellFormed(
            importRecords(kind, new TextEncoder().encode(csv), { fileName: 'random.csv' }),
          );
        }),
        { numRuns: 200 },
      );
    });
  });
}
