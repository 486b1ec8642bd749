import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../shared/records';
import type { AttributionModel, ChannelCredit } from '../../../shared/metrics/attribution';
import { addDays } from '../../../shared/calendar';
import {
  ATTRIBUTION_MODELS,
  ATTRIBUTION_WEIGHTS,
  NO_TOUCH,
  computeAttribution,
} from '../../../shared/metrics/attribution';
import { influencedFlags } from '../../../shared/metrics/influence';
import { computeLandings } from '../../../shared/metrics/landings';
import { linkTouchpoints } from '../../../shared/metrics/linking';
import { toCents } from '../../../shared/money';
import { isoDate } from '../../../shared/units';
import { opportunityArb } from './arbitraries';
import { attribute, touchOf } from './attribution-fixture';
import { context, linkedOpp, touch } from './influence-fixture';

// P = FY2026 Q1 (2026-01-01..2026-03-31), D = 2026-02-15, lookbackDays 180 unless said.

/** Landed-only credits, as `{ channel: landed }`, for compact expectations. */
function landedOf(credits: Record<string, ChannelCredit>): Record<string, number> {
  return Object.fromEntries(Object.entries(credits).map(([k, v]) => [k, v.landed]));
}

/** Due-only credits, as `{ channel: due }`. */
function dueOf(credits: Record<string, ChannelCredit>): Record<string, number> {
  return Object.fromEntries(Object.entries(credits).map(([k, v]) => [k, v.due]));
}

/** A won deal of P (closed by D) with a created date. */
const won = (id: string, amount: number, created: string | null, close = '2026-02-10') =>
  linkedOpp({ id, amount, created, close, status: 'won' });

describe('attribution strip (issue #4)', () => {
  it('prints what each model gives', () => {
    expect(ATTRIBUTION_MODELS).toEqual(['firstTouch', 'lastTouch', 'linear', 'uShaped', 'wShaped']);
    expect(ATTRIBUTION_WEIGHTS).toEqual({
      firstTouch: 'First touch: 100% to the first touch',
      lastTouch: 'Last touch: 100% to the last touch',
      linear: 'Linear: an equal share to every touch',
      uShaped: 'U-shaped: 40% first · 40% last · 20% the touches between',
      wShaped: 'W-shaped: 30% first · 30% at creation · 30% last · 10% the rest',
    });
  });

  it('credits a four-touch landed deal under every model, touches ordered by date', () => {
    // Created 2026-01-10; by date: Webinar 12-01 (40 days off), Paid Search 01-05 (5 days off,
    // the creation touch), Email 01-20 (10), Event 02-01 (22).
    const fig = attribute(
      [won('w', 1000, '2026-01-10')],
      [
        touchOf('w', '2026-01-20', 'Email'),
        touchOf('w', '2025-12-01', 'Webinar'),
        touchOf('w', '2026-02-01', 'Event'),
        touchOf('w', '2026-01-05', 'Paid Search'),
      ],
    );
    expect(fig.landed).toBe(1000);
    expect(fig.due).toBe(0);
    expect(fig.touchedOpportunities).toBe(1);
    // Linear gives 250 each: a tie, so the channels go by name.
    expect(fig.channels).toEqual(['Email', 'Event', 'Paid Search', 'Webinar']);
    const zero = { Email: 0, Event: 0, 'Paid Search': 0, Webinar: 0 };
    expect(landedOf(fig.byModel.firstTouch)).toEqual({ ...zero, Webinar: 1000 });
    expect(landedOf(fig.byModel.lastTouch)).toEqual({ ...zero, Event: 1000 });
    // 1000 / 4 = 250.
    expect(landedOf(fig.byModel.linear)).toEqual({
      Email: 250,
      Event: 250,
      'Paid Search': 250,
      Webinar: 250,
    });
    // U: 40% × 1000 to first and last; 20% × 1000 = 200 over the two between → 100 each.
    expect(landedOf(fig.byModel.uShaped)).toEqual({
      Email: 100,
      Event: 400,
      'Paid Search': 100,
      Webinar: 400,
    });
    // W: 30% × 1000 to first (Webinar), creation (Paid Search), last (Event); 10% to Email.
    expect(landedOf(fig.byModel.wShaped)).toEqual({
      Email: 100,
      Event: 300,
      'Paid Search': 300,
      Webinar: 300,
    });
    expect(dueOf(fig.byModel.wShaped)).toEqual(zero);
  });

  it('credits an open deal of P to due, its window ending on D', () => {
    const fig = attribute(
      [linkedOpp({ id: 'o', amount: 500, created: '2026-01-10', close: '2026-03-20' })],
      [
        touchOf('o', '2026-01-02', 'Webinar'),
        // On D: counts.
        touchOf('o', '2026-02-15', 'Email'),
        // The day after D: ignored everywhere.
        touchOf('o', '2026-02-16', 'Event'),
      ],
    );
    expect(fig.due).toBe(500);
    expect(fig.landed).toBe(0);
    expect(fig.channels).toEqual(['Email', 'Webinar']);
    expect(fig.byModel.firstTouch).toEqual({
      Email: { landed: 0, due: 0 },
      Webinar: { landed: 0, due: 500 },
    });
    expect(fig.byModel.lastTouch).toEqual({
      Email: { landed: 0, due: 500 },
      Webinar: { landed: 0, due: 0 },
    });
    // 500 / 2 = 250.
    expect(dueOf(fig.byModel.linear)).toEqual({ Email: 250, Webinar: 250 });
  });

  it('counts touches exactly on createdDate − 180 and on the close date, not a day outside', () => {
    // 2026-01-10 − 180 days = 2025-07-14; the deal closed 2026-02-10.
    const fig = attribute(
      [won('w', 100, '2026-01-10')],
      [
        touchOf('w', '2025-07-13', 'Early'),
        touchOf('w', '2025-07-14', 'Edge'),
        touchOf('w', '2026-02-10', 'OnClose'),
        touchOf('w', '2026-02-11', 'AfterClose'),
      ],
    );
    expect(fig.channels).toEqual(['Edge', 'OnClose']);
    // 100 / 2 = 50 each.
    expect(landedOf(fig.byModel.linear)).toEqual({ Edge: 50, OnClose: 50 });
    expect(landedOf(fig.byModel.firstTouch)).toEqual({ Edge: 100, OnClose: 0 });
  });

  it('starts the window lookbackDays before creation', () => {
    // 2026-01-10 − 30 days = 2025-12-11.
    const fig = attribute(
      [won('w', 100, '2026-01-10')],
      [touchOf('w', '2025-12-10', 'Early'), touchOf('w', '2025-12-11', 'Edge')],
      { lookbackDays: 30 },
    );
    expect(fig.channels).toEqual(['Edge']);
    expect(landedOf(fig.byModel.firstTouch)).toEqual({ Edge: 100 });
  });

  it('opens the window with no start for a deal without a created date', () => {
    const fig = attribute([won('w', 100, null)], [touchOf('w', '2019-03-01', 'Old')]);
    expect(fig.touchedOpportunities).toBe(1);
    expect(landedOf(fig.byModel.linear)).toEqual({ Old: 100 });
  });

  it('credits a deal with no touch in its window to NO_TOUCH, listed last', () => {
    const fig = attribute(
      [
        won('bare', 300, '2026-01-10'),
        // Its only touch is before createdDate − 180 (2025-07-14): no touch in the window.
        won('stale', 50, '2026-01-10'),
        won('t', 200, '2026-01-10'),
      ],
      [touchOf('stale', '2025-07-13', 'Webinar'), touchOf('t', '2026-01-15', 'Email')],
    );
    expect(fig.landed).toBe(550);
    expect(fig.touchedOpportunities).toBe(1);
    // NO_TOUCH (300 + 50 = 350) is larger than Email (200) but still last.
    expect(fig.channels).toEqual(['Email', NO_TOUCH]);
    for (const model of ATTRIBUTION_MODELS) {
      expect(fig.byModel[model]).toEqual({
        Email: { landed: 200, due: 0 },
        [NO_TOUCH]: { landed: 350, due: 0 },
      });
    }
  });

  it('credits no lost deal, no deal closing outside P and no win after D', () => {
    const ghost = (id: string) => touchOf(id, '2026-01-15', 'Ghost');
    const created = '2025-11-01';
    const fig = attribute(
      [
        linkedOpp({ id: 'lost', amount: 700, created, close: '2026-02-01', status: 'lost' }),
        linkedOpp({ id: 'before', amount: 800, created, close: '2025-12-20', status: 'won' }),
        linkedOpp({ id: 'after', amount: 900, created, close: '2026-04-02' }),
        // Won in P but after D: no known outcome at D, so neither landed nor due.
        linkedOpp({ id: 'late', amount: 600, created, close: '2026-03-01', status: 'won' }),
        linkedOpp({ id: 'undated', amount: 400, created }),
        won('ok', 100, created),
      ],
      [
        ghost('lost'),
        ghost('before'),
        ghost('after'),
        ghost('late'),
        ghost('undated'),
        touchOf('ok', '2026-01-15', 'Email'),
      ],
    );
    expect(fig.landed).toBe(100);
    expect(fig.due).toBe(0);
    expect(fig.touchedOpportunities).toBe(1);
    expect(fig.channels).toEqual(['Email']);
    expect(fig.byModel.linear).toEqual({ Email: { landed: 100, due: 0 } });
  });

  it('gives the whole amount to the only touch under every model', () => {
    const fig = attribute(
      [linkedOpp({ id: 'o', amount: 250, created: '2026-01-10', close: '2026-03-20' })],
      [touchOf('o', '2026-01-12', 'Social')],
    );
    for (const model of ATTRIBUTION_MODELS) {
      expect(fig.byModel[model]).toEqual({ Social: { landed: 0, due: 250 } });
    }
  });

  it('splits two touches 50/50 under linear, U and W', () => {
    // Created 2026-01-10: A (9 days off) is the creation touch and also the first.
    const fig = attribute(
      [won('w', 90, '2026-01-10')],
      [touchOf('w', '2026-01-01', 'A'), touchOf('w', '2026-01-20', 'B')],
    );
    expect(landedOf(fig.byModel.firstTouch)).toEqual({ A: 90, B: 0 });
    expect(landedOf(fig.byModel.lastTouch)).toEqual({ A: 0, B: 90 });
    for (const model of ['linear', 'uShaped', 'wShaped'] as const) {
      expect(landedOf(fig.byModel[model])).toEqual({ A: 45, B: 45 });
    }
  });

  it('gives U-shaped 40/20/40 over three touches', () => {
    const fig = attribute(
      [won('w', 700, '2026-01-10')],
      [
        touchOf('w', '2026-01-10', 'A'),
        touchOf('w', '2026-01-20', 'B'),
        touchOf('w', '2026-01-30', 'C'),
      ],
    );
    // 40% × 700 = 280, 20% × 700 = 140.
    expect(landedOf(fig.byModel.uShaped)).toEqual({ A: 280, B: 140, C: 280 });
  });

  it('renormalises W-shaped when the creation touch is the first: 30/10/30 → 3/7, 1/7, 3/7', () => {
    // Created 2026-01-10, A is on that day: first and creation coincide.
    const fig = attribute(
      [won('w', 700, '2026-01-10')],
      [
        touchOf('w', '2026-01-10', 'A'),
        touchOf('w', '2026-01-20', 'B'),
        touchOf('w', '2026-01-30', 'C'),
      ],
    );
    // 700 × 3/7 = 300, 700 × 1/7 = 100.
    expect(landedOf(fig.byModel.wShaped)).toEqual({ A: 300, B: 100, C: 300 });
  });

  it('gives W-shaped a third each when the three touches are first, creation and last', () => {
    // Created 2026-01-20 = B's date; no touch is left for the 10%.
    const fig = attribute(
      [won('w', 600, '2026-01-20')],
      [
        touchOf('w', '2026-01-10', 'A'),
        touchOf('w', '2026-01-20', 'B'),
        touchOf('w', '2026-01-30', 'C'),
      ],
    );
    expect(landedOf(fig.byModel.wShaped)).toEqual({ A: 200, B: 200, C: 200 });
  });

  it('renormalises W-shaped when the creation touch is the last of four', () => {
    // Created 2026-02-01: D (01-31, 1 day off) is creation and last. Roles 30 + 30, rest 10 over
    // two: 1400 × 30/70 = 600, 1400 × 5/70 = 100.
    const fig = attribute(
      [won('w', 1400, '2026-02-01')],
      [
        touchOf('w', '2026-01-01', 'A'),
        touchOf('w', '2026-01-05', 'B'),
        touchOf('w', '2026-01-09', 'C'),
        touchOf('w', '2026-01-31', 'D'),
      ],
    );
    expect(landedOf(fig.byModel.wShaped)).toEqual({ A: 600, B: 100, C: 100, D: 600 });
  });

  it('takes the earlier of two touches equally near the creation date for W-shaped', () => {
    // Created 2026-01-10: B (01-08) and C (01-12) are both 2 days off → B.
    const fig = attribute(
      [won('w', 1000, '2026-01-10')],
      [
        touchOf('w', '2026-01-01', 'A'),
        touchOf('w', '2026-01-12', 'C'),
        touchOf('w', '2026-01-08', 'B'),
        touchOf('w', '2026-01-30', 'D'),
      ],
    );
    expect(landedOf(fig.byModel.wShaped)).toEqual({ A: 300, B: 300, C: 100, D: 300 });
  });

  it('takes the first of several touches on the date nearest creation for W-shaped', () => {
    // Created 2026-01-10: B and C are both on that day → B, the first in input order.
    const fig = attribute(
      [won('w', 1000, '2026-01-10')],
      [
        touchOf('w', '2026-01-01', 'A'),
        touchOf('w', '2026-01-10', 'B'),
        touchOf('w', '2026-01-10', 'C'),
        touchOf('w', '2026-01-30', 'D'),
      ],
    );
    expect(landedOf(fig.byModel.wShaped)).toEqual({ A: 300, B: 300, C: 100, D: 300 });
  });

  it('takes the middle touch (the earlier of two middles) as W-shaped creation without a created date', () => {
    const four = attribute(
      [won('w', 1000, null)],
      [
        touchOf('w', '2020-06-01', 'A'),
        touchOf('w', '2025-10-01', 'B'),
        touchOf('w', '2025-11-01', 'C'),
        touchOf('w', '2026-01-01', 'D'),
      ],
    );
    // Four touches: middles are B and C → B. 30/30/10/30.
    expect(landedOf(four.byModel.wShaped)).toEqual({ A: 300, B: 300, C: 100, D: 300 });
    const five = attribute(
      [won('w', 1000, null)],
      [
        touchOf('w', '2025-09-01', 'A'),
        touchOf('w', '2025-10-01', 'B'),
        touchOf('w', '2025-11-01', 'C'),
        touchOf('w', '2025-12-01', 'D'),
        touchOf('w', '2026-01-01', 'E'),
      ],
    );
    // Five touches: C. 30% × 1000 = 300 each to A, C, E; 10% = 100 over B and D → 50 each.
    expect(landedOf(five.byModel.wShaped)).toEqual({ A: 300, B: 50, C: 300, D: 50, E: 300 });
  });

  it('orders touches on one date by input order', () => {
    const fig = attribute(
      [won('w', 10, '2026-01-10')],
      [touchOf('w', '2026-01-05', 'X'), touchOf('w', '2026-01-05', 'Y')],
    );
    expect(landedOf(fig.byModel.firstTouch)).toEqual({ X: 10, Y: 0 });
    expect(landedOf(fig.byModel.lastTouch)).toEqual({ X: 0, Y: 10 });
  });

  it('rounds each deal to the cent by largest remainder, ties to the channel touched first', () => {
    // 100.01 = 10001 cents, created 2026-01-06 (B's date, so W has three role touches, no rest).
    const fig = attribute(
      [won('w', 100.01, '2026-01-06')],
      [
        touchOf('w', '2026-01-07', 'C'),
        touchOf('w', '2026-01-06', 'B'),
        touchOf('w', '2026-01-05', 'A'),
      ],
    );
    // Linear: 10001 = 3 × 3333 + 2; the two odd cents go to A and B (equal remainders, date order).
    expect(landedOf(fig.byModel.linear)).toEqual({ A: 33.34, B: 33.34, C: 33.33 });
    expect(landedOf(fig.byModel.wShaped)).toEqual({ A: 33.34, B: 33.34, C: 33.33 });
    // U: weights 2, 1, 2 of 5 (40/20/40). 10001 × 2/5 = 4000.4 → 4000; 10001 × 1/5 = 2000.2 →
    // 2000; 4000 + 2000 + 4000 = 10000, the odd cent goes to the largest remainder, A and C
    // tie at 0.4 → A (touched first).
    expect(landedOf(fig.byModel.uShaped)).toEqual({ A: 40.01, B: 20, C: 40 });
  });

  it('rounds by channel, not by touch: a channel with two of three touches takes the odd cent', () => {
    // 0.01 over Y, X, X (date order): X has weight 2/3, Y 1/3 → the cent goes to X.
    const fig = attribute(
      [won('w', 0.01, '2026-01-10')],
      [
        touchOf('w', '2026-01-01', 'Y'),
        touchOf('w', '2026-01-02', 'X'),
        touchOf('w', '2026-01-03', 'X'),
      ],
    );
    expect(landedOf(fig.byModel.linear)).toEqual({ X: 0.01, Y: 0 });
  });

  it('spreads a negative amount like its absolute value', () => {
    const fig = attribute(
      [won('w', -1, '2026-01-10')],
      [
        touchOf('w', '2026-01-01', 'A'),
        touchOf('w', '2026-01-02', 'B'),
        touchOf('w', '2026-01-03', 'C'),
      ],
    );
    // 100 cents = 3 × 33 + 1 → 34, 33, 33, negated.
    expect(landedOf(fig.byModel.linear)).toEqual({ A: -0.34, B: -0.33, C: -0.33 });
  });

  it('names a channel by its trimmed channel, else its trimmed campaign, else (none)', () => {
    const fig = attribute(
      [won('w', 400, '2026-01-10')],
      [
        touchOf('w', '2026-01-01', '  Paid Search '),
        touchOf('w', '2026-01-02', '', { campaign: ' Spring Promo ' }),
        touchOf('w', '2026-01-03', null),
        touchOf('w', '2026-01-04', '   ', { campaign: '  ' }),
      ],
    );
    // 400 / 4 = 100 per touch; (none) has two.
    expect(fig.channels).toEqual(['(none)', 'Paid Search', 'Spring Promo']);
    expect(landedOf(fig.byModel.linear)).toEqual({
      '(none)': 200,
      'Paid Search': 100,
      'Spring Promo': 100,
    });
  });

  it('credits touches linked through the account (§5), not only by opportunity id', () => {
    const fig = attribute(
      [
        linkedOpp({
          id: 'w',
          accountName: 'STARK LLC',
          amount: 100,
          created: '2026-01-10',
          close: '2026-02-10',
          status: 'won',
        }),
      ],
      [touch({ date: '2026-01-15', accountName: 'Stark, Inc.', channel: 'Event' })],
    );
    expect(fig.touchedOpportunities).toBe(1);
    expect(landedOf(fig.byModel.lastTouch)).toEqual({ Event: 100 });
  });

  it('orders channels by linear landed + due, ties by name', () => {
    const created = '2026-01-10';
    const fig = attribute(
      [
        won('z', 100, created),
        linkedOpp({ id: 'zd', amount: 250, created, close: '2026-03-20' }),
        won('a', 300, created),
        won('b', 300, created),
        won('bare', 1000, created),
      ],
      [
        touchOf('z', '2026-01-15', 'Zeta'),
        touchOf('zd', '2026-01-15', 'Zeta'),
        touchOf('b', '2026-01-15', 'Beta'),
        touchOf('a', '2026-01-15', 'Alpha'),
      ],
    );
    // Zeta 100 + 250 = 350; Alpha and Beta 300 each; NO_TOUCH 1000 but last.
    expect(fig.channels).toEqual(['Zeta', 'Alpha', 'Beta', NO_TOUCH]);
    expect(fig.byModel.linear.Zeta).toEqual({ landed: 100, due: 250 });
    expect(fig.landed).toBe(1700);
    expect(fig.due).toBe(250);
    expect(fig.touchedOpportunities).toBe(4);
  });

  it('returns no channel when P has no landed or due deal', () => {
    const fig = attribute(
      [
        linkedOpp({
          id: 'l',
          amount: 5,
          created: '2026-01-10',
          close: '2026-02-01',
          status: 'lost',
        }),
      ],
      [touchOf('l', '2026-01-15', 'Email')],
    );
    expect(fig).toEqual({
      channels: [],
      byModel: { firstTouch: {}, lastTouch: {}, linear: {}, uShaped: {}, wShaped: {} },
      landed: 0,
      due: 0,
      touchedOpportunities: 0,
    });
  });
});

const BASE = isoDate('2025-01-01');
const day = fc.integer({ min: 0, max: 540 }).map((n) => addDays(BASE, n) as string);
const ACCOUNTS = ['Acme', 'Stark LLC', 'Wayne', null];

describe('attribution strip properties', () => {
  it('sums every model exactly to landed and due (in cents), with no negative credit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ o: opportunityArb, account: fc.constantFrom(...ACCOUNTS) }), {
          minLength: 1,
          maxLength: 30,
        }),
        fc.array(
          fc.record({
            target: fc.nat(),
            date: day,
            byAccount: fc.boolean(),
            channel: fc.constantFrom('Email', 'Web', ' Web ', '', null),
            campaign: fc.constantFrom('Promo', '', null),
          }),
          { maxLength: 80 },
        ),
        day,
        fc.integer({ min: 0, max: 400 }),
        (rows, touchRows, asOf, lookbackDays) => {
          const opportunities: Opportunity[] = rows.map(({ o, account }) => ({
            ...o,
            accountName: account,
          }));
          const touches = touchRows.map((r) => {
            const target = opportunities[r.target % opportunities.length];
            return touch({
              date: r.date,
              opportunityId: r.byAccount ? null : target.id,
              accountName: r.byAccount ? (target.accountName ?? 'Nobody') : null,
              channel: r.channel,
              campaign: r.campaign,
            });
          });
          const ctx = context(opportunities, { asOf, lookbackDays });
          const links = linkTouchpoints(touches, ctx.opps, { asOf: ctx.asOf });
          const fig = computeAttribution(ctx, links);
          const landings = computeLandings(ctx.opps, ctx.period, ctx.asOf, () => null);
          expect(toCents(fig.landed)).toBe(toCents(landings.landed));
          expect(toCents(fig.due)).toBe(toCents(landings.due));
          for (const model of ATTRIBUTION_MODELS as readonly AttributionModel[]) {
            const credits = Object.values(fig.byModel[model]);
            expect(Object.keys(fig.byModel[model])).toEqual(fig.channels);
            let landed = 0;
            let due = 0;
            for (const c of credits) {
              expect(c.landed).toBeGreaterThanOrEqual(0);
              expect(c.due).toBeGreaterThanOrEqual(0);
              landed += toCents(c.landed);
              due += toCents(c.due);
            }
            expect(landed).toBe(toCents(fig.landed));
            expect(due).toBe(toCents(fig.due));
          }
          // Touched deals are exactly P's landed and due deals that §4 calls influenced.
          const flags = influencedFlags(ctx, links);
          const { start, end } = ctx.period;
          let influenced = 0;
          ctx.opps.forEach((p, i) => {
            const close = p.opp.closeDate;
            if (close === null || close < start || close > end) return;
            const credited =
              p.opp.status === 'open' || (p.opp.status === 'won' && close <= ctx.asOf);
            if (credited && flags[i] === 1) influenced++;
          });
          expect(fig.touchedOpportunities).toBe(influenced);
        },
      ),
      { numRuns: 300 },
    );
  });
});
