import { describe, expect, it } from 'vitest';
import {
  detectFileKind,
  detectRecordKind,
  proposeRecordMapping,
  readHeaders,
  recordFields,
  recordRequirements,
} from '../../../shared/import';
import type { RecordKind } from '../../../shared/import';
import { fixtureBytes } from './fixture';
import { kindFixtureBytes } from './kind-fixture';

describe('detectFileKind on every fixture', () => {
  const cases: [RecordKind, string][] = [
    ['leads', 'salesforce-leads.csv'],
    ['leads', 'hubspot-contacts.csv'],
    ['touchpoints', 'salesforce-campaign-members.csv'],
    ['touchpoints', 'salesforce-campaign-influence.csv'],
    ['touchpoints', 'generic-touchpoints.csv'],
    ['meetings', 'meetings-log.csv'],
    ['meetings', 'meetings-utf16be.csv'],
    ['accounts', 'salesforce-accounts.csv'],
    ['accounts', 'hubspot-companies.csv'],
    ['target-accounts', 'target-accounts.csv'],
    ['spend', 'european-spend.csv'],
    ['spend', 'daily-spend.csv'],
    ['targets', 'targets.csv'],
  ];
  for (const [kind, name] of cases) {
    it(`calls ${name} ${kind}`, () => {
      expect(detectFileKind(kindFixtureBytes(kind, name))).toBe(kind);
    });
  }

  for (const name of [
    'salesforce-opportunities.csv',
    'hubspot-deals.csv',
    'salesforce-utf16le.csv',
    'european-semicolon.csv',
  ]) {
    it(`calls ${name} opportunities`, () => {
      expect(detectFileKind(fixtureBytes(name))).toBe('opportunities');
    });
  }
});

describe('detectRecordKind', () => {
  it('does not guess when a date and an account could be a meeting or a touch', () => {
    expect(detectRecordKind(['Date', 'Account'])).toBeNull();
  });

  it('does not guess when no kind has its required columns', () => {
    expect(detectRecordKind(['Foo', 'Bar'])).toBeNull();
    expect(detectRecordKind([])).toBeNull();
  });

  it('tells a target-account list from an accounts export by its Tier column', () => {
    expect(detectRecordKind(['Account Name', 'Account ID', 'Tier', 'Account Owner'])).toBe(
      'target-accounts',
    );
    expect(detectRecordKind(['Account Name', 'Account ID', 'Industry', 'Employees'])).toBe(
      'accounts',
    );
  });
});

describe('readHeaders', () => {
  it('reads the header row of a Windows-1252 file', () => {
    expect(readHeaders(kindFixtureBytes('spend', 'european-spend.csv'))).toEqual([
      'Period',
      'Channel',
      'Campaign',
      'Spend',
    ]);
  });

  it('gives no headers for an empty or binary file', () => {
    expect(readHeaders(new Uint8Array())).toEqual([]);
    expect(readHeaders(fixtureBytes('binary-xlsx.csv'))).toEqual([]);
  });
});

describe('proposeRecordMapping and recordFields', () => {
  it('maps a HubSpot contacts export’s older Contact ID header', () => {
    expect(proposeRecordMapping('leads', ['Contact ID', 'Create Date', 'Lifecycle Stage'])).toEqual(
      {
        format: 'hubspot-contacts',
        mapping: {
          id: 'Contact ID',
          createdDate: 'Create Date',
          lifecycleStage: 'Lifecycle Stage',
        },
      },
    );
  });

  it('lists each kind’s fields once, with its requirements', () => {
    expect(recordFields('targets').map((f) => [f.field, f.required])).toEqual([
      ['period', true],
      ['demandSource', true],
      ['segment', true],
      ['kind', true],
      ['amount', true],
    ]);
    expect(recordRequirements('touchpoints')).toEqual([
      ['date', 'firstRespondedDate'],
      ['opportunityId', 'accountId', 'accountName', 'leadId', 'contactId'],
    ]);
    expect(recordFields('opportunities')).toHaveLength(21);
  });
});
