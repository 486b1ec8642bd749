import { shiftDays } from './dates';
import type { Rng } from './prng';
import type { SampleWorld } from './world';

/** One row of the spend sheet: what a channel cost in a calendar month. */
export interface SampleSpend {
  /** `2026-03`. */
  month: string;
  channel: string;
  amount: number;
}

/** Monthly spend per channel at the anchor, in US dollars; channels are worded as the lead sources. */
const MONTHLY: ReadonlyArray<readonly [string, number]> = [
  ['Paid Search', 30_000],
  ['Web', 24_000],
  ['Webinar', 9_000],
  ['Email', 3_500],
  ['Employee Referral', 2_500],
];

/** Trade shows cost little between events and a lot in the months of the big ones. */
const TRADE_SHOW_MONTHS = new Set([3, 5, 9, 10]);

/** Budgets grow about 3% a month, a little faster than the deals. */
const MONTHLY_GROWTH = 1.03;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Marketing spend per channel per calendar month, over the two years up to the anchor's month;
 * the current month holds what was spent up to the deals' latest date.
 */
export function generateSampleSpend(rng: Rng, world: SampleWorld): SampleSpend[] {
  const first = shiftDays(world.anchor, -729);
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const lastYear = Number(world.anchor.slice(0, 4));
  const lastMonth = Number(world.anchor.slice(5, 7));
  const months: Array<readonly [number, number]> = [];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push([year, month]);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const rows: SampleSpend[] = [];
  months.forEach(([y, m], at) => {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    const scale = MONTHLY_GROWTH ** (at - (months.length - 1));
    let share = 1;
    if (at === months.length - 1) {
      const latestInMonth = world.latest.slice(0, 7) === key;
      share = latestInMonth ? Number(world.latest.slice(8, 10)) / daysInMonth(y, m) : 0;
    }
    if (share === 0) return;
    const channels: Array<readonly [string, number]> = [
      ...MONTHLY,
      ['Trade Show', TRADE_SHOW_MONTHS.has(m) ? rng.between(45_000, 70_000) : 1_500],
    ];
    for (const [channel, base] of channels) {
      const amount = base * scale * share * rng.between(0.85, 1.15);
      rows.push({ month: key, channel, amount: Math.round(amount * 100) / 100 });
    }
  });
  return rows;
}
