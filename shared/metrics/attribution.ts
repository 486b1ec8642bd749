import type { Touchpoint } from '../records';
import type { IsoDate } from '../units';
import type { MetricContext } from './metric-context';
import type { TouchLinks } from './linking';
import { addDays, dayNumber } from '../calendar';
import { fromCents } from '../money';
import { lookbackDaysOf } from './influence';
import { linkedEntries, linkedEntriesWithin, linkedTouchesWithin } from './linking';
import { dateOrdinal } from './touch-days';

/** The attribution models of the attribution strip, in the order the slide prints them. */
export const ATTRIBUTION_MODELS = [
  'firstTouch',
  'lastTouch',
  'linear',
  'uShaped',
  'wShaped',
] as const;

/** One attribution model's key. */
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** What each model gives, printed on the slide beside its figures. */
export const ATTRIBUTION_WEIGHTS: Record<AttributionModel, string> = {
  firstTouch: 'First touch: 100% to the first touch',
  lastTouch: 'Last touch: 100% to the last touch',
  linear: 'Linear: an equal share to every touch',
  uShaped: 'U-shaped: 40% first · 40% last · 20% the touches between',
  wShaped: 'W-shaped: 30% first · 30% at creation · 30% last · 10% the rest',
};

/** The label the strip carries: the credit is a model over CRM dates, not a measurement. */
export const ATTRIBUTION_NOTE =
  'Estimate from CRM dates: each deal’s amount spread over its touches from created − lookback to close (or the as-of date)';

/** The channel credited with the whole amount of a deal that had no touch in its window. */
export const NO_TOUCH = '(no marketing touch)';

/** A channel's credit under one model: its part of the landed and of the due amount. */
export interface ChannelCredit {
  landed: number;
  due: number;
}

/** The attribution strip: P's landed and due amounts credited by channel under every model. */
export interface AttributionFigures {
  /** Channels in a stable order (largest linear landed+due first, ties by name); NO_TOUCH last. */
  channels: string[];
  byModel: Record<AttributionModel, Record<string, ChannelCredit>>;
  /** The landed and due amounts being credited (= report.landings.landed / .due): every model's credits sum to these exactly. */
  landed: number;
  due: number;
  /** How many landed/due opportunities had at least one touch in their influence window. */
  touchedOpportunities: number;
}

/** A touch whose channel has not been read yet (channel numbers are ≥ 0). */
const UNREAD = -2;

/** How many times the weight of one role touch is a "rest" touch's, per model with roles. */
const ROLE_FACTOR = { uShaped: 2, wShaped: 3 } as const;

/** A channel name trimmed, `null` when blank. */
function trimmed(value: string | null): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * Numbers channels 0, 1, 2… and names a touch's: `channel`, else `campaign` (both trimmed), else
 * `(none)`. A raw channel value is trimmed once, not once per touch: exports repeat a few dozen.
 */
class Channels {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly byRawChannel = new Map<string | null, number>();
  private readonly byRawCampaign = new Map<string | null, number>();

  /** The number of a channel name, given a new one when unseen. */
  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.names.push(name);
      this.ids.set(name, id);
    }
    return id;
  }

  /** The number of a touch's channel. */
  of(t: Touchpoint): number {
    // −1: the channel is blank, so the campaign names the channel.
    let id = this.byRawChannel.get(t.channel);
    if (id === undefined) {
      const name = trimmed(t.channel);
      id = name === null ? -1 : this.idOf(name);
      this.byRawChannel.set(t.channel, id);
    }
    if (id !== -1) return id;
    id = this.byRawCampaign.get(t.campaign);
    if (id === undefined) {
      id = this.idOf(trimmed(t.campaign) ?? '(none)');
      this.byRawCampaign.set(t.campaign, id);
    }
    return id;
  }
}

/**
 * The touch nearest `created` (fewest days either way; ties → the earlier), or the middle touch
 * without one. `n` touches in date order: `dateAt(j)` is the j-th one's date and
 * `onOrBefore(j)` whether it is dated on or before `created`.
 */
function creationTouch(
  n: number,
  created: IsoDate | null,
  dateAt: (j: number) => IsoDate,
  onOrBefore: (j: number) => boolean,
  sameDate: (a: number, b: number) => boolean,
): number {
  if (created === null) return (n - 1) >> 1;
  // Touches are in date order: the nearest is the last one on or before `created` or the
  // first one after it, so only those two dates are measured.
  let after = 0;
  while (after < n && onOrBefore(after)) after++;
  if (after === 0) return 0;
  // Of several touches on that date the first (in input order) is the earlier.
  let before = after - 1;
  while (before > 0 && sameDate(before - 1, before)) before--;
  if (after === n || dateAt(before) === created) return before;
  const day = dayNumber(created);
  // On a tie the touch before (the earlier) keeps the role.
  return dayNumber(dateAt(after)) - day < day - dayNumber(dateAt(before)) ? after : before;
}

/** Orders touches by date; `Array#sort` is stable, so one date keeps the input order. */
function byDate(a: Touchpoint, b: Touchpoint): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/** Reusable buffers so a deal costs no allocation beyond its touch list. */
interface Scratch {
  /** Per touch in date order: its channel's slot among the deal's distinct channels. */
  local: number[];
  /** Per deal channel slot: its global channel number. */
  global: number[];
  /** Per deal channel slot: the summed integer weight of the current model. */
  weight: number[];
  /** Per deal channel slot: the cents given so far and the remainder that ranks it. */
  given: number[];
  remainder: number[];
  order: number[];
}

/** Sets the first `slots` channel weights to 0 (`fill` would not grow the array). */
function clearWeights(s: Scratch, slots: number): void {
  for (let c = 0; c < slots; c++) s.weight[c] = 0;
}

/**
 * Splits `cents` over the deal's channel slots in proportion to their integer weights (summing
 * to `total`) with largest-remainder rounding (ties → the channel touched first), adding the
 * result to `into` by global channel number. The slots' credits sum to `cents` exactly.
 */
function allocate(cents: number, total: number, slots: number, s: Scratch, into: number[]): void {
  // A negative amount is spread like its absolute value, then negated: the sum stays exact.
  const sign = cents < 0 ? -1 : 1;
  const abs = Math.abs(cents);
  // cents·w / total without overflow: abs = q·total + r, so cents·w = q·total·w + r·w, r·w < total².
  const q = Math.floor(abs / total);
  const r = abs - q * total;
  let left = abs;
  for (let c = 0; c < slots; c++) {
    const w = s.weight[c];
    const part = q * w + Math.floor((r * w) / total);
    s.given[c] = part;
    s.remainder[c] = (r * w) % total;
    left -= part;
  }
  // left < slots (each slot's dropped fraction is under a cent). A few slots: pick the largest
  // remainder `left` times (the first slot on a tie); many: sort once.
  if (left > 0 && slots <= 32) {
    for (let k = 0; k < left; k++) {
      let best = 0;
      for (let c = 1; c < slots; c++) if (s.remainder[c] > s.remainder[best]) best = c;
      s.given[best]++;
      s.remainder[best] = -1;
    }
  } else if (left > 0) {
    s.order.length = slots;
    for (let c = 0; c < slots; c++) s.order[c] = c;
    s.order.sort((a, b) => s.remainder[b] - s.remainder[a] || a - b);
    for (let k = 0; k < left; k++) s.given[s.order[k]]++;
  }
  for (let c = 0; c < slots; c++) into[s.global[c]] = (into[s.global[c]] ?? 0) + sign * s.given[c];
}

/**
 * U- or W-shaped credit of one deal of `n` touches: each distinct role touch (first, last, and
 * `creation` unless it is −1) weighs `factor` × the number of rest touches, each rest touch 1;
 * with no rest touch every role touch weighs 1. So U (factor 2) gives 40/40/20 and W (factor 3)
 * 30/30/30/10, and where roles coincide or nothing is left between, the remaining weights
 * renormalise proportionally.
 */
function shaped(
  cents: number,
  n: number,
  creation: number,
  factor: number,
  slots: number,
  s: Scratch,
  into: number[],
): void {
  const ends = n === 1 ? 1 : 2;
  const distinct = creation > 0 && creation < n - 1 ? 3 : ends;
  const rest = n - distinct;
  const roleWeight = rest === 0 ? 1 : factor * rest;
  clearWeights(s, slots);
  for (let j = 0; j < n; j++) {
    const isRole = j === 0 || j === n - 1 || j === creation;
    s.weight[s.local[j]] += isRole ? roleWeight : 1;
  }
  allocate(cents, distinct * roleWeight + rest, slots, s, into);
}

/**
 * Adds one deal's credit under every model to `totals` (model → global channel → cents). The
 * deal has `n ≥ 1` touches in its window, by date (ties in input order); `creation` is the
 * index of the one nearest its creation (`creationTouch`).
 */
function creditDeal(
  cents: number,
  n: number,
  creation: number,
  slots: number,
  s: Scratch,
  totals: Record<AttributionModel, number[]>,
): void {
  const first = s.global[s.local[0]];
  totals.firstTouch[first] = (totals.firstTouch[first] ?? 0) + cents;
  const last = s.global[s.local[n - 1]];
  totals.lastTouch[last] = (totals.lastTouch[last] ?? 0) + cents;

  // Linear: one unit per touch.
  clearWeights(s, slots);
  for (let j = 0; j < n; j++) s.weight[s.local[j]]++;
  allocate(cents, n, slots, s, totals.linear);

  // U has no creation role: −1 matches no touch.
  shaped(cents, n, -1, ROLE_FACTOR.uShaped, slots, s, totals.uShaped);
  shaped(cents, n, creation, ROLE_FACTOR.wShaped, slots, s, totals.wShaped);
}

/**
 * The attribution strip (issue #4): the amounts landed and due in P (metrics.md §4) credited
 * by channel under first touch, last touch, linear, U-shaped and W-shaped. Each deal's whole
 * amount is spread over its linked touches (§5) in its §4 influence window; a deal without one
 * credits NO_TOUCH, so every model sums to landed and due exactly (in integer cents).
 */
export function computeAttribution(ctx: MetricContext, links: TouchLinks): AttributionFigures {
  const { start, end } = ctx.period;
  const lookback = lookbackDaysOf(ctx);
  const windowStarts = new Map<string, IsoDate>();
  const channels = new Channels();
  const { names } = channels;
  const newTotals = (): Record<AttributionModel, number[]> => ({
    firstTouch: [],
    lastTouch: [],
    linear: [],
    uShaped: [],
    wShaped: [],
  });
  const landedCents = newTotals();
  const dueCents = newTotals();
  const scratch: Scratch = {
    local: [],
    global: [],
    weight: [],
    given: [],
    remainder: [],
    order: [],
  };
  // Per global channel: the deal number that last gave it a slot, and that slot.
  const seenIn: number[] = [];
  const slotOf: number[] = [];
  let landed = 0;
  let due = 0;
  let touched = 0;
  let noTouch = false;
  // One set of buffers reused for every deal's touches in its window, by touch number.
  let found = linkedEntries();
  // Per touch: its channel's number, read once per report (a touch is in many deals' windows).
  const channelOf = new Int32Array(links.touchpoints.length).fill(UNREAD);
  // Only the rare deal with dates outside YYYY-MM-DD needs a touch's number from its object.
  let numbers: Map<Touchpoint, number> | null = null;
  const touchNumber = (t: Touchpoint): number => {
    if (numbers === null) numbers = new Map(links.touchpoints.map((tp, k) => [tp, k]));
    return numbers.get(t) ?? -1;
  };

  for (let i = 0; i < ctx.opps.length; i++) {
    const p = ctx.opps[i];
    const { closeDate, createdDate, status } = p.opp;
    // The deals of landings.landed and landings.due (§4), exactly as computeLandings picks them.
    if (closeDate === null || closeDate < start || closeDate > end) continue;
    const isDue = status === 'open';
    if (!isDue && (status !== 'won' || closeDate > ctx.asOf)) continue;
    const totals = isDue ? dueCents : landedCents;
    if (isDue) due += p.cents;
    else landed += p.cents;

    let from: IsoDate | null = null;
    if (createdDate !== null) {
      from = windowStarts.get(createdDate) ?? null;
      if (from === null) {
        from = addDays(createdDate, -lookback);
        windowStarts.set(createdDate, from);
      }
    }
    // A landed deal closed by D: its window ends on its close date; an open one's on D.
    const to = isDue ? ctx.asOf : closeDate;
    const low = from === null ? -1 : dateOrdinal(from);
    const high = dateOrdinal(to);
    const createdDay = createdDate === null ? 0 : dateOrdinal(createdDate);
    let n: number;
    let creation: number;
    if ((from !== null && low === -1) || high === -1 || createdDay === -1) {
      // A date outside the YYYY-MM-DD form: compare the strings themselves.
      const sorted = linkedTouchesWithin(links, i, from, to).sort(byDate);
      n = sorted.length;
      if (found.touches.length < n) found = linkedEntries(n);
      for (let j = 0; j < n; j++) found.touches[j] = touchNumber(sorted[j]);
      creation = creationTouch(
        n,
        createdDate,
        (j) => sorted[j].date,
        (j) => createdDate !== null && sorted[j].date <= createdDate,
        (a, b) => sorted[a].date === sorted[b].date,
      );
    } else {
      n = linkedEntriesWithin(links, i, low, high, found);
      const { touches, days } = found;
      creation = creationTouch(
        n,
        createdDate,
        (j) => links.touchpoints[touches[j]].date,
        (j) => days[j] <= createdDay,
        (a, b) => days[a] === days[b],
      );
    }
    if (n === 0) {
      noTouch = true;
      const g = channels.idOf(NO_TOUCH);
      for (const model of ATTRIBUTION_MODELS) totals[model][g] = (totals[model][g] ?? 0) + p.cents;
      continue;
    }
    touched++;
    let slots = 0;
    for (let j = 0; j < n; j++) {
      const k = found.touches[j];
      let g = channelOf[k];
      if (g === UNREAD) {
        g = channels.of(links.touchpoints[k]);
        channelOf[k] = g;
      }
      if (seenIn[g] !== i) {
        seenIn[g] = i;
        slotOf[g] = slots;
        scratch.global[slots] = g;
        slots++;
      }
      scratch.local[j] = slotOf[g];
    }
    creditDeal(p.cents, n, creation, slots, scratch, totals);
  }

  const noTouchId = noTouch ? channels.idOf(NO_TOUCH) : -1;
  const linearOf = (g: number): number => (landedCents.linear[g] ?? 0) + (dueCents.linear[g] ?? 0);
  const ids = names.map((_, g) => g).filter((g) => g !== noTouchId);
  ids.sort(
    (a, b) => linearOf(b) - linearOf(a) || (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0),
  );
  if (noTouch) ids.push(noTouchId);

  const byModel = {} as Record<AttributionModel, Record<string, ChannelCredit>>;
  for (const model of ATTRIBUTION_MODELS) {
    // fromEntries defines own properties, so a channel named `__proto__` is a key like any other.
    byModel[model] = Object.fromEntries(
      ids.map((g): [string, ChannelCredit] => [
        names[g],
        { landed: fromCents(landedCents[model][g] ?? 0), due: fromCents(dueCents[model][g] ?? 0) },
      ]),
    );
  }
  return {
    channels: ids.map((g) => names[g]),
    byModel,
    landed: fromCents(landed),
    due: fromCents(due),
    touchedOpportunities: touched,
  };
}
