import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Opportunity, Touchpoint } from '../../../shared/records';
import type { LinkedOppSpec, TouchSpec } from './influence-fixture';
import { addDays } from '../../../shared/calendar';
import { computeInfluence } from '../../../shared/metrics/influence';
import { computeLandings } from '../../../shared/metrics/landings';
import { linkTouchpoints } from '../../../shared/metrics/linking';
import { isoDate } from '../../../shared/units';
import { opportunityArb } from './arbitraries';
import { context, linkedOpp, touch } from './influence-fixture';

// P = FY2026 Q1 (January start, 2026-01-01..2026-03-31), D = 2026-02-15; the §6 recent window is 2025.
const asOf = '2026-02-15';

/** Influence of P for these opportunities and touches, linked as computeReport would. */
function influence(
  opportunities: Opportunity[],
  touches: Touchpoint[],
  over: { lookbackDays?: number } = {},
) {
  const ctx = context(opportunities, { asOf, ...over });
  return computeInfluence(ctx, linkTouchpoints(touches, ctx.opps, { asOf: ctx.asOf }));
}

/** `n` opportunities of one spec with ids `prefix-1..n`, each touched on `touchedOn` when given. */
function group(
  prefix: string,
  n: number,
  spec: LinkedOppSpec,
  touchedOn?: string,
): { opps: Opportunity[]; touches: Touchpoint[] } {
  const opps: Opportunity[] = [];
  const touches: Touchpoint[] = [];
  for (let i = 1; i <= n; i++) {
    opps.push(linkedOpp({ ...spec, id: `${prefix}-${i}` }));
    if (touchedOn !== undefined)
      touches.push(touch({ date: touchedOn, opportunityId: `${prefix}-${i}` }));
  }
  return { opps, touches };
}

/** Merges groups into one opportunities list and one touches list. */
function merge(...groups: { opps: Opportunity[]; touches: Touchpoint[] }[]) {
  return {
    opps: groups.flatMap((g) => g.opps),
    touches: groups.flatMap((g) => g.touches),
  };
}

const byId = (id: string, date: string): Touchpoint =>
  touch({ date, opportunityId: id } satisfies TouchSpec);

describe('marketing influence (metrics.md §4)', () => {
  it('counts a touch exactly lookbackDays (180) before creation, and not one a day earlier', () => {
    const { influenced, acceleration } = influence(
      [
        linkedOpp({ id: 'edge', created: '2026-01-10', close: '2026-03-20', amount: 100 }),
        linkedOpp({ id: 'early', created: '2026-01-10', close: '2026-03-20', amount: 10 }),
      ],
      // 2026-01-10 is day 10 of 2026; 10 − 180 = −170 → day 365 − 170 = 195 of 2025 = 2025-07-14.
      [byId('edge', '2025-07-14'), byId('early', '2025-07-13')],
    );
    // due 100 + 10 = 110, influenced 100.
    expect(influenced).toEqual({ landed: 0, due: 100, share: 100 / 110 });
    expect(acceleration.dueInfluencedAmount).toBe(100);
    expect(acceleration.dueInfluencedCount).toBe(1);
    expect(acceleration.dueInfluencedShare).toBe(100 / 110);
  });

  it('uses settings.lookbackDays for the window start', () => {
    const { influenced } = influence(
      [
        linkedOpp({ id: 'edge', created: '2026-01-10', close: '2026-03-20', amount: 100 }),
        linkedOpp({ id: 'early', created: '2026-01-10', close: '2026-03-20', amount: 10 }),
      ],
      // 2026-01-10 − 30 days = 2025-12-11 (10 days back to 12-31, 20 more to 12-11).
      [byId('edge', '2025-12-11'), byId('early', '2025-12-10')],
      { lookbackDays: 30 },
    );
    expect(influenced.due).toBe(100);
  });

  it('counts a touch on the close date of a closed deal, and not one after it', () => {
    const { influenced } = influence(
      [
        linkedOpp({
          id: 'on',
          created: '2025-12-01',
          close: '2026-02-01',
          status: 'won',
          amount: 200,
        }),
        linkedOpp({
          id: 'after',
          created: '2025-12-01',
          close: '2026-02-01',
          status: 'won',
          amount: 50,
        }),
      ],
      [byId('on', '2026-02-01'), byId('after', '2026-02-02')],
    );
    // landed 200 + 50 = 250, influenced 200: share 200 / 250 = 0.8.
    expect(influenced).toEqual({ landed: 200, due: 0, share: 0.8 });
  });

  it('counts a touch on D for an open deal, and not one after D', () => {
    const opps = [
      linkedOpp({ id: 'onD', created: '2026-01-05', close: '2026-03-31', amount: 30 }),
      linkedOpp({ id: 'late', created: '2026-01-05', close: '2026-03-31', amount: 70 }),
    ];
    const touches = [byId('onD', '2026-02-15'), byId('late', '2026-02-16')];
    // Linked without D too: the influence window itself stops at D.
    const ctx = context(opps, { asOf });
    const { influenced } = computeInfluence(ctx, linkTouchpoints(touches, ctx.opps));
    // due 100, influenced 30: share 0.3.
    expect(influenced).toEqual({ landed: 0, due: 30, share: 0.3 });
  });

  it('gives an opportunity without a created date a window with no start', () => {
    const { influenced } = influence(
      [linkedOpp({ id: 'undated', close: '2026-03-01', amount: 40 })],
      [byId('undated', '2015-01-01')],
    );
    expect(influenced).toEqual({ landed: 0, due: 40, share: 1 });
  });

  it('sums whole amounts of influenced landed and due deals; lost deals and deals outside P count nowhere', () => {
    const { influenced, acceleration } = influence(
      [
        linkedOpp({
          id: 'won',
          created: '2026-01-02',
          close: '2026-01-20',
          status: 'won',
          amount: 1000.1,
        }),
        linkedOpp({
          id: 'wonCold',
          created: '2026-01-02',
          close: '2026-01-20',
          status: 'won',
          amount: 500,
        }),
        // Overdue (close < D) is still due.
        linkedOpp({ id: 'overdue', created: '2026-01-02', close: '2026-02-01', amount: 300.2 }),
        linkedOpp({ id: 'open', created: '2026-01-02', close: '2026-03-01', amount: 200 }),
        linkedOpp({ id: 'openCold', created: '2026-01-02', close: '2026-03-01', amount: 100 }),
        linkedOpp({
          id: 'lost',
          created: '2026-01-02',
          close: '2026-01-20',
          status: 'lost',
          amount: 9000,
        }),
        linkedOpp({ id: 'nextQ', created: '2026-01-02', close: '2026-04-02', amount: 8000 }),
      ],
      ['won', 'overdue', 'open', 'lost', 'nextQ'].map((id) => byId(id, '2026-01-10')),
    );
    // landed 1000.10 + 500 = 1500.10, influenced 1000.10; due 300.20 + 200 + 100 = 600.20,
    // influenced 500.20; share (1000.10 + 500.20) / (1500.10 + 600.20) = 150030 / 210030 cents.
    expect(influenced).toEqual({ landed: 1000.1, due: 500.2, share: 150030 / 210030 });
    expect(acceleration.dueInfluencedAmount).toBe(500.2);
    expect(acceleration.dueInfluencedCount).toBe(2);
    // 500.20 / 600.20 = 50020 / 60020 cents.
    expect(acceleration.dueInfluencedShare).toBe(50020 / 60020);
  });

  it('reports null shares when nothing lands in P', () => {
    const { influenced, acceleration } = influence(
      [
        linkedOpp({
          id: 'old',
          created: '2025-01-01',
          close: '2025-05-01',
          status: 'won',
          amount: 5,
        }),
      ],
      [byId('old', '2025-02-01')],
    );
    expect(influenced).toEqual({ landed: 0, due: 0, share: null });
    expect(acceleration.dueInfluencedAmount).toBe(0);
    expect(acceleration.dueInfluencedCount).toBe(0);
    expect(acceleration.dueInfluencedShare).toBeNull();
  });
});

describe('influenced vs not-influenced win rates and cycle (metrics.md §6)', () => {
  // Influenced: 15 won + 5 lost in 2025 (created 03-01, closed 06-15: 31 + 30 + 31 + 14 = 106 days),
  // touched 2025-04-01; plus 10 lost in 2024 the recent window ignores.
  const influencedHistory = merge(
    group(
      'iw',
      15,
      { created: '2025-03-01', close: '2025-06-15', status: 'won', amount: 1 },
      '2025-04-01',
    ),
    group(
      'il',
      5,
      { created: '2025-03-01', close: '2025-06-15', status: 'lost', amount: 1 },
      '2025-04-01',
    ),
    group(
      'io',
      10,
      { created: '2024-01-01', close: '2024-03-01', status: 'lost', amount: 1 },
      '2024-02-01',
    ),
  );

  it('uses the recent window for a group with 20 won or lost, and the whole history below that', () => {
    const data = merge(
      influencedHistory,
      // Not influenced: 2 won (59 and 28 days) + 4 lost in 2025. The wins' touches come after
      // their close, so they do not count.
      group(
        'nw59',
        1,
        { created: '2025-01-01', close: '2025-03-01', status: 'won', amount: 1 },
        '2025-03-02',
      ),
      group(
        'nw28',
        1,
        { created: '2025-02-01', close: '2025-03-01', status: 'won', amount: 1 },
        '2025-03-02',
      ),
      group('nl', 4, { created: '2025-01-01', close: '2025-03-01', status: 'lost', amount: 1 }),
    );
    const { acceleration, basis } = influence(data.opps, data.touches);
    // Influenced: recent 15 / 20 = 0.75, cycle 106. Not influenced: 6 < 20 recent, whole
    // history 6 ≥ 5 → 2 / 6; cycle median(28, 59) = 43.5.
    expect(acceleration.winRateInfluenced).toBe(0.75);
    expect(acceleration.cycleDaysInfluenced).toBe(106);
    expect(acceleration.winRateNotInfluenced).toBe(2 / 6);
    expect(acceleration.cycleDaysNotInfluenced).toBe(43.5);
    expect(basis).toEqual({ influenced: 'recent', notInfluenced: 'history' });
  });

  it('falls back to the overall rate and cycle for a group with under 5 won or lost', () => {
    const data = merge(
      group(
        'iw',
        15,
        { created: '2025-03-01', close: '2025-06-15', status: 'won', amount: 1 },
        '2025-04-01',
      ),
      group(
        'il',
        5,
        { created: '2025-03-01', close: '2025-06-15', status: 'lost', amount: 1 },
        '2025-04-01',
      ),
      group('nw', 1, { created: '2025-01-01', close: '2025-03-01', status: 'won', amount: 1 }),
      group('nl', 3, { created: '2025-01-01', close: '2025-03-01', status: 'lost', amount: 1 }),
    );
    const { acceleration, basis } = influence(data.opps, data.touches);
    // Not influenced: 4 < 5 → overall: recent 24 ≥ 20, 16 / 24 = 2/3; overall cycle = median of
    // fifteen 106s and one 59 = 106.
    expect(acceleration.winRateNotInfluenced).toBe(16 / 24);
    expect(acceleration.cycleDaysNotInfluenced).toBe(106);
    expect(basis.notInfluenced).toBe('overall');
  });

  it('reports null rates and cycles when there is no history at all', () => {
    const { acceleration, basis } = influence(
      [linkedOpp({ id: 'o', created: '2026-01-05', close: '2026-03-01', amount: 10 })],
      [byId('o', '2026-01-06')],
    );
    expect(acceleration).toEqual({
      dueInfluencedAmount: 10,
      dueInfluencedCount: 1,
      dueInfluencedShare: 1,
      winRateInfluenced: null,
      winRateNotInfluenced: null,
      cycleDaysInfluenced: null,
      cycleDaysNotInfluenced: null,
    });
    expect(basis).toEqual({ influenced: 'overall', notInfluenced: 'overall' });
  });

  it('leaves rates.winRate.lowSample as the §6 overall and source rates set it', () => {
    // Every deal has a blank lead source, so four demand sources have no history: lowSample is
    // true whatever the influence groups do; influence must not change the shared rates.
    const data = merge(influencedHistory);
    const ctx = context(data.opps, { asOf });
    const before = structuredClone(ctx.rates);
    computeInfluence(ctx, linkTouchpoints(data.touches, ctx.opps));
    expect(ctx.rates).toEqual(before);
    expect(ctx.rates.lowSample).toBe(true);
  });
});

const BASE = isoDate('2024-06-01');
const dayArb = fc.integer({ min: 0, max: 700 }).map((n) => addDays(BASE, n) as string);
const NAMES = ['Stark, Inc.', 'STARK LLC', 'Wayne', 'Acme Corp', null];
const ACCOUNT_IDS = ['001000000000001', '001000000000001AAA', '001000000000002', null];

/** Opportunities with accounts and leads from small pools, and touches that may name any of them. */
const scenarioArb = fc
  .array(
    fc.record({
      o: opportunityArb,
      accountName: fc.constantFrom(...NAMES),
      accountId: fc.constantFrom(...ACCOUNT_IDS),
      leadId: fc.constantFrom('L1', 'L2', null),
    }),
    { maxLength: 40 },
  )
  .chain((rows) => {
    const opportunities = rows.map((r, i) => ({
      ...r.o,
      id: `p-${i}`,
      accountName: r.accountName,
      accountId: r.accountId,
      leadId: r.leadId,
    }));
    const touchArb = fc
      .record({
        date: dayArb,
        opportunityId: fc.option(fc.constantFrom('p-0', 'p-1', 'p-2', 'p-3', 'nope'), { freq: 3 }),
        accountName: fc.constantFrom(...NAMES),
        accountId: fc.constantFrom(...ACCOUNT_IDS),
        leadId: fc.constantFrom('L1', 'L2', null),
      })
      .map((spec) => touch(spec));
    return fc.record({
      opportunities: fc.constant(opportunities),
      touches: fc.array(touchArb, { maxLength: 60 }),
      asOf: dayArb,
    });
  })
  .chain((s) =>
    fc.record({
      scenario: fc.constant(s),
      shuffled: fc.shuffledSubarray(s.touches, {
        minLength: s.touches.length,
        maxLength: s.touches.length,
      }),
    }),
  );

describe('influence properties', () => {
  it('never counts more influenced than landed or due, keeps shares in [0, 1] or null, and ignores touch order', () => {
    fc.assert(
      fc.property(scenarioArb, ({ scenario, shuffled }) => {
        const ctx = context(scenario.opportunities, { asOf: scenario.asOf });
        const links = linkTouchpoints(scenario.touches, ctx.opps, { asOf: ctx.asOf });
        const figures = computeInfluence(ctx, links);
        const landings = computeLandings(ctx.opps, ctx.period, ctx.asOf, () => null);
        const { influenced, acceleration } = figures;
        expect(influenced.landed).toBeLessThanOrEqual(landings.landed);
        expect(influenced.due).toBeLessThanOrEqual(landings.due);
        expect(acceleration.dueInfluencedAmount).toBe(influenced.due);
        for (const s of [influenced.share, acceleration.dueInfluencedShare]) {
          if (s !== null) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(1);
          }
        }
        expect(influenced.share === null).toBe(landings.total === 0);
        const reordered = linkTouchpoints(shuffled, ctx.opps, { asOf: ctx.asOf });
        expect(computeInfluence(ctx, reordered)).toEqual(figures);
        expect(reordered.orphans).toBe(links.orphans);
      }),
      { numRuns: 300 },
    );
  });
});
