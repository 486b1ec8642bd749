import { describe, expect, it } from 'vitest';
import { importKindFixture } from './kind-fixture';

describe('importRecords("meetings")', () => {
  it('reads a semicolon-separated log day-first, with kinds in the words sales teams use', () => {
    const result = importKindFixture('meetings', 'meetings-log.csv');
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      kind: 'meetings',
      format: 'custom',
      delimiter: ';',
      dateOrder: 'dmy',
      rowsRead: 6,
      imported: 4,
      rejected: 2,
      duplicateIds: null,
      amountRead: null,
    });
    expect(result.records).toEqual([
      {
        date: '2026-03-03',
        accountName: 'Acme Corp',
        accountId: null,
        kind: 'customer',
        owner: 'Jo Lee',
      },
      {
        date: '2026-03-05',
        accountName: 'Globex',
        accountId: null,
        kind: 'prospect',
        owner: 'Sam Park',
      },
      {
        date: '2026-03-17',
        accountName: 'Initech',
        accountId: null,
        kind: 'prospect',
        owner: 'Jo Lee',
      },
      {
        date: '2026-03-31',
        accountName: 'Stark, Inc.',
        accountId: null,
        kind: null,
        owner: 'Ria Das',
      },
    ]);
    expect(result.errors).toEqual([
      { line: 5, column: 'Account', reason: 'Account is blank; every meeting needs an account.' },
      {
        line: 6,
        column: 'Meeting Type',
        reason: 'Meeting Type “Partner” is not a meeting kind (expected prospect or customer).',
      },
    ]);
  });

  it('reads a tab-separated UTF-16BE log and rejects 31 April', () => {
    const result = importKindFixture('meetings', 'meetings-utf16be.csv');
    expect(result.summary).toMatchObject({
      encoding: 'utf-16be',
      delimiter: '\t',
      rowsRead: 3,
      imported: 2,
      rejected: 1,
    });
    expect(result.records.map((r) => [r.date, r.accountName, r.accountId, r.kind])).toEqual([
      ['2026-04-02', 'Müller AG', '0015g00000Bb010', 'prospect'],
      ['2026-04-09', 'Dupont SA', null, 'customer'],
    ]);
    expect(result.errors).toEqual([
      { line: 4, column: 'Date', reason: 'Date “2026-04-31” is not a real date.' },
    ]);
  });
});

describe('importRecords("accounts")', () => {
  it('reads a Salesforce accounts report: employees, region from Billing Country, 18-character duplicates', () => {
    const result = importKindFixture('accounts', 'salesforce-accounts.csv');
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      format: 'salesforce-accounts',
      rowsRead: 5,
      imported: 4,
      rejected: 1,
      duplicateIds: ['0015g00000Bb002'],
      footerRecordCount: 5,
      footerMatches: true,
    });
    expect(result.records).toEqual([
      {
        id: '0015g00000Bb001',
        name: 'Acme Corp',
        employees: 1200,
        segmentRaw: null,
        region: 'United States',
      },
      {
        id: '0015g00000Bb002AAA',
        name: 'Globex GmbH',
        employees: 90,
        segmentRaw: null,
        region: 'Germany',
      },
      {
        id: '0015g00000Bb004',
        name: 'Umbrella',
        employees: 15000,
        segmentRaw: null,
        region: 'United Kingdom',
      },
    ]);
    expect(result.errors).toEqual([
      {
        line: 4,
        column: 'Employees',
        reason: 'Employees “450.5” is not a whole number of employees.',
      },
    ]);
  });

  it('reads a HubSpot companies export with its segment column', () => {
    const result = importKindFixture('accounts', 'hubspot-companies.csv');
    expect(result.summary).toMatchObject({
      format: 'hubspot-companies',
      rowsRead: 3,
      imported: 2,
      rejected: 1,
    });
    expect(result.records).toEqual([
      {
        id: '9001',
        name: 'Acme Corp',
        employees: 1200,
        segmentRaw: 'Enterprise',
        region: 'United States',
      },
      { id: '9002', name: 'Globex', employees: null, segmentRaw: 'Mid-Market', region: 'Germany' },
    ]);
    expect(result.errors).toEqual([
      {
        line: 4,
        column: null,
        reason: 'This row has neither an account id nor a name; every account needs one of them.',
      },
    ]);
  });
});

describe('importRecords("target-accounts")', () => {
  const result = importKindFixture('target-accounts', 'target-accounts.csv');

  it('reads a tab-separated list and treats STARK LLC and Stark, Inc. as one account, the last row winning', () => {
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      delimiter: '\t',
      rowsRead: 5,
      imported: 4,
      rejected: 1,
      duplicateIds: ['Stark, Inc.'],
    });
    expect(result.records).toEqual([
      { accountName: 'Acme Corp', accountId: '0015g00000Bb001', tier: 'Tier 1', owner: 'Jo Lee' },
      { accountName: 'Globex', accountId: null, tier: 'Tier 2', owner: 'Sam Park' },
      { accountName: 'Stark, Inc.', accountId: null, tier: 'Tier 2', owner: 'Ria Das' },
    ]);
    expect(result.errors).toEqual([
      {
        line: 4,
        column: null,
        reason:
          'This row has neither an account name nor an account id; every target account needs one of them.',
      },
    ]);
  });
});
