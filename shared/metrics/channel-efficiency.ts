import type { Spend } from '../records';
import type { IsoDate } from '../units';
import type { MetricContext } from './metric-context';
import { parsePeriod } from '../calendar';
import { normaliseWords } from '../demand-source';
import { fromCents, toCents } from '../money';
import { createdWithin, creationWindow } from './created';

/** One channel's efficiency (metrics.md §7; §12 `create.channelEfficiency.<channel>`). */
export interface ChannelFigures {
  /** Spend in P (see `spendCountsIn`). */
  spend: number;
  /** Σ amount of opportunities created in P whose raw lead source is this channel. */
  pipeline: number;
  /** How many opportunities make up `pipeline`. */
  opportunities: number;
  /** spend / opportunities; `null` with no opportunities. */
  costPerOpportunity: number | null;
  /** pipeline / spend; `null` with no spend. */
  pipelinePerSpend: number | null;
}

/** The channel key of a blank spend channel or lead source. */
export const NO_CHANNEL = '(none)';

/** A channel: the grouping key (normalised words) and the name the report shows. */
export interface Channel {
  key: string;
  label: string;
}

/**
 * Maps a raw channel or lead-source value to its channel: the editable table first (keys
 * matched after §3 normalising, so `Paid_Search` = `paid search`), else the value's own
 * normalised words. Values that normalise alike are one channel; a channel named by the
 * table is labelled as the table writes it, any other by its normalised words.
 */
export function channelClassifier(
  table: Readonly<Record<string, string>> = {},
): (raw: string | null) => Channel {
  const mapped = new Map<string, string>();
  const labels = new Map<string, string>();
  for (const [from, to] of Object.entries(table)) {
    const key = normaliseWords(to);
    if (key === '') continue;
    mapped.set(normaliseWords(from), key);
    if (!labels.has(key)) labels.set(key, to.trim());
  }
  const seen = new Map<string, Channel>();
  return (raw) => {
    const value = raw ?? '';
    const hit = seen.get(value);
    if (hit !== undefined) return hit;
    const words = normaliseWords(value);
    const key = mapped.get(words) ?? words;
    const channel: Channel =
      key === '' ? { key: '', label: NO_CHANNEL } : { key, label: labels.get(key) ?? key };
    seen.set(value, channel);
    return channel;
  };
}

const MONTH = /^\s*(\d{4})-(\d{1,2})\s*$/;

/**
 * Whether a spend row counts in P up to D: a dated row when its date is in `[P.start,
 * min(P.end, D)]`; a quarter row (`FY2026-Q3`) when it names P and P has started by D; a month
 * row (`2026-03`) when the month lies in P and has started by D. A row with a date is placed by
 * its date; a period in neither form counts nowhere.
 */
export function spendCountsIn(row: Spend, ctx: MetricContext): boolean {
  const w = creationWindow(ctx.period, ctx.asOf);
  if (w.to < w.from) return false;
  if (row.date !== null) return row.date >= w.from && row.date <= w.to;
  if (row.period === null) return false;
  const month = MONTH.exec(row.period);
  if (month) {
    const m = Number(month[2]);
    if (m < 1 || m > 12) return false;
    // Fiscal quarters begin on a month's first day, so a month lies in P when its first day does.
    const first = `${month[1]}-${String(m).padStart(2, '0')}-01` as IsoDate;
    return first >= w.from && first <= w.to;
  }
  const quarter = parsePeriod(row.period, ctx.settings.fiscalYearStartMonth);
  return quarter.ok && quarter.quarter.id === ctx.period.id;
}

interface Tally {
  spendCents: number;
  pipelineCents: number;
  opportunities: number;
}

/**
 * Channel efficiency of metrics.md §7: per channel, spend in P, pipeline created in P (up to D)
 * by opportunities whose raw lead source is that channel, cost per opportunity and pipeline
 * per unit of spend. Lists every channel with spend or created opportunities in P (blank
 * lead sources as `(none)`), ordered by spend, largest first, then by name.
 */
export function computeChannelEfficiency(
  ctx: MetricContext,
  spend: readonly Spend[],
  channelTable: Readonly<Record<string, string>> = {},
): Record<string, ChannelFigures> {
  const channelOf = channelClassifier(channelTable);
  const tallies = new Map<string, Tally & { label: string }>();
  const tally = (c: Channel): Tally => {
    let t = tallies.get(c.key);
    if (t === undefined) {
      t = { label: c.label, spendCents: 0, pipelineCents: 0, opportunities: 0 };
      tallies.set(c.key, t);
    }
    return t;
  };
  for (const row of spend) {
    if (spendCountsIn(row, ctx)) tally(channelOf(row.channel)).spendCents += toCents(row.amount);
  }
  const w = creationWindow(ctx.period, ctx.asOf);
  const inWindow = createdWithin(w);
  for (let i = 0; i < ctx.opps.length; i++) {
    const p = ctx.opps[i];
    if (!inWindow(p)) continue;
    const t = tally(channelOf(p.opp.leadSource));
    t.pipelineCents += p.cents;
    t.opportunities++;
  }
  const rows = [...tallies.values()].sort((x, y) =>
    y.spendCents !== x.spendCents
      ? y.spendCents - x.spendCents
      : x.label < y.label
        ? -1
        : x.label > y.label
          ? 1
          : 0,
  );
  return Object.fromEntries(
    rows.map((t): [string, ChannelFigures] => [
      t.label,
      {
        spend: fromCents(t.spendCents),
        pipeline: fromCents(t.pipelineCents),
        opportunities: t.opportunities,
        costPerOpportunity:
          t.opportunities === 0 ? null : fromCents(t.spendCents) / t.opportunities,
        pipelinePerSpend: t.spendCents === 0 ? null : t.pipelineCents / t.spendCents,
      },
    ]),
  );
}
