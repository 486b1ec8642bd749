import { describe, expect, it } from 'vitest';
import { importKindFixture } from './kind-fixture';

describe('importRecords("leads") on a Salesforce leads report', () => {
  const result = importKindFixture('leads', 'salesforce-leads.csv');

  it('recognises the report and maps its columns', () => {
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      kind: 'leads',
      format: 'salesforce-leads',
      encoding: 'utf-8',
      delimiter: ',',
      dateOrder: 'mdy',
    });
    expect(result.summary.mapping).toEqual({
      id: 'Lead ID',
      createdDate: 'Created Date',
      accountName: 'Company / Account',
      leadSource: 'Lead Source',
      status: 'Lead Status',
      converted: 'Converted',
      convertedDate: 'Converted Date',
      convertedOpportunityId: 'Converted Opportunity',
      email: 'Email',
    });
  });

  it('reads 9 rows, matches the footer, rejects 3 and folds the 18-character id into its 15', () => {
    expect(result.summary).toMatchObject({
      rowsRead: 9,
      imported: 6,
      rejected: 3,
      skippedNonResponders: null,
      duplicateIds: ['00Q5g00000Ld002'],
      amountRead: null,
      amountStored: null,
      footerRecordCount: 9,
      footerMatches: true,
    });
    expect(result.records.map((r) => [r.id, r.status])).toEqual([
      ['00Q5g00000Ld001', 'Qualified'],
      ['00Q5g00000Ld002IAX', 'Qualified'],
      ['00Q5g00000Ld003', 'Disqualified'],
      ['00Q5g00000Ld005', 'Qualified'],
      ['00Q5g00000Ld006', 'Open'],
    ]);
  });

  it('names the line, column and reason of every rejected row, after a quoted line break too', () => {
    expect(result.errors).toEqual([
      {
        line: 5,
        column: 'Created Date',
        reason: 'Created Date is blank; every lead needs a created date.',
      },
      {
        line: 7,
        column: 'Lead ID',
        reason:
          'Lead ID “1.23457E+14” was mangled by Excel into scientific notation and cannot be recovered; re-export the report as CSV without opening it in Excel.',
      },
      {
        line: 11,
        column: 'Converted',
        reason: 'Converted “maybe” is not true or false (expected true/false, 1/0 or yes/no).',
      },
    ]);
  });

  it('reads a converted lead whole', () => {
    expect(result.records[0]).toEqual({
      id: '00Q5g00000Ld001',
      createdDate: '2026-03-02',
      accountName: 'Acme Corp',
      email: 'ana@acme.example',
      leadSource: 'Web',
      status: 'Qualified',
      statusDate: null,
      lifecycleStage: null,
      mqlDate: null,
      sqlDate: null,
      opportunityDate: null,
      customerDate: null,
      converted: true,
      convertedDate: '2026-03-20',
      convertedOpportunityId: '0065g00000Aa001',
    });
    expect(result.records[4]?.accountName).toBe('Hooli\nLabs');
    expect(result.records[4]?.converted).toBe(false);
  });
});

describe('importRecords("leads") on a HubSpot contacts export', () => {
  const result = importKindFixture('leads', 'hubspot-contacts.csv');

  it('recognises the export and maps the lifecycle dates', () => {
    expect(result.fatal).toBeNull();
    expect(result.summary.format).toBe('hubspot-contacts');
    expect(result.summary.mapping).toMatchObject({
      id: 'Record ID',
      createdDate: 'Create Date',
      lifecycleStage: 'Lifecycle Stage',
      status: 'Lead Status',
      leadSource: 'Original Source',
      mqlDate: 'Became a Marketing Qualified Lead Date',
      sqlDate: 'Became a Sales Qualified Lead Date',
      opportunityDate: 'Became an Opportunity Date',
      customerDate: 'Became a Customer Date',
      accountName: 'Associated Company',
      email: 'Email',
    });
  });

  it('imports 4 of 5 contacts and rejects the one created on 30 February', () => {
    expect(result.summary).toMatchObject({
      rowsRead: 5,
      imported: 4,
      rejected: 1,
      duplicateIds: [],
    });
    expect(result.errors).toEqual([
      {
        line: 5,
        column: 'Create Date',
        reason: 'Create Date “2026-02-30 08:00” is not a real date.',
      },
    ]);
  });

  it('cuts lifecycle datetimes to their dates', () => {
    expect(
      result.records.map((r) => [
        r.id,
        r.createdDate,
        r.lifecycleStage,
        r.leadSource,
        r.mqlDate,
        r.sqlDate,
        r.opportunityDate,
        r.customerDate,
        r.accountName,
      ]),
    ).toEqual([
      [
        '51',
        '2026-01-05',
        'customer',
        'Organic Search',
        '2026-01-10',
        '2026-01-20',
        '2026-02-01',
        '2026-03-15',
        'Acme Corp',
      ],
      [
        '52',
        '2026-01-08',
        'marketingqualifiedlead',
        'Paid Search',
        '2026-02-02',
        null,
        null,
        null,
        'Globex',
      ],
      ['53', '2026-02-11', 'lead', 'Offline Sources', null, null, null, null, null],
      [
        '55',
        '2026-03-01',
        'salesqualifiedlead',
        'Referrals',
        '2026-03-02',
        '2026-03-09',
        null,
        null,
        'Stark, Inc.',
      ],
    ]);
    expect(result.records.every((r) => r.converted === null)).toBe(true);
  });
});
