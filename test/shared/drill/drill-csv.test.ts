import { describe, expect, it } from 'vitest';
import { drillCsv } from '../../../shared/drill';

describe('drillCsv', () => {
  it('writes the column labels, then every record, with formula-like text neutralised', () => {
    const csv = drillCsv({
      columns: [
        { key: 'id', label: 'Opportunity id', align: 'left' },
        { key: 'leadSource', label: 'Lead source', align: 'left' },
        { key: 'amount', label: 'Amount', align: 'right' },
      ],
      rows: [
        ['o1', '=HYPERLINK("http://x")', 1000.5],
        ['o2', '+1', -20],
        ['o3', '-1', 0],
        ['o4', '@SUM(A1)', null],
        ['o5', '\tWeb', 1],
        ['o6', '\rWeb', 2],
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      '"Opportunity id","Lead source","Amount"',
      '"o1","\'=HYPERLINK(""http://x"")",1000.5',
      '"o2","\'+1",-20',
      '"o3","\'-1",0',
      '"o4","\'@SUM(A1)",',
      '"o5","\'\tWeb",1',
      '"o6","\'\rWeb",2',
      '',
    ]);
  });
});
