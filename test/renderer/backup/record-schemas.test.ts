import { describe, expect, it } from 'vitest';
import {
  RECORD_SCHEMAS,
  RECORD_SUMMARY_SCHEMAS,
  recordOfKind,
  type SummaryKind,
} from '../../../renderer/src/backup/record-schemas';
import { importRecords } from '../../../shared/import';
import type { RecordKind, RecordOfKind } from '../../../shared/import';
import { isoDate, money } from '../../../shared/units';

/** One valid record of every kind, written out field by field. */
const VALID: { [K in RecordKind]: RecordOfKind[K] } = {
  opportunities: {
    id: '006A',
    name: 'Acme renewal',
    accountId: '001A',
    accountName: 'Acme',
    amount: money(12500.5),
    currency: 'EUR',
    createdDate: isoDate('2026-01-05'),
    closeDate: null,
    stage: 'Negotiation',
    status: 'open',
    forecastCategory: 'Pipeline',
    probability: 60,
    leadSource: 'Webinar',
    type: 'New Business',
    segmentRaw: null,
    employees: 250,
    region: 'EMEA',
    owner: 'Ana',
    leadId: null,
    primaryCampaign: 'Spring webinar',
  },
  leads: {
    id: '00Q1',
    createdDate: isoDate('2026-01-05'),
    accountName: 'Acme',
    email: 'ana@acme.test',
    leadSource: 'Webinar',
    status: 'Qualified',
    statusDate: isoDate('2026-01-20'),
    lifecycleStage: null,
    mqlDate: isoDate('2026-01-10'),
    sqlDate: null,
    opportunityDate: null,
    customerDate: null,
    converted: true,
    convertedDate: isoDate('2026-02-01'),
    convertedOpportunityId: '006A',
  },
  touchpoints: {
    date: isoDate('2026-02-03'),
    opportunityId: null,
    accountId: '001A',
    accountName: 'Acme',
    leadId: '00Q1',
    campaign: 'Spring webinar',
    channel: 'Webinar',
    type: 'Attended',
  },
  meetings: {
    date: isoDate('2026-02-10'),
    accountName: 'Acme',
    accountId: null,
    kind: 'prospect',
    owner: 'Ana',
  },
  accounts: { id: '001A', name: 'Acme', employees: 250, segmentRaw: 'Mid', region: 'EMEA' },
  'target-accounts': { accountName: 'Acme', accountId: null, tier: '1', owner: 'Ana' },
  spend: {
    period: 'FY2026-Q1',
    date: null,
    channel: 'Events',
    amount: money(1200.5),
    currency: 'USD',
    campaign: null,
  },
  targets: {
    period: 'FY2026-Q1',
    demandSource: 'marketing',
    segment: 'all',
    kind: 'pipeline',
    amount: money(50000),
  },
};

/** For every kind, a field with a value of the wrong type and the field's name. */
const WRONG: { [K in RecordKind]: { field: keyof RecordOfKind[K] & string; value: unknown } } = {
  opportunities: { field: 'amount', value: '12500' },
  leads: { field: 'createdDate', value: '2026-02-30' },
  touchpoints: { field: 'date', value: null },
  meetings: { field: 'kind', value: 'partner' },
  accounts: { field: 'employees', value: 12.5 },
  'target-accounts': { field: 'tier', value: 1 },
  spend: { field: 'amount', value: Number.POSITIVE_INFINITY },
  targets: { field: 'segment', value: 'unknown' },
};

const KINDS = Object.keys(VALID) as RecordKind[];

describe('RECORD_SCHEMAS', () => {
  it.each(KINDS)('keeps a valid %s record exactly as written', (kind) => {
    const result = recordOfKind(kind, VALID[kind]);
    expect(result).toEqual({ ok: true, record: VALID[kind] });
  });

  it.each(KINDS)('refuses a %s record with a wrong-typed field, naming the field', (kind) => {
    const { field, value } = WRONG[kind];
    const result = recordOfKind(kind, { ...VALID[kind], [field]: value });
    expect(result).toMatchObject({ ok: false, field });
  });

  it.each(KINDS)('drops a $types key from a %s record', (kind) => {
    const result = recordOfKind(kind, { ...VALID[kind], $types: { name: 'blob' } });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.record).not.toHaveProperty('$types');
      expect(result.record).toEqual(VALID[kind]);
    }
  });

  it('names a missing required field', () => {
    const withoutId: Partial<RecordOfKind['leads']> = { ...VALID.leads };
    delete withoutId.id;
    expect(recordOfKind('leads', withoutId)).toMatchObject({ ok: false, field: 'id' });
  });

  it('names no field when the value is not a record at all', () => {
    expect(recordOfKind('meetings', 'a meeting')).toMatchObject({ ok: false, field: '' });
  });

  it('refuses a target period that is not a fiscal quarter', () => {
    const result = recordOfKind('targets', { ...VALID.targets, period: '2026-03' });
    expect(result).toMatchObject({ ok: false, field: 'period' });
  });

  it('accepts a spend period written as a month but not as a thirteenth month', () => {
    expect(recordOfKind('spend', { ...VALID.spend, period: '2026-03' }).ok).toBe(true);
    expect(recordOfKind('spend', { ...VALID.spend, period: '2026-13' })).toMatchObject({
      ok: false,
      field: 'period',
    });
  });

  it('refuses a negative target', () => {
    const result = recordOfKind('targets', { ...VALID.targets, amount: -1 });
    expect(result).toMatchObject({ ok: false, field: 'amount' });
  });

  it('has a schema for every kind', () => {
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual([...KINDS].sort());
  });
});

/** A tiny CSV of each kind and how many rows of it import. */
const CSV: { [K in SummaryKind]: { text: string; imported: number } } = {
  leads: {
    text: 'Lead ID,Created Date,Company / Account,Lead Status,Converted\n00Q1,2026-01-05,Acme,Open,false\n',
    imported: 1,
  },
  touchpoints: {
    text:
      'Campaign Name,Campaign Type,Member Status,Responded,First Responded Date,Lead ID\n' +
      'Spring webinar,Webinar,Attended,true,2026-02-03,00Q1\n' +
      'Spring webinar,Webinar,Sent,false,,00Q2\n',
    imported: 1,
  },
  meetings: {
    text: 'Meeting Date,Account Name,Meeting Type\n2026-02-10,Acme,prospect\n',
    imported: 1,
  },
  accounts: { text: 'Account ID,Account Name,Employees\n001A,Acme,250\n', imported: 1 },
  'target-accounts': { text: 'Account Name,Tier\nAcme,1\n', imported: 1 },
  spend: { text: 'Period,Channel,Amount\nFY2026-Q1,Events,1200.50\n', imported: 1 },
  targets: {
    text: 'Period,Demand Source,Segment,Kind,Amount\nFY2026-Q1,marketing,all,pipeline,50000\n',
    imported: 1,
  },
};

const SUMMARY_KINDS = Object.keys(CSV) as SummaryKind[];

/** The summary the shared importer gives for a kind's tiny CSV. */
function summaryOf<K extends SummaryKind>(kind: K) {
  const result = importRecords(kind, new TextEncoder().encode(CSV[kind].text), {
    fileName: `${kind}.csv`,
  });
  expect(result.fatal).toBeNull();
  expect(result.summary.imported).toBe(CSV[kind].imported);
  return result.summary;
}

describe('RECORD_SUMMARY_SCHEMAS', () => {
  it.each(SUMMARY_KINDS)('accepts a real %s import summary unchanged', (kind) => {
    const summary = summaryOf(kind);
    const parsed = RECORD_SUMMARY_SCHEMAS[kind].safeParse(summary);
    expect(parsed.error).toBeUndefined();
    expect(parsed.data).toEqual(summary);
  });

  it.each(SUMMARY_KINDS)('refuses a %s summary that names another kind', (kind) => {
    const other: RecordKind = kind === 'leads' ? 'touchpoints' : 'leads';
    const parsed = RECORD_SUMMARY_SCHEMAS[kind].safeParse({ ...summaryOf(kind), kind: other });
    expect(parsed.error?.issues[0]?.path).toEqual(['kind']);
  });

  it('accepts the Salesforce campaign members summary with its skipped non-responder', () => {
    const summary = summaryOf('touchpoints');
    expect(summary.format).toBe('salesforce-campaign-members');
    expect(summary.skippedNonResponders).toBe(1);
    expect(RECORD_SUMMARY_SCHEMAS.touchpoints.safeParse(summary).success).toBe(true);
  });

  it('refuses a format another kind recognises', () => {
    const parsed = RECORD_SUMMARY_SCHEMAS.meetings.safeParse({
      ...summaryOf('meetings'),
      format: 'salesforce-leads',
    });
    expect(parsed.error?.issues[0]?.path).toEqual(['format']);
  });

  it('refuses a mapping naming a field the kind does not have', () => {
    const summary = summaryOf('accounts');
    const parsed = RECORD_SUMMARY_SCHEMAS.accounts.safeParse({
      ...summary,
      mapping: { ...summary.mapping, amount: 'Amount' },
    });
    expect(parsed.success).toBe(false);
  });

  it('refuses amounts on a kind without amounts and requires them on spend', () => {
    const accounts = RECORD_SUMMARY_SCHEMAS.accounts.safeParse({
      ...summaryOf('accounts'),
      amountRead: 10,
    });
    expect(accounts.error?.issues[0]?.path).toEqual(['amountRead']);
    const spend = summaryOf('spend');
    expect(spend.amountRead).toBe(1200.5);
    const parsed = RECORD_SUMMARY_SCHEMAS.spend.safeParse({ ...spend, amountStored: null });
    expect(parsed.error?.issues[0]?.path).toEqual(['amountStored']);
  });

  it('drops a $types key from a summary', () => {
    const summary = summaryOf('targets');
    const parsed = RECORD_SUMMARY_SCHEMAS.targets.safeParse({ ...summary, $types: {} });
    expect(parsed.data).toEqual(summary);
    expect(parsed.data).not.toHaveProperty('$types');
  });
});
