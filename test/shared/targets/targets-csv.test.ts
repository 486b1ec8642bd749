import { describe, expect, it } from 'vitest';
import { importRecords } from '../../../shared/import/import-records';
import { TARGETS_CSV_TEMPLATE } from '../../../shared/import/targets-template';
import type { Target } from '../../../shared/records';
import { money } from '../../../shared/units';
import { targetsToCsv } from '../../../shared/targets/targets-csv';

const TARGETS: Target[] = [
  {
    period: 'FY2026-Q3',
    demandSource: 'marketing',
    segment: 'all',
    kind: 'pipeline',
    amount: money(1_200_000),
  },
  {
    period: 'FY2026-Q3',
    demandSource: 'all',
    segment: 'midmarket',
    kind: 'revenue',
    amount: money(450_000.5),
  },
  { period: 'FY2026-Q4', demandSource: 'tele', segment: 'smb', kind: 'pipeline', amount: money(0) },
];

describe('targetsToCsv', () => {
  it("writes the template's header and one quoted, formula-safe line per target", () => {
    expect(targetsToCsv(TARGETS)).toBe(
      [
        '"Period","Demand source","Segment","Kind","Amount"',
        '"FY2026-Q3","marketing","all","pipeline",1200000',
        '"FY2026-Q3","all","midmarket","revenue",450000.5',
        '"FY2026-Q4","tele","smb","pipeline",0',
        '',
      ].join('\r\n'),
    );
  });

  it('re-imports through the targets importer to the same targets', () => {
    const bytes = new TextEncoder().encode(targetsToCsv(TARGETS));
    const result = importRecords('targets', bytes, { fileName: 'quarterdeck-targets.csv' });
    expect(result.fatal).toBeNull();
    expect(result.errors).toEqual([]);
    expect(result.records).toEqual(TARGETS);
  });

  it('hands out a template that imports as two example targets', () => {
    const bytes = new TextEncoder().encode(TARGETS_CSV_TEMPLATE);
    const result = importRecords('targets', bytes, {
      fileName: 'quarterdeck-targets-template.csv',
    });
    expect(result.records).toEqual([
      {
        period: 'FY2026-Q3',
        demandSource: 'marketing',
        segment: 'all',
        kind: 'pipeline',
        amount: 1_200_000,
      },
      {
        period: 'FY2026-Q3',
        demandSource: 'all',
        segment: 'enterprise',
        kind: 'revenue',
        amount: 800_000,
      },
    ]);
  });
});
