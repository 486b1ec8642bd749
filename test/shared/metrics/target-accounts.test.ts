import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idKeys } from '../../../shared/import/coerce-id';
import { computeTargetAccounts, idKeyer } from '../../../shared/metrics/target-accounts';
import {
  asOfArb,
  context,
  linkedOpp,
  meeting,
  randomMeetings,
  randomOpps,
  target,
  touch,
  withShuffle,
} from './create-extras-fixture';

// P = FY2026 Q1, D = 2026-02-14. Touch and meeting window: 2026-01-01..02-14. Won window: the
// four quarters FY2025 Q2..FY2026 Q1, i.e. 2025-04-01..2026-02-14.
const asOf = '2026-02-14';

const list = [
  target({ id: '001000000000001', name: 'Acme' }),
  target({ id: '001000000000001AAA' }), // the same id in 18 characters
  target({ name: 'ACME Inc.' }), // the id'd Acme's name
  target({ name: 'Globex' }),
  target({ name: 'Globex LLC' }), // same normalised name
  target({ id: 'C3', name: 'Initech' }),
  target({ name: 'Umbrella' }),
  target({ name: '!!!' }), // no letters or digits: no account
];

describe('target-account coverage (metrics.md §7)', () => {
  it('counts the list once per account, by id (15/18 as one) or normalised name', () => {
    // Acme, Globex, Initech, Umbrella.
    expect(computeTargetAccounts(context([], asOf), list, [], []).accounts).toBe(4);
  });

  it('counts accounts touched in P up to D, through an opportunity when the touch names no account', () => {
    const opps = [linkedOpp({ id: 'O7', accountId: 'C3', created: '2025-10-01' })];
    const touches = [
      touch('2026-01-01', { accountName: 'acme' }), // P.start: Acme (name-only touch, id'd target)
      touch('2026-02-15', { accountName: 'Globex' }), // after D
      touch('2025-12-31', { accountName: 'Umbrella' }), // before P
      touch('2026-02-14', { opportunityId: 'O7' }), // D: O7's account, Initech
      touch('2026-01-10', { leadId: 'L1' }), // a lead touch names no account
    ];
    expect(computeTargetAccounts(context(opps, asOf), list, touches, []).touched).toBe(2);
  });

  it('counts accounts met in P up to D', () => {
    const meetings = [
      meeting('2026-02-01', { name: 'Umbrella Ltd' }),
      meeting('2026-02-02', { name: 'Umbrella' }), // same account again
      meeting('2025-12-31', { name: 'Globex' }), // before P
      meeting('2026-01-05', { name: 'Not On The List' }),
    ];
    expect(computeTargetAccounts(context([], asOf), list, [], meetings).met).toBe(1);
  });

  it('counts accounts with open pipeline at D, linking by id where both have one, else by name', () => {
    const opps = [
      linkedOpp({ accountName: 'Globex Ltd', created: '2026-02-01' }), // Globex
      linkedOpp({ accountName: 'Umbrella', created: '2026-02-15' }), // created after D
      linkedOpp({ accountId: 'Z9', accountName: 'Umbrella' }), // unknown id, name of an id-less target: Umbrella
      linkedOpp({ accountId: 'Z8', accountName: 'Initech' }), // unknown id, Initech's target has another id
      linkedOpp({
        accountName: 'Acme',
        created: '2025-10-01',
        close: '2026-01-05',
        status: 'lost',
      }),
    ];
    expect(computeTargetAccounts(context(opps, asOf), list, [], []).withPipeline).toBe(2);
  });

  it('counts accounts with a deal won in the four quarters up to D', () => {
    const opps = [
      linkedOpp({ accountId: 'C3', created: '2025-01-01', close: '2025-04-01', status: 'won' }), // window start: Initech
      linkedOpp({
        accountName: 'Umbrella',
        created: '2025-01-01',
        close: '2025-03-31',
        status: 'won',
      }), // day before
      linkedOpp({
        accountId: '001000000000001AAA',
        created: '2025-10-01',
        close: '2026-02-14',
        status: 'won',
      }), // D: Acme
      linkedOpp({
        accountName: 'Globex',
        created: '2025-10-01',
        close: '2026-02-20',
        status: 'won',
      }), // after D
    ];
    expect(computeTargetAccounts(context(opps, asOf), list, [], []).won).toBe(2);
  });

  it('counts nothing for an empty list', () => {
    const opps = [linkedOpp({ accountName: 'Acme', created: '2026-01-02' })];
    expect(
      computeTargetAccounts(
        context(opps, asOf),
        [],
        [touch('2026-01-02', { accountName: 'Acme' })],
        [],
      ),
    ).toEqual({ accounts: 0, touched: 0, met: 0, withPipeline: 0, won: 0 });
  });
});

describe('target-account properties', () => {
  it('counts no more covered accounts than the list holds, whatever the input order', () => {
    const targets = fc.array(
      fc
        .record({
          id: fc.option(fc.constantFrom('001000000000001', '001000000000001AAA', 'A2'), {
            nil: undefined,
          }),
          name: fc.option(fc.constantFrom('Acme', 'ACME Inc.', 'Globex', 'Initech'), {
            nil: undefined,
          }),
        })
        .map((r) => target(r)),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(
        withShuffle(targets),
        withShuffle(randomMeetings),
        withShuffle(randomOpps),
        asOfArb,
        (t, m, o, asOf) => {
          const result = computeTargetAccounts(context(o[0], asOf), t[0], [], m[0]);
          for (const k of ['touched', 'met', 'withPipeline', 'won'] as const) {
            expect(result[k]).toBeLessThanOrEqual(result.accounts);
          }
          expect(computeTargetAccounts(context(o[1], asOf), t[1], [], m[1])).toEqual(result);
        },
      ),
    );
  });
});

describe('id keys', () => {
  it('keys ids exactly as the importer’s idKeys does', () => {
    const id = fc.constantFrom(
      '001000000000001',
      '001000000000001AAA',
      '001000000000001AAB',
      '001000000000002AAA',
      '001000000000002-AA',
      'A2',
      '',
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 8 }), (ids) => {
        const keyOf = idKeyer(ids);
        expect(ids.map(keyOf)).toEqual(idKeys(ids));
      }),
    );
  });
});
