import { describe, expect, it } from 'vitest';
import { computeReport } from '../../../shared/metrics/index';
import { accountJoinSummary, joinAccounts } from '../../../shared/metrics/join-accounts';
import type { Account, Opportunity } from '../../../shared/records';
import { input, opp } from './factory';
import type { OppSpec } from './factory';

/** An opportunity of a named account (`accountId` and `accountName` as given, `null` when left out). */
function dealOf(
  account: { id?: string | null; name?: string | null },
  spec: OppSpec & { region?: string | null } = {},
): Opportunity {
  return {
    ...opp(spec),
    accountId: account.id ?? null,
    accountName: account.name ?? null,
    region: spec.region ?? null,
  };
}

/** An account; unset fields are blank. */
function account(fields: Partial<Account>): Account {
  return { id: null, name: null, employees: null, segmentRaw: null, region: null, ...fields };
}

const ACME_15 = '0015g00000AcMeX';
const ACME_18 = '0015g00000AcMeXIAQ';

describe('joinAccounts', () => {
  it('fills a blank segment, employee count and region from the account with the same id', () => {
    const deal = dealOf({ id: 'A-1', name: 'Somebody Else' });
    const [joined] = joinAccounts(
      [deal],
      [
        account({
          id: 'A-1',
          name: 'Acme',
          employees: 2500,
          segmentRaw: 'Enterprise',
          region: 'EMEA',
        }),
      ],
    );

    expect(joined).toMatchObject({ segmentRaw: 'Enterprise', employees: 2500, region: 'EMEA' });
    expect(joined).not.toBe(deal);
    expect(deal).toMatchObject({ segmentRaw: null, employees: null, region: null });
  });

  it('links by name when the deal has no account id, ignoring case, punctuation and one legal suffix', () => {
    const deals = [
      dealOf({ name: 'Stark, Inc.' }),
      dealOf({ name: 'STARK   LLC' }),
      dealOf({ name: 'stark industries' }),
    ];
    const joined = joinAccounts(deals, [account({ id: 'S-1', name: 'Stark', employees: 40 })]);

    expect(joined.map((o) => o.employees)).toEqual([40, 40, null]);
  });

  it('keeps the deal’s own segment, employee count and region and fills only its blanks', () => {
    const deal = dealOf({ id: 'A-1' }, { segment: 'SMB', employees: null, region: 'APAC' });
    const [joined] = joinAccounts(
      [deal],
      [account({ id: 'A-1', employees: 5000, segmentRaw: 'Enterprise', region: 'EMEA' })],
    );

    expect(joined).toMatchObject({ segmentRaw: 'SMB', employees: 5000, region: 'APAC' });
  });

  it('returns the same object for a deal with nothing to fill or no account', () => {
    const full = dealOf({ id: 'A-1' }, { segment: 'Mid', employees: 300, region: 'NA' });
    const orphan = dealOf({ id: 'Z-9', name: 'Nobody' });
    const nameless = dealOf({});
    const accounts = [account({ id: 'A-1', employees: 5000, segmentRaw: 'Ent', region: 'EMEA' })];

    const joined = joinAccounts([full, orphan, nameless], accounts);

    expect(joined[0]).toBe(full);
    expect(joined[1]).toBe(orphan);
    expect(joined[2]).toBe(nameless);
    expect(orphan).toMatchObject({ segmentRaw: null, employees: null, region: null });
  });

  it('treats a Salesforce 15-character id and its 18-character form as one account, both ways', () => {
    const deals = [dealOf({ id: ACME_18 }), dealOf({ id: 'X00000000000001' })];
    const accounts = [
      account({ id: ACME_15, employees: 1200 }),
      account({ id: 'X00000000000001AAA', employees: 30 }),
    ];

    expect(joinAccounts(deals, accounts).map((o) => o.employees)).toEqual([1200, 30]);
  });

  it('does not link two different ids by name, but links a deal’s unknown id to a same-named account without one', () => {
    const deals = [dealOf({ id: 'A-2', name: 'Acme' }), dealOf({ id: 'A-3', name: 'Globex' })];
    const accounts = [
      account({ id: 'A-1', name: 'Acme', employees: 900 }),
      account({ name: 'Globex Corp', employees: 60 }),
    ];

    expect(joinAccounts(deals, accounts).map((o) => o.employees)).toEqual([null, 60]);
  });

  it('prefers the id link over a name link to another account', () => {
    const deal = dealOf({ id: 'A-1', name: 'Globex' });
    const accounts = [
      account({ id: 'A-1', name: 'Acme', employees: 900 }),
      account({ name: 'Globex', employees: 60 }),
    ];

    expect(joinAccounts([deal], accounts)[0]?.employees).toBe(900);
  });

  it('takes the last of several accounts that share a normalised name, as duplicate rows do', () => {
    const deal = dealOf({ name: 'Initech' });
    const accounts = [
      account({ id: 'I-1', name: 'Initech Ltd', employees: 80, region: 'EMEA' }),
      account({ id: 'I-2', name: 'INITECH', employees: 1500 }),
    ];

    expect(joinAccounts([deal], accounts)[0]).toMatchObject({ employees: 1500, region: null });
  });

  it('leaves every deal as it is without accounts', () => {
    const deal = dealOf({ id: 'A-1', name: 'Acme' });

    expect(joinAccounts([deal], [])).toEqual([deal]);
  });
});

describe('accountJoinSummary', () => {
  it('counts deals linked, deals filled and deals naming an account the list lacks', () => {
    const deals = [
      dealOf({ id: 'A-1' }), // linked and filled
      dealOf({ id: 'A-1' }, { employees: 10, segment: 'SMB', region: 'NA' }), // linked, nothing to fill
      dealOf({ name: 'Stark Inc' }), // linked by name and filled
      dealOf({ id: 'Z-9' }), // names an account not in the list
      dealOf({ name: 'Nobody Ltd' }), // names an account not in the list
      dealOf({}), // names no account: not counted
    ];
    const accounts = [
      account({ id: 'A-1', employees: 5000, region: 'EMEA' }),
      account({ name: 'Stark', segmentRaw: 'Mid market' }),
    ];

    expect(accountJoinSummary(deals, accounts)).toEqual({ linked: 3, enriched: 2, unmatched: 2 });
  });
});

describe('computeReport with accounts', () => {
  // P = FY2026 Q1 (default fiscal year from January), D = 2026-02-15 (pinned).
  const deals = [
    dealOf({ id: ACME_18, name: 'Acme' }, { status: 'won', close: '2026-01-20', amount: 1000 }),
    dealOf({ name: 'Stark, Inc.' }, { close: '2026-03-10', amount: 400 }),
  ];
  const accounts = [
    account({ id: ACME_15, name: 'Acme Corporation', employees: 2500 }),
    account({ name: 'STARK LLC', segmentRaw: 'SMB' }),
  ];

  it('counts every deal as segment unknown without accounts', () => {
    const report = computeReport(input(deals, { asOf: '2026-02-15' }));

    expect(report.landings.bySegment.unknown).toMatchObject({
      landed: 1000,
      due: 400,
      total: 1400,
    });
    expect(report.landings.bySegment.enterprise.total).toBe(0);
  });

  it('moves a deal from unknown to enterprise (and one to smb) when the accounts list fills them', () => {
    const report = computeReport({ ...input(deals, { asOf: '2026-02-15' }), accounts });

    expect(report.landings.bySegment.enterprise).toMatchObject({
      landed: 1000,
      due: 0,
      total: 1000,
    });
    expect(report.landings.bySegment.smb).toMatchObject({ landed: 0, due: 400, total: 400 });
    expect(report.landings.bySegment.unknown.total).toBe(0);
    expect(report.landings.total).toBe(1400);
  });
});
