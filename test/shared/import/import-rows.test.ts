import { describe, expect, it } from 'vitest';
import { importText } from './fixture';

describe('importOpportunities row by row', () => {
  it('reports the physical line of a bad row that follows a quoted line break', () => {
    const text = [
      'Opportunity ID,Opportunity Name,Close Date',
      '006A,"Two',
      'line name",31/03/2026',
      '006B,Bad date,31/02/2026',
      '006C,Fine,01/04/2026',
    ].join('\n');
    const result = importText(text);
    expect(result.summary.dateOrder).toBe('dmy');
    expect(result.errors).toEqual([
      { line: 4, column: 'Close Date', reason: 'Close Date “31/02/2026” is not a real date.' },
    ]);
    expect(result.records.map((r) => [r.id, r.closeDate])).toEqual([
      ['006A', '2026-03-31'],
      ['006C', '2026-04-01'],
    ]);
  });

  it('calls a word in a date column not a date', () => {
    const result = importText('Opportunity ID,Close Date\n006A,soon\n006B,2026-03-01');
    expect(result.errors).toEqual([
      {
        line: 2,
        column: 'Close Date',
        reason: 'Close Date “soon” is not a date (expected e.g. 2026-03-01).',
      },
    ]);
  });

  it('keeps the last of duplicate ids, lists them, and reconciles read against stored amounts', () => {
    const text =
      'Opportunity ID,Amount,Stage\n006A,100.10,Open\n006B,50,Open\n006A,200.20,Closed Won\n';
    const result = importText(text);
    expect(result.summary).toMatchObject({
      rowsRead: 3,
      imported: 3,
      rejected: 0,
      duplicateIds: ['006A'],
      amountRead: 350.3,
      amountStored: 250.2,
    });
    expect(result.records.map((r) => [r.id, r.amount, r.status])).toEqual([
      ['006A', 200.2, 'won'],
      ['006B', 50, 'open'],
    ]);
  });

  it('treats an 18-character Salesforce id as the 15-character id it extends', () => {
    const text =
      'Opportunity ID,Amount\n0065g00000AbCdE,100\n0065g00000XyZwV,5\n0065g00000AbCdEIAX,300\n';
    const result = importText(text);
    expect(result.summary.duplicateIds).toEqual(['0065g00000AbCdE']);
    expect(result.records.map((r) => [r.id, r.amount])).toEqual([
      ['0065g00000AbCdEIAX', 300],
      ['0065g00000XyZwV', 5],
    ]);
    expect(result.summary.amountStored).toBe(305);
  });

  it('keeps 18-character ids apart when no 15-character twin is in the file', () => {
    const text = 'Opportunity ID,Amount\n0065g00000AbCdEIAX,1\n0065g00000AbCdFIAX,2\n';
    expect(importText(text).records.map((r) => r.id)).toEqual([
      '0065g00000AbCdEIAX',
      '0065g00000AbCdFIAX',
    ]);
  });

  it('rejects a row with more values than headers and accepts one with trailing values missing', () => {
    const text = 'Opportunity ID,Amount,Stage\n006A,1,000.00,Closed Won\n006B,500\n006C,7,Open,,\n';
    const result = importText(text);
    expect(result.errors).toEqual([
      {
        line: 2,
        column: null,
        reason:
          'This row has 4 values but the header has 3 columns; a value probably holds an unquoted comma.',
      },
    ]);
    expect(result.records.map((r) => [r.id, r.amount, r.stage])).toEqual([
      ['006B', 500, null],
      ['006C', 7, 'Open'],
    ]);
  });

  it('rejects a row whose quote is never closed, at the line it starts', () => {
    const result = importText('Opportunity ID,Name\n006A,Fine\n006B,"Broken\n006C,Lost');
    expect(result.records.map((r) => r.id)).toEqual(['006A']);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ line: 3, column: null });
    expect(result.errors[0]?.reason).toMatch(/never closed/);
  });

  it('reports every bad cell of a rejected row', () => {
    const text =
      'Opportunity ID,Amount,Close Date,Probability (%),Employees,Won\n006A,ten,2026-13-01,140,51-200,maybe\n006B,1,2026-01-01,5,3,no\n';
    const result = importText(text);
    expect(result.summary.rejected).toBe(1);
    expect(result.errors).toEqual([
      { line: 2, column: 'Amount', reason: 'Amount “ten” is not an amount.' },
      { line: 2, column: 'Close Date', reason: 'Close Date “2026-13-01” is not a real date.' },
      {
        line: 2,
        column: 'Probability (%)',
        reason: 'Probability (%) “140” is not a probability between 0 and 100.',
      },
      {
        line: 2,
        column: 'Employees',
        reason: 'Employees “51-200” is not a whole number of employees.',
      },
      {
        line: 2,
        column: 'Won',
        reason: 'Won “maybe” is not true or false (expected true/false, 1/0 or yes/no).',
      },
    ]);
  });

  it('prefers explicit Won and Closed columns to the stage name', () => {
    const text = [
      'Opportunity ID,Stage,Won,Closed',
      '006A,Negotiation,true,true',
      '006B,Closed Won,false,true',
      '006C,Closed Lost,0,0',
      '006D,Closed Lost,,',
    ].join('\n');
    expect(importText(text).records.map((r) => r.status)).toEqual(['won', 'lost', 'open', 'lost']);
  });

  it('applies edited stage rules', () => {
    const text = 'Opportunity ID,Stage\n006A,Signed\n006B,Closed Won\n006C,Disqualified\n';
    const result = importText(text, {
      stageRules: [
        { pattern: '^signed$', status: 'won' },
        { pattern: 'disqualified', status: 'lost' },
      ],
    });
    expect(result.records.map((r) => r.status)).toEqual(['won', 'open', 'lost']);
  });

  it('captures the currency of amount symbols when there is no currency column', () => {
    const result = importText('Opportunity ID,Amount\n006A,"$1,000"\n006B,USD 250.5\n006C,\n');
    expect(result.records.map((r) => [r.amount, r.currency])).toEqual([
      [1000, 'USD'],
      [250.5, 'USD'],
      [null, null],
    ]);
  });

  it('stops a file whose amount symbols name two currencies', () => {
    const result = importText('Opportunity ID,Amount\n006A,"$1,000"\n006B,"£250"\n006C,"€9"\n');
    expect(result.fatal).toBe(
      'This file mixes currencies (USD, GBP, EUR). Quarterdeck needs one reporting currency; convert the amounts or filter the report to one currency.',
    );
  });

  it('lets a currency column win over symbols in the amounts', () => {
    const result = importText('Opportunity ID,Amount,Currency\n006A,€100,eur\n006B,$5,EUR\n');
    expect(result.fatal).toBeNull();
    expect(result.records.map((r) => r.currency)).toEqual(['EUR', 'EUR']);
  });

  it('skips the Total rows of a Salesforce summary export and does not count them', () => {
    const text =
      '"Stage","Opportunity ID","Amount"\n"Prospecting","006A","100"\n"","006B","50"\n"Total","","150"\n\n"Grand Totals (2 records)"\n';
    const result = importText(text);
    expect(result.summary).toMatchObject({
      rowsRead: 2,
      imported: 2,
      footerMatches: true,
      amountStored: 150,
    });
  });

  it('previews at most 8 data rows', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `00${i},${i}`);
    const result = importText(['Opportunity ID,Amount', ...rows].join('\n'));
    expect(result.preview.rows).toHaveLength(8);
    expect(result.preview.rows[7]).toEqual(['007', '7']);
    expect(result.summary.rowsRead).toBe(12);
  });

  it('refuses a header without data rows', () => {
    expect(importText('Opportunity ID,Amount\n\n').fatal).toBe(
      'This file has a header row but no data rows.',
    );
  });

  it('refuses a mapping that names a column the file lacks', () => {
    const result = importText('Ref,Value\nA,1\n', { mapping: { id: 'Ref', amount: 'Deal Value' } });
    expect(result.fatal).toBe(
      'The mapping names a column this file does not have: “Deal Value” (for amount) (headers read: “Ref”, “Value”).',
    );
  });

  it('reads Excel serial dates and trims cells', () => {
    const result = importText(
      'Opportunity ID,Created Date,Close Date,Name\n 006A ,46082,46113.25,  Acme  \n',
    );
    expect(result.records[0]).toMatchObject({
      id: '006A',
      createdDate: '2026-03-01',
      closeDate: '2026-04-01',
      name: 'Acme',
    });
  });

  it('lends a settled date order to a date column that cannot settle its own', () => {
    const text =
      'Opportunity ID,Created Date,Close Date\n006A,20/01/2026,03/02/2026\n006B,05/02/2026,04/03/2026\n';
    const result = importText(text);
    expect(result.summary.ambiguousDateColumns).toBeUndefined();
    expect(result.records.map((r) => r.closeDate)).toEqual(['2026-02-03', '2026-03-04']);
  });
});
