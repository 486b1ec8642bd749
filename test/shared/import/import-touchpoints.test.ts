import { describe, expect, it } from 'vitest';
import { importKindFixture, importKindText } from './kind-fixture';

describe('importRecords("touchpoints") on Salesforce campaign members', () => {
  const result = importKindFixture('touchpoints', 'salesforce-campaign-members.csv');

  it('recognises the report and maps Campaign Type to channel and Member Status to type', () => {
    expect(result.fatal).toBeNull();
    expect(result.summary.format).toBe('salesforce-campaign-members');
    expect(result.summary.mapping).toEqual({
      date: 'Created Date',
      firstRespondedDate: 'First Responded Date',
      responded: 'Responded',
      accountName: 'Company / Account',
      leadId: 'Lead ID',
      contactId: 'Contact ID',
      campaign: 'Campaign Name',
      channel: 'Campaign Type',
      type: 'Member Status',
    });
  });

  it('counts the two members who never responded as skipped, not as errors', () => {
    expect(result.summary).toMatchObject({
      rowsRead: 7,
      imported: 3,
      rejected: 2,
      skippedNonResponders: 2,
      duplicateIds: null,
      footerRecordCount: 7,
      footerMatches: true,
    });
  });

  it('dates a touch by First Responded Date, else Created Date, and links contacts as leads', () => {
    expect(result.records).toEqual([
      {
        date: '2026-03-12',
        opportunityId: null,
        accountId: null,
        accountName: 'Acme Corp',
        leadId: '00Q5g00000Ld001',
        campaign: 'Spring Webinar',
        channel: 'Webinar',
        type: 'Attended',
      },
      {
        date: '2026-04-15',
        opportunityId: null,
        accountId: null,
        accountName: 'Stark, Inc.',
        leadId: '0035g00000Ct002',
        campaign: 'Trade Show Berlin',
        channel: 'Trade Show',
        type: 'Visited Booth',
      },
      {
        date: '2026-05-31',
        opportunityId: null,
        accountId: null,
        accountName: 'Hooli',
        leadId: '00Q5g00000Ld006',
        campaign: 'Q2 Newsletter',
        channel: 'Email',
        type: 'Opened',
      },
    ]);
  });

  it('rejects a touch that links to nothing and a Responded value that is not a flag', () => {
    expect(result.errors).toEqual([
      {
        line: 6,
        column: null,
        reason:
          'This row names no opportunity id, account id, account name or lead id, so the touch links to nothing; every touchpoint needs one of them.',
      },
      {
        line: 7,
        column: 'Responded',
        reason: 'Responded “perhaps” is not true or false (expected true/false, 1/0 or yes/no).',
      },
    ]);
  });
});

describe('importRecords("touchpoints") on a Salesforce campaign influence report', () => {
  const result = importKindFixture('touchpoints', 'salesforce-campaign-influence.csv');

  it('recognises the report and links each touch to its opportunity', () => {
    expect(result.fatal).toBeNull();
    expect(result.summary).toMatchObject({
      format: 'salesforce-campaign-influence',
      rowsRead: 4,
      imported: 3,
      rejected: 0,
      skippedNonResponders: 1,
    });
    expect(result.records.map((r) => [r.date, r.opportunityId, r.accountName, r.channel])).toEqual([
      ['2026-03-12', '0065g00000Aa001', 'Acme Corp', 'Webinar'],
      ['2026-04-15', '0065g00000Aa001', 'Acme Corp', 'Trade Show'],
      ['2026-05-31', '0065g00000Aa004', 'Hooli', 'Email'],
    ]);
  });
});

describe('importRecords("touchpoints") on a generic touchpoint file', () => {
  const result = importKindFixture('touchpoints', 'generic-touchpoints.csv');

  it('reads a pipe-separated file where every row is a touch dated by its date column', () => {
    expect(result.summary).toMatchObject({
      format: 'custom',
      delimiter: '|',
      rowsRead: 5,
      imported: 3,
      rejected: 2,
      skippedNonResponders: 0,
    });
    expect(
      result.records.map((r) => [r.date, r.accountName, r.accountId, r.channel, r.type]),
    ).toEqual([
      ['2026-03-03', 'Acme Corp', '0015g00000Bb001', 'Paid Search', 'Click'],
      ['2026-03-04', 'Globex', null, 'Paid Social', 'Impression'],
      ['2026-03-06', 'Umbrella', null, 'Email', 'Open'],
    ]);
  });

  it('rejects a touch without a date and one that links to nothing', () => {
    expect(result.errors.map((e) => [e.line, e.column, e.reason])).toEqual([
      [4, 'Touch Date', 'Touch Date is blank; every touchpoint needs a date.'],
      [
        5,
        null,
        'This row names no opportunity id, account id, account name or lead id, so the touch links to nothing; every touchpoint needs one of them.',
      ],
    ]);
  });

  it('is fatal when nothing says when the touch happened', () => {
    const result = importKindText('touchpoints', 'Account Name,Campaign\nAcme,Webinar\n');
    expect(result.fatal).toBe(
      'No touch date or first responded date column found. Map a column to one of “date”, “firstRespondedDate” (headers read: “Account Name”, “Campaign”).',
    );
  });

  it('says both date columns are blank when a responder has neither', () => {
    const text =
      'First Responded Date,Created Date,Responded,Lead ID\n,,1,00Q1\n2026-03-01,,0,00Q2\n';
    const result = importKindText('touchpoints', text);
    expect(result.errors).toEqual([
      {
        line: 2,
        column: 'Created Date',
        reason: 'First Responded Date and Created Date are blank; every touchpoint needs a date.',
      },
    ]);
    expect(result.records.map((r) => [r.date, r.leadId])).toEqual([['2026-03-01', '00Q2']]);
  });
});
