import { describe, expect, it } from 'vitest';
import {
  PAGE_SIZE,
  pageRecords,
  toColumns,
  toPages,
} from '../../../renderer/src/data/record-pages';

describe('records stored by column', () => {
  it('lays records of one shape out one array per field, and gives them back equal', () => {
    const records = [
      { id: 'A', amount: 100, closeDate: '2026-03-31', owner: null },
      { id: 'B', amount: null, closeDate: '2026-04-02', owner: 'Ann' },
    ];

    const columns = toColumns(records);

    expect(columns).toEqual({
      id: ['A', 'B'],
      amount: [100, null],
      closeDate: ['2026-03-31', '2026-04-02'],
      owner: [null, 'Ann'],
    });
    expect(pageRecords({ count: 2, columns })).toEqual(records);
  });

  it('keeps a field that only later records have, and leaves it off the records without it', () => {
    const records = [{ id: 'A' }, { id: 'B', tier: 'Tier 1' }, { id: 'C' }];

    const columns = toColumns(records);

    expect(columns).toEqual({ id: ['A', 'B', 'C'], tier: [undefined, 'Tier 1', undefined] });
    const back = pageRecords({ count: 3, columns });
    expect(back).toEqual(records);
    expect('tier' in (back[0] ?? {})).toBe(false);
  });

  it('keeps a record that lacks one of the first record’s fields without that field', () => {
    const records = [
      { id: 'A', tier: 'Tier 2' },
      { id: 'B', owner: 'Ann' },
    ];

    const back = pageRecords({ count: 2, columns: toColumns(records) });

    expect(back).toEqual(records);
    expect(Object.keys(back[1] ?? {}).sort()).toEqual(['id', 'owner']);
  });

  it('cuts 12,001 records into pages of 5,000, 5,000 and 2,001 numbered from the first page given', () => {
    const records = Array.from({ length: 12_001 }, (_, i) => ({ id: `R${i}` }));

    const pages = toPages('batch-1', 'leads', records, 3);

    expect(PAGE_SIZE).toBe(5000);
    expect(pages.map((p) => [p.batchId, p.kind, p.page, p.count])).toEqual([
      ['batch-1', 'leads', 3, 5000],
      ['batch-1', 'leads', 4, 5000],
      ['batch-1', 'leads', 5, 2001],
    ]);
    expect(pages.flatMap((p) => pageRecords(p))).toEqual(records);
  });

  it('stores no page for no records', () => {
    expect(toPages('batch-1', 'spend', [])).toEqual([]);
  });
});
