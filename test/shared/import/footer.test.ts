import { describe, expect, it } from 'vitest';
import { isTotalRow, stripFooter } from '../../../shared/import/footer';
import { parseCsv } from '../../../shared/import/parse';

describe('stripFooter', () => {
  it('strips the Salesforce footer and reads N from Grand Totals', () => {
    const text =
      '"Opportunity ID","Amount"\n"006A","1"\n"006B","2"\n\n"Grand Totals (2 records)"\n\n' +
      '"Confidential Information - Do Not Distribute"\n"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."\n';
    const result = stripFooter(parseCsv(text).rows);
    expect(result.footerRecordCount).toBe(2);
    expect(result.rows.map((row) => row.cells[0])).toEqual(['Opportunity ID', '006A', '006B']);
  });

  it('reads a thousands-separated N', () => {
    const text = 'id\n1\n\n"Grand Totals (1,234 records)"\n';
    expect(stripFooter(parseCsv(text).rows).footerRecordCount).toBe(1234);
  });

  it('leaves a file without a footer as it is', () => {
    const rows = parseCsv('id,amount\n1,5\n2,6').rows;
    expect(stripFooter(rows)).toEqual({ rows, footerRecordCount: null });
  });

  it('never strips the header row', () => {
    const rows = parseCsv('"Confidential Information - Do Not Distribute"').rows;
    expect(stripFooter(rows).rows).toHaveLength(1);
  });
});

describe('isTotalRow', () => {
  it('takes a row with no id and a Total cell for a summary total', () => {
    expect(isTotalRow(['', 'Total', '', '12000'], 0)).toBe(true);
    expect(isTotalRow(['Subtotal', '', '5000'], 1)).toBe(true);
  });

  it('keeps a row without an id whose cell only starts with Total, so it is reported', () => {
    expect(isTotalRow(['', 'Total Wine renewal', '5000'], 0)).toBe(false);
  });

  it('keeps a row that has an id, even if its name says total', () => {
    expect(isTotalRow(['006A', 'Total Wine renewal', '5000'], 0)).toBe(false);
  });
});
