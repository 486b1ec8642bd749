import { describe, expect, it } from 'vitest';
import { TARGETS_CSV_TEMPLATE } from '../../../shared/import';
import { importKindFixture, importKindText } from './kind-fixture';

describe('importRecords("spend")', () => {
  it('reads a European Excel export: Windows-1252, semicolons, 1.234,56 € and months in four forms', () => {
    const result = importKindFixture('spend', 'european-spend.csv');
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      rowsRead: 7,
      imported: 5,
      rejected: 2,
      duplicateIds: null,
      // 1,234.56 + 12,500 + 980 + 2,000.10 + 3,000
      amountRead: 19714.66,
      amountStored: 19714.66,
    });
    expect(
      result.records.map((r) => [r.period, r.channel, r.campaign, r.amount, r.currency]),
    ).toEqual([
      ['2026-01', 'Paid Search', 'Brand – DACH', 1234.56, 'EUR'],
      ['2026-01', 'Events', 'Messe München', 12500, 'EUR'],
      ['2026-02', 'Paid Social', 'Retargeting', 980, 'EUR'],
      ['2026-03', 'Paid Search', 'Brand – DACH', 2000.1, 'EUR'],
      ['FY2026-Q2', 'Partners', 'Co-marketing', 3000, 'EUR'],
    ]);
    expect(result.errors).toEqual([
      {
        line: 6,
        column: 'Period',
        reason:
          'Period “2026-13” is not a period (expected a fiscal quarter like FY2026-Q3 or a month like 2026-03).',
      },
      { line: 7, column: 'Spend', reason: 'Spend is blank; every spend row needs an amount.' },
    ]);
  });

  it('reads daily spend in dollars, a bracketed refund negative', () => {
    const result = importKindFixture('spend', 'daily-spend.csv');
    expect(result.summary).toMatchObject({ imported: 3, amountRead: 6000, amountStored: 6000 });
    expect(result.records.map((r) => [r.date, r.period, r.amount, r.currency])).toEqual([
      ['2026-03-02', null, 1200, 'USD'],
      ['2026-03-15', null, 5000, 'USD'],
      ['2026-03-31', null, -200, null],
    ]);
  });

  it('stops a spend file that mixes currencies', () => {
    const result = importKindText(
      'spend',
      'Month,Channel,Spend\n2026-01,Web,€100\n2026-01,Events,$200\n',
    );
    expect(result.fatal).toBe(
      'This file mixes currencies (EUR, USD). Quarterdeck needs one reporting currency; convert the amounts or filter the report to one currency.',
    );
    expect(result.records).toEqual([]);
  });
});

describe('importRecords("targets")', () => {
  const result = importKindFixture('targets', 'targets.csv');

  it('imports 5 of 8 targets and keeps the last of two rows for one target', () => {
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      rowsRead: 8,
      imported: 5,
      rejected: 3,
      duplicateIds: ['FY2026-Q3 marketing all pipeline'],
      // 1,200,000 + 800,000 + 1,500,000 + 250,000 + 1,300,000
      amountRead: 5050000,
      // the first 1,200,000 replaced by the last row's 1,300,000
      amountStored: 3850000,
    });
    expect(result.records).toEqual([
      {
        period: 'FY2026-Q3',
        demandSource: 'marketing',
        segment: 'all',
        kind: 'pipeline',
        amount: 1300000,
      },
      {
        period: 'FY2026-Q3',
        demandSource: 'sales',
        segment: 'enterprise',
        kind: 'pipeline',
        amount: 800000,
      },
      {
        period: 'FY2026-Q3',
        demandSource: 'all',
        segment: 'all',
        kind: 'revenue',
        amount: 1500000,
      },
      {
        period: 'FY2026-Q3',
        demandSource: 'channel',
        segment: 'midmarket',
        kind: 'pipeline',
        amount: 250000,
      },
    ]);
  });

  it('says what a demand source, an amount and a period must look like', () => {
    expect(result.errors).toEqual([
      {
        line: 6,
        column: 'Demand Source',
        reason:
          'Demand Source “Events” is not a demand source (expected marketing, sales, tele, channel or all).',
      },
      {
        line: 7,
        column: 'Amount',
        reason: 'Amount “-5000” is negative; a target is an amount to reach.',
      },
      {
        line: 8,
        column: 'Period',
        reason: 'Period “Q3 2026” is not a fiscal quarter; write it like FY2026-Q3.',
      },
    ]);
  });

  it('hands out a template that imports as its two example targets', () => {
    expect(TARGETS_CSV_TEMPLATE.split('\n')[0]).toBe('Period,Demand source,Segment,Kind,Amount');
    const template = importKindText('targets', TARGETS_CSV_TEMPLATE);
    expect(template.fatal).toBeNull();
    expect(template.errors).toEqual([]);
    expect(template.records).toEqual([
      {
        period: 'FY2026-Q3',
        demandSource: 'marketing',
        segment: 'all',
        kind: 'pipeline',
        amount: 1200000,
      },
      {
        period: 'FY2026-Q3',
        demandSource: 'all',
        segment: 'enterprise',
        kind: 'revenue',
        amount: 800000,
      },
    ]);
  });

  it('is fatal when a required column is missing, naming it', () => {
    const missing = importKindText(
      'targets',
      'Period,Segment,Kind,Amount\nFY2026-Q3,all,pipeline,5\n',
    );
    expect(missing.fatal).toBe(
      'No demand source column found. Map a column to “demandSource” (headers read: “Period”, “Segment”, “Kind”, “Amount”).',
    );
  });
});
