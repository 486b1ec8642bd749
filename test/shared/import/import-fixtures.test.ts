import { describe, expect, it } from 'vitest';
import { importFixture } from './fixture';

describe('importOpportunities on a Salesforce opportunities report', () => {
  const result = importFixture('salesforce-opportunities.csv');

  it('recognises the report and maps its columns', () => {
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      fileName: 'salesforce-opportunities.csv',
      format: 'salesforce-opportunities',
      encoding: 'utf-8',
      delimiter: ',',
      dateOrder: 'mdy',
    });
    expect(result.summary.mapping).toMatchObject({
      id: 'Opportunity ID',
      amount: 'Amount',
      closeDate: 'Close Date',
      createdDate: 'Created Date',
      leadSource: 'Lead Source',
      employees: 'Employees',
      probability: 'Probability (%)',
    });
    expect(result.summary.ambiguousDateColumns).toBeUndefined();
  });

  it('reads 8 rows, strips the footer and confirms its Grand Totals count', () => {
    expect(result.summary).toMatchObject({
      rowsRead: 8,
      imported: 8,
      rejected: 0,
      footerRecordCount: 8,
      footerMatches: true,
      duplicateIds: [],
    });
    expect(result.records.map((r) => r.id)).toEqual([
      '0065g00000Aa001',
      '0065g00000Aa002',
      '0065g00000Aa003',
      '0065g00000Aa004',
      '0065g00000Aa005',
      '0065g00000Aa006',
      '0065g00000Aa007',
      '0065g00000Aa008',
    ]);
  });

  it('sums amounts to the cent: 12,400 + 8,000 + 95,570.69 + 5,000.50 + 20,000 + 31,000 + 7,250.25', () => {
    expect(result.summary.amountRead).toBe(179221.44);
    expect(result.summary.amountStored).toBe(179221.44);
  });

  it('lists the open deal without an amount and the one without a close date', () => {
    expect(result.summary.openWithoutAmount).toEqual(['0065g00000Aa006']);
    expect(result.summary.undatedIds).toEqual(['0065g00000Aa005']);
  });

  it('derives status from the stage names', () => {
    expect(result.records.map((r) => r.status)).toEqual([
      'won',
      'lost',
      'open',
      'open',
      'open',
      'open',
      'won',
      'open',
    ]);
  });

  it('keeps a quoted line break inside a name and reads every field of a row', () => {
    expect(result.records[1]).toEqual({
      id: '0065g00000Aa002',
      name: 'Globex - Renewal\n(multi-year)',
      accountId: '0015g00000Bb002',
      accountName: 'Globex',
      amount: 8000,
      currency: null,
      createdDate: '2026-01-20',
      closeDate: '2026-04-02',
      stage: 'Closed Lost',
      status: 'lost',
      forecastCategory: 'Omitted',
      probability: 0,
      leadSource: 'Partner Referral',
      type: 'Renewal',
      segmentRaw: null,
      employees: 85,
      region: null,
      owner: 'Sam Park',
      leadId: null,
      primaryCampaign: null,
    });
  });

  it('reads employee counts, probabilities and lead sources, blanks as null', () => {
    expect(result.records.map((r) => r.employees)).toEqual([
      1200,
      85,
      450,
      15000,
      null,
      2500,
      9800,
      60,
    ]);
    expect(result.records.map((r) => r.probability)).toEqual([100, 0, 60, 75, 10, 10, 100, 40]);
    expect(result.records.map((r) => r.leadSource)).toEqual([
      'Web',
      'Partner Referral',
      'SDR Outbound',
      'Sales Email',
      null,
      'Web',
      'Partner Referral',
      'Web',
    ]);
  });

  it('previews the headers and the first data rows as read', () => {
    expect(result.preview.headers).toHaveLength(15);
    expect(result.preview.rows).toHaveLength(8);
    expect(result.preview.rows[0]?.[4]).toBe('12400.00');
    expect(result.preview.rows[2]?.[4]).toBe('95,570.69');
  });
});

describe('importOpportunities on other real-world shapes', () => {
  it('reads an Excel "Unicode Text" export: UTF-16LE, tab-separated, day-first dates', () => {
    const result = importFixture('salesforce-utf16le.csv');
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      format: 'salesforce-opportunities',
      encoding: 'utf-16le',
      delimiter: '\t',
      dateOrder: 'dmy',
      rowsRead: 3,
      imported: 3,
      amountRead: 29200.74,
    });
    expect(result.records.map((r) => [r.name, r.closeDate, r.status])).toEqual([
      ['Müller Platform', '2026-03-13', 'won'],
      ['Dupont Renewal', '2026-04-02', 'lost'],
      ['Nakamura Pilot', '2026-06-30', 'open'],
    ]);
  });

  it('reads a HubSpot deals export: datetimes cut to their date, fractions as percent', () => {
    const result = importFixture('hubspot-deals.csv');
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      format: 'hubspot-deals',
      rowsRead: 5,
      imported: 5,
      rejected: 0,
      amountRead: 137071.19,
      amountStored: 137071.19,
      openWithoutAmount: ['18000000004'],
      undatedIds: ['18000000004'],
      footerRecordCount: null,
      footerMatches: null,
    });
    expect(result.summary.mapping).toMatchObject({
      id: 'Record ID',
      leadSource: 'Original Source Type',
      accountName: 'Associated Company',
      employees: 'Number of Employees',
      probability: 'Deal probability',
    });
    expect(
      result.records.map((r) => [r.createdDate, r.closeDate, r.status, r.probability, r.employees]),
    ).toEqual([
      ['2026-01-15', '2026-03-31', 'won', 100, 1200],
      ['2026-02-01', '2026-04-15', 'lost', 0, 240],
      ['2026-03-03', '2026-10-01', 'open', 90, 80],
      ['2026-03-20', null, 'open', 20, null],
      ['2026-04-02', '2026-06-30', 'open', 60, 15000],
    ]);
  });

  it('reads a European Excel export: Windows-1252, semicolons, 1.234,56 € and dotted dates', () => {
    const result = importFixture('european-semicolon.csv');
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ';',
      dateOrder: 'dmy',
      imported: 4,
      amountRead: 2014714.56,
    });
    expect(result.records.map((r) => [r.accountName, r.amount, r.currency, r.closeDate])).toEqual([
      ['Société Générale', 1234.56, 'EUR', '2026-03-01'],
      ['Müller AG', 12500, 'EUR', '2026-06-30'],
      ['Café SARL', 980, 'EUR', '2026-07-15'],
      ['Ørsted A/S', 2000000, 'EUR', '2026-12-31'],
    ]);
    expect(result.records[0]?.name).toBe('Société Générale – Renewal');
  });

  it('asks for a mapping when no header is recognised, proposing what it can', () => {
    const result = importFixture('custom-headers.csv');
    expect(result.fatal).toBe(
      'No opportunity id column found. Map a column to “id” (headers read: “Deal Ref”, “Client”, “Deal Value”, “Expected Close”, “Opened On”, “Pipeline Step”, “Origin”).',
    );
    expect(result.summary.mapping).toEqual({ amount: 'Deal Value' });
    expect(result.records).toEqual([]);
    expect(result.preview.rows).toHaveLength(4);
  });

  const customMapping = {
    id: 'Deal Ref',
    accountName: 'Client',
    amount: 'Deal Value',
    closeDate: 'Expected Close',
    createdDate: 'Opened On',
    stage: 'Pipeline Step',
    leadSource: 'Origin',
  };

  it('imports unrecognised headers with a user mapping, month-first by default and flagged', () => {
    const result = importFixture('custom-headers.csv', { mapping: customMapping });
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      format: 'custom',
      dateOrder: 'mdy',
      ambiguousDateColumns: ['Opened On', 'Expected Close'],
      imported: 4,
      // 12,400 + 8,000 + 3,250.10 − 1,200
      amountRead: 22450.1,
      amountStored: 22450.1,
    });
    expect(result.records.map((r) => [r.closeDate, r.status, r.currency])).toEqual([
      ['2026-01-03', 'won', 'USD'],
      ['2026-02-04', 'lost', 'USD'],
      ['2026-11-06', 'open', 'USD'],
      ['2026-12-07', 'open', 'USD'],
    ]);
  });

  it('reads the same file day-first when the user says so, without flagging it', () => {
    const result = importFixture('custom-headers.csv', {
      mapping: customMapping,
      dateOrder: 'dmy',
    });
    expect(result.summary.dateOrder).toBe('dmy');
    expect(result.summary.ambiguousDateColumns).toBeUndefined();
    expect(result.records.map((r) => [r.createdDate, r.closeDate])).toEqual([
      ['2026-01-05', '2026-03-01'],
      ['2026-02-06', '2026-04-02'],
      ['2026-03-10', '2026-06-11'],
      ['2026-04-09', '2026-07-12'],
    ]);
  });
});

describe('importOpportunities on bad files', () => {
  it('refuses an empty file', () => {
    const result = importFixture('empty.csv');
    expect(result.fatal).toBe('This file is empty: it has no header row and no data rows.');
    expect(result.records).toEqual([]);
  });

  it('refuses an Excel workbook with the way out', () => {
    expect(importFixture('binary-xlsx.csv').fatal).toBe(
      'This file is not a CSV export: it looks like a binary file (e.g. an Excel .xlsx). In Excel, use File → Save As → CSV UTF-8.',
    );
  });

  it('refuses a file without an id column, naming the headers it read', () => {
    expect(importFixture('no-id-column.csv').fatal).toBe(
      'No opportunity id column found. Map a column to “id” (headers read: “Opportunity Name”, “Amount”, “Close Date”, “Stage”).',
    );
  });

  it('refuses a file none of whose rows imports, quoting the first problem and listing all', () => {
    const result = importFixture('all-invalid.csv');
    expect(result.fatal).toBe(
      'None of the 4 rows could be imported; the first problem is on line 2: Opportunity ID is blank; every opportunity needs an id.',
    );
    expect(result.records).toEqual([]);
    expect(result.summary).toMatchObject({ rowsRead: 4, imported: 0, rejected: 4 });
    expect(result.errors).toEqual([
      {
        line: 2,
        column: 'Opportunity ID',
        reason: 'Opportunity ID is blank; every opportunity needs an id.',
      },
      {
        line: 3,
        column: 'Opportunity ID',
        reason:
          'Opportunity ID “1.23457E+11” was mangled by Excel into scientific notation and cannot be recovered; re-export the report as CSV without opening it in Excel.',
      },
      { line: 4, column: 'Close Date', reason: 'Close Date “2026-02-30” is not a real date.' },
      { line: 5, column: 'Amount', reason: 'Amount “lots” is not an amount.' },
    ]);
  });

  it('stops a file that mixes currencies', () => {
    const result = importFixture('mixed-currency.csv');
    expect(result.fatal).toBe(
      'This file mixes currencies (USD, EUR). Quarterdeck needs one reporting currency; convert the amounts or filter the report to one currency.',
    );
    expect(result.records).toEqual([]);
  });

  it('rejects rows whose ids Excel turned into scientific notation and keeps the others', () => {
    const result = importFixture('excel-mangled-ids.csv');
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      rowsRead: 4,
      imported: 2,
      rejected: 2,
      amountRead: 4000,
    });
    expect(result.records.map((r) => r.id)).toEqual(['123456789012', '123456789014']);
    expect(result.errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'Record ID'],
      [5, 'Record ID'],
    ]);
    expect(result.errors[1]?.reason).toBe(
      'Record ID “1.23458E+11” was mangled by Excel into scientific notation and cannot be recovered; re-export the report as CSV without opening it in Excel.',
    );
  });

  it('says when the footer count disagrees with the rows read', () => {
    const result = importFixture('footer-mismatch.csv');
    expect(result.summary).toMatchObject({
      rowsRead: 4,
      imported: 4,
      footerRecordCount: 5,
      footerMatches: false,
      amountRead: 10000,
      ambiguousDateColumns: ['Close Date'],
    });
  });
});
