import type { Meeting } from '../records';
import type { IsoDate } from '../units';
import type { MetricContext } from './metric-context';
import { dayNumber, fromDayNumber } from '../calendar';
import { creationWindow } from './created';
import { oppNameKeys, sharedNameKeyer } from './opp-index';
import { idKeyer, oppIdShapes } from './target-accounts';

/** Net-new meetings of one ISO week of P (metrics.md §7). */
export interface MeetingWeek {
  /** The ISO week, written `2026-W14`. */
  week: string;
  prospect: number;
  customer: number;
}

/** The net-new meetings of metrics.md §7 (§12 `create.meetings`). */
export interface MeetingFigures {
  netNewProspect: number;
  netNewCustomer: number;
  /** Every ISO week overlapping P up to D, in order, zeros included. */
  byWeek: MeetingWeek[];
}

/** A meeting is net-new when its account had no meeting in this many days before it (§7). */
const NET_NEW_GAP_DAYS = 365;

/** The ISO 8601 week of a day number, written `2026-W14` (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOfDay(day: number): string {
  // Day 0 (1970-01-01) was a Thursday, so (day + 3) mod 7 counts from Monday = 0.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const year = fromDayNumber(thursday).slice(0, 4);
  const week = Math.floor((thursday - dayNumber(`${year}-01-01` as IsoDate)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The ISO 8601 week of a date, written `2026-W14`. */
export function isoWeekOf(date: IsoDate): string {
  return isoWeekOfDay(dayNumber(date));
}

/** One account's meeting history: its id key (if known), every name it was logged under, its meeting days. */
export interface AccountHistory {
  id: string | null;
  names: Set<string>;
  days: number[];
}

/**
 * The earliest close date of a won opportunity (closed by D) per account reference, so a
 * meeting's account can be called a customer (§7) with the §5 link: by id where both have
 * one, else by normalised name.
 */
export function firstWins(
  ctx: MetricContext,
  keyOf: (id: string) => string,
): {
  byId: Map<string, IsoDate>;
  byName: Map<string, IsoDate>;
  byNameWithoutId: Map<string, IsoDate>;
} {
  const byId = new Map<string, IsoDate>();
  const byName = new Map<string, IsoDate>();
  const byNameWithoutId = new Map<string, IsoDate>();
  const keep = (map: Map<string, IsoDate>, key: string, date: IsoDate): void => {
    const seen = map.get(key);
    if (seen === undefined || date < seen) map.set(key, date);
  };
  const names = oppNameKeys(ctx.opps);
  ctx.opps.forEach(({ opp }, i) => {
    if (opp.status !== 'won' || opp.closeDate === null || opp.closeDate > ctx.asOf) return;
    if (opp.accountId !== null) keep(byId, keyOf(opp.accountId), opp.closeDate);
    const name = names[i];
    if (name === null) return;
    keep(byName, name, opp.closeDate);
    if (opp.accountId === null) keep(byNameWithoutId, name, opp.closeDate);
  });
  return { byId, byName, byNameWithoutId };
}

/** The earlier of two optional dates. */
const earlier = (a: IsoDate | undefined, b: IsoDate | undefined): IsoDate | undefined =>
  a === undefined ? b : b === undefined || a < b ? a : b;

/**
 * Walks every net-new meeting day (§7) from day `from` to `to` (day numbers): a day with no
 * meeting of the same account in the 365 days before it; `customer` when the account had a deal
 * won before that day. The report counts them; the drill-down lists them.
 */
export function forEachNetNewMeeting(
  accounts: readonly AccountHistory[],
  wins: ReturnType<typeof firstWins>,
  from: number,
  to: number,
  visit: (history: AccountHistory, day: number, customer: boolean) => void,
): void {
  for (const h of accounts) {
    let firstWon: IsoDate | undefined;
    if (h.id === null) {
      for (const n of h.names) firstWon = earlier(firstWon, wins.byName.get(n));
    } else {
      firstWon = wins.byId.get(h.id);
      for (const n of h.names) firstWon = earlier(firstWon, wins.byNameWithoutId.get(n));
    }
    const firstWonDay = firstWon === undefined ? null : dayNumber(firstWon);
    const days = [...new Set(h.days)].sort((a, b) => a - b);
    days.forEach((day, i) => {
      if (day < from || day > to) return;
      const previous = i > 0 ? days[i - 1] : undefined;
      if (previous !== undefined && day - previous <= NET_NEW_GAP_DAYS) return;
      visit(h, day, firstWonDay !== null && firstWonDay < day);
    });
  }
}

/**
 * Groups meetings (dated by D) by account: by id (15/18 as one), else by normalised name. A
 * name-only meeting joins the id of other meetings logged with both that name and one id, so
 * a log mixing the two forms does not split an account.
 */
export function histories(
  meetings: readonly Meeting[],
  keyOf: (id: string) => string,
  nameOf: (name: string | null) => string | null,
): AccountHistory[] {
  const idOfName = new Map<string, string | null>();
  for (const m of meetings) {
    const name = nameOf(m.accountName);
    if (m.accountId === null || name === null) continue;
    const id = keyOf(m.accountId);
    const seen = idOfName.get(name);
    // A name logged under two ids is ambiguous: it then stays a name of its own.
    idOfName.set(name, seen === undefined || seen === id ? id : null);
  }
  const byKey = new Map<string, AccountHistory>();
  // Logs repeat few distinct dates over many rows: work out each day number once.
  const days = new Map<string, number>();
  for (const m of meetings) {
    const name = nameOf(m.accountName);
    const id =
      m.accountId !== null
        ? keyOf(m.accountId)
        : name === null
          ? null
          : (idOfName.get(name) ?? null);
    if (id === null && name === null) continue;
    const key = id !== null ? `id:${id}` : `name:${name ?? ''}`;
    let h = byKey.get(key);
    if (h === undefined) {
      h = { id, names: new Set(), days: [] };
      byKey.set(key, h);
    }
    if (name !== null) h.names.add(name);
    let day = days.get(m.date);
    if (day === undefined) {
      day = dayNumber(m.date);
      days.set(m.date, day);
    }
    h.days.push(day);
  }
  return [...byKey.values()];
}

/**
 * Net-new meetings of metrics.md §7: a meeting in P (up to D) whose account had no meeting in
 * the 365 days before it (meetings before P count as history). It is a customer meeting when
 * the account had an opportunity won before the meeting's date, else a prospect meeting; the
 * log's own `kind` is not used, the contract derives it. Several meetings with one account on
 * one day count once. Counted per ISO week of P and in total.
 */
export function computeMeetings(ctx: MetricContext, meetings: readonly Meeting[]): MeetingFigures {
  const span = creationWindow(ctx.period, ctx.asOf);
  const known = meetings.filter((m) => m.date <= ctx.asOf);
  const keyOf = idKeyer(
    known.map((m) => m.accountId),
    oppIdShapes(ctx.opps, 'accountId'),
  );
  const nameOf = sharedNameKeyer(ctx.opps);
  const wins = firstWins(ctx, keyOf);

  const byWeek: MeetingWeek[] = [];
  const weekIndex = new Map<string, number>();
  const from = dayNumber(span.from);
  const to = dayNumber(span.to);
  if (from <= to) {
    for (let monday = from - ((((from + 3) % 7) + 7) % 7); monday <= to; monday += 7) {
      const week = isoWeekOfDay(monday);
      weekIndex.set(week, byWeek.length);
      byWeek.push({ week, prospect: 0, customer: 0 });
    }
  }

  let netNewProspect = 0;
  let netNewCustomer = 0;
  forEachNetNewMeeting(histories(known, keyOf, nameOf), wins, from, to, (_h, day, customer) => {
    const slot = byWeek[weekIndex.get(isoWeekOfDay(day)) ?? -1];
    if (slot === undefined) return;
    if (customer) {
      slot.customer++;
      netNewCustomer++;
    } else {
      slot.prospect++;
      netNewProspect++;
    }
  });
  return { netNewProspect, netNewCustomer, byWeek };
}
