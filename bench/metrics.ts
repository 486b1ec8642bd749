/**
 * The metrics benchmark: the time to compute every slide's figures (computeReport over every
 * record kind, then every slide drafted) for 200,000 opportunities, 1,000,000 touchpoints and
 * 200,000 leads, and at 2× and 4× that size, to show the cost grows linearly. Prints; never
 * asserts. Run alone with `node --expose-gc --import tsx bench/metrics.ts`.
 */
import { draftDeck } from '../shared/deck/compose-deck';
import type { DraftContext } from '../shared/deck/draft-context';
import { computeReport, type ReportInput } from '../shared/metrics';
import { computeAttribution } from '../shared/metrics/attribution';
import { computeChannelEfficiency } from '../shared/metrics/channel-efficiency';
import { computeCreated } from '../shared/metrics/created';
import { computeDefinitions } from '../shared/metrics/definitions';
import { computeForward } from '../shared/metrics/forward-projection';
import { computeInfluence } from '../shared/metrics/influence';
import { computeIntegrity } from '../shared/metrics/integrity';
import { computeLag } from '../shared/metrics/lag';
import { computeLandings } from '../shared/metrics/landings';
import { computeFunnelByChannel, computeLeads } from '../shared/metrics/leads-funnel';
import { linkTouchpoints, orphanTouchpoints } from '../shared/metrics/linking';
import { computeMeetings } from '../shared/metrics/meetings';
import type { MetricContext } from '../shared/metrics/metric-context';
import { prepareOpportunities } from '../shared/metrics/prepared';
import type { ReportContext } from '../shared/metrics/report-context';
import { resolvePeriod } from '../shared/metrics/resolve-period';
import { isSourcedBy, sourceClassifier, withSources } from '../shared/metrics/sourcing';
import { computeStripping } from '../shared/metrics/stripping';
import { computeTargetAccounts } from '../shared/metrics/target-accounts';
import { computeSourceShares, computeTargets } from '../shared/metrics/targets';
import { computeWinRates } from '../shared/metrics/win-rates';
import type { Lead, Meeting, Opportunity, Spend, Target, Touchpoint } from '../shared/records';
import { mulberry32 } from '../shared/sample/prng';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { addDays } from '../shared/calendar';
import { isoDate, money, type IsoDate } from '../shared/units';

/** Sizes at 1×: the figures. */
const BASE = { opportunities: 200_000, touchpoints: 1_000_000, leads: 200_000 };
const SOURCES = ['Webinar', 'Paid Search', 'Partner Referral', 'SDR Outbound', 'Outbound', ''];
const CHANNELS = ['Webinar', 'Paid Search', 'Event', 'Email', 'Content Syndication'];
const ACCOUNTS = 20_000;
const START = isoDate('2024-01-01');
/** Two and three-quarter years of history up to the as-of date. */
const SPAN_DAYS = 1000;

/**
 * An account name as an import holds it: one flat string. A template literal of 13 or more
 * characters makes a V8 rope, which the first lookup of every row must flatten (an allocation
 * per row, kept alive by the old rope): imported rows, parsed from a file or read back from
 * IndexedDB, hold no ropes, so the benchmark would time its own generator, not the figures.
 */
function account(n: number): string {
  return ['Account', String(n)].join(' ');
}

/** Synthetic records of every kind at `scale` times the base sizes, the same every run. */
export function records(scale: number): ReportInput {
  const rng = mulberry32(42 + scale);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)];
  const day = (): IsoDate => addDays(START, Math.floor(rng() * SPAN_DAYS));
  const accounts = ACCOUNTS * scale;
  const opportunities: Opportunity[] = [];
  for (let i = 0; i < BASE.opportunities * scale; i++) {
    const created = day();
    const roll = rng();
    const status = roll < 0.3 ? 'won' : roll < 0.6 ? 'lost' : 'open';
    opportunities.push({
      id: `006${i}`,
      name: null,
      accountId: `001${i % accounts}`,
      accountName: account(i % accounts),
      amount: money(Math.round(rng() * 100_000)),
      currency: null,
      createdDate: created,
      closeDate: addDays(created, Math.floor(rng() * 200)),
      stage: null,
      status,
      forecastCategory: null,
      probability: null,
      leadSource: pick(SOURCES),
      type: null,
      segmentRaw: null,
      employees: Math.floor(rng() * 5000),
      region: null,
      owner: null,
      leadId: `00Q${i}`,
      primaryCampaign: null,
    });
  }
  const touchpoints: Touchpoint[] = [];
  for (let i = 0; i < BASE.touchpoints * scale; i++) {
    const byOpportunity = rng() < 0.3;
    touchpoints.push({
      date: day(),
      opportunityId: byOpportunity ? `006${Math.floor(rng() * opportunities.length)}` : null,
      accountId: null,
      accountName: byOpportunity ? null : account(Math.floor(rng() * accounts * 1.1)),
      leadId: null,
      campaign: null,
      channel: pick(CHANNELS),
      type: null,
    });
  }
  const leads: Lead[] = [];
  for (let i = 0; i < BASE.leads * scale; i++) {
    const created = day();
    leads.push({
      id: `00Q${i}`,
      createdDate: created,
      accountName: account(i % accounts),
      email: null,
      leadSource: pick(SOURCES),
      status: rng() < 0.2 ? 'Disqualified' : 'Working',
      statusDate: addDays(created, 10),
      lifecycleStage: null,
      mqlDate: rng() < 0.5 ? addDays(created, 5) : null,
      sqlDate: rng() < 0.25 ? addDays(created, 20) : null,
      opportunityDate: null,
      customerDate: null,
      converted: null,
      convertedDate: null,
      convertedOpportunityId: null,
    });
  }
  const meetings: Meeting[] = Array.from({ length: 20_000 * scale }, (_, i) => ({
    date: day(),
    accountName: account(i % accounts),
    accountId: null,
    kind: null,
    owner: null,
  }));
  const spend: Spend[] = CHANNELS.map((channel) => ({
    period: 'FY2026-Q3',
    date: null,
    channel,
    amount: money(50_000),
    currency: null,
    campaign: null,
  }));
  const targets: Target[] = [
    {
      period: 'FY2026-Q3',
      demandSource: 'marketing',
      segment: 'all',
      kind: 'pipeline',
      amount: money(5e8),
    },
    {
      period: 'FY2026-Q3',
      demandSource: 'all',
      segment: 'all',
      kind: 'revenue',
      amount: money(9e8),
    },
  ];
  return {
    opportunities,
    touchpoints,
    leads,
    meetings,
    spend,
    targets,
    targetAccounts: Array.from({ length: 500 }, (_, i) => ({
      accountName: account(i * 7),
      accountId: null,
      tier: null,
      owner: null,
    })),
    settings: { ...DEFAULT_SETTINGS, asOf: addDays(START, SPAN_DAYS) },
    rejectedRows: 0,
  };
}

const CONTEXT: DraftContext = {
  currency: 'USD',
  isSample: false,
  sourceLabel: 'benchmark',
  opportunityCount: 0,
  rejectedReasons: [],
  footer: null,
};

/** The best of three runs of computing the report and drafting every slide, in ms. */
function timeSlides(input: ReportInput): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 3; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    const started = performance.now();
    const report = computeReport(input);
    draftDeck(report, { ...CONTEXT, opportunityCount: input.opportunities.length });
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/**
 * Times each part of one report and its deck once, in the order `computeReport` runs them
 * (with the settings' sourcing definition), to show where the time goes; the parts add up to
 * one report and its deck.
 */
function sectionTimes(input: ReportInput): [string, number][] {
  const times: [string, number][] = [];
  let started = performance.now();
  const lap = <T>(name: string, value: T): T => {
    const now = performance.now();
    times.push([name, now - started]);
    started = now;
    return value;
  };
  const { settings } = input;
  const resolved = resolvePeriod(input.opportunities, settings, input);
  if (!resolved.ok) throw new Error(resolved.error);
  const { period, index, asOf } = resolved.value;
  const fy = settings.fiscalYearStartMonth;
  const leadSourced = lap(
    'prepare opportunities',
    prepareOpportunities(input.opportunities, settings, asOf),
  );
  const leads = input.leads ?? [];
  const touchpoints = input.touchpoints ?? [];
  const meetings = input.meetings ?? [];
  const links = lap('link touchpoints', linkTouchpoints(touchpoints, leadSourced, { leads, asOf }));
  const chosen = isSourcedBy(settings.sourcedBy) ? settings.sourcedBy : 'leadSource';
  const classify = sourceClassifier(chosen, { settings, links });
  const sourcedBy = classify === null ? 'leadSource' : chosen;
  const opps =
    classify === null || sourcedBy === 'leadSource'
      ? leadSourced
      : withSources(leadSourced, classify);
  const rates = lap('classify, win rates', computeWinRates(opps, index, period.start, asOf));
  const ctx: MetricContext = { settings, period, index, asOf, opps, rates };
  const { lag } = computeLag(opps, index, asOf);
  computeLandings(opps, period, asOf, (p) => rates.bySource[p.source].rate);
  computeCreated(opps, period, asOf, fy);
  lap('lag, landings, created', 0);
  computeForward(opps, period, index, asOf, fy, (s) => rates.bySource[s].rate, lag);
  lap('forward', 0);
  lap('stripping', computeStripping(ctx, leads));
  lap('influence', computeInfluence(ctx, links));
  computeLeads(ctx, leads);
  lap('leads, funnel', computeFunnelByChannel(ctx, leads));
  lap('meetings', computeMeetings(ctx, meetings));
  lap(
    'target accounts',
    computeTargetAccounts(ctx, input.targetAccounts ?? [], touchpoints, meetings),
  );
  computeChannelEfficiency(ctx, input.spend ?? []);
  computeTargets(ctx, input.targets ?? []);
  computeSourceShares(ctx);
  computeIntegrity(opps, asOf, null, input.rejectedRows);
  lap('channels, targets, integrity', orphanTouchpoints(links));
  lap('attribution', computeAttribution(ctx, links));
  const rc: ReportContext = {
    ctx,
    sourcedBy,
    leadSourced,
    links,
    leads,
    touchpoints,
    meetings,
    targetAccounts: input.targetAccounts ?? null,
    spend: input.spend ?? null,
    targets: input.targets ?? null,
    rejectedRows: input.rejectedRows,
  };
  lap('definitions', computeDefinitions(rc));
  const report = computeReport(input);
  started = performance.now();
  draftDeck(report, { ...CONTEXT, opportunityCount: input.opportunities.length });
  lap('deck (every slide drafted)', 0);
  return times;
}

/** Prints the parts of one report at `scale`, the best of three runs of each, in ms. */
function printSections(input: ReportInput): void {
  const best = new Map<string, number>();
  for (let run = 0; run < 3; run++) {
    (globalThis as { gc?: () => void }).gc?.();
    for (const [name, ms] of sectionTimes(input)) {
      best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, ms));
    }
  }
  console.log('Where the time goes at 1× (each part alone, best of 3):\n');
  console.log('| part | time |');
  console.log('|---|---:|');
  let sum = 0;
  for (const [name, ms] of best) {
    sum += ms;
    console.log(`| ${name} | ${ms.toFixed(0)} ms |`);
  }
  console.log(`| sum of the parts | ${sum.toFixed(0)} ms |`);
}

/** Prints the table of times at 1×, 2× and 4×. */
export function runMetricsBenchmark(scales: readonly number[] = [1, 2, 4], sections = false): void {
  console.log(
    "Every slide's figures (computeReport over every record kind + every slide drafted), best of 3, in Node:\n",
  );
  console.log('| scale | opportunities | touchpoints | leads | time | per 1× |');
  console.log('|---|---:|---:|---:|---:|---:|');
  let first = 0;
  let atOne: ReportInput | null = null;
  for (const scale of scales) {
    const input = records(scale);
    const ms = timeSlides(input);
    if (scale === 1) first = ms;
    if (scale === 1 && sections) atOne = input;
    console.log(
      `| ${scale}× | ${input.opportunities.length.toLocaleString('en-US')} | ${(input.touchpoints ?? []).length.toLocaleString('en-US')} | ` +
        `${(input.leads ?? []).length.toLocaleString('en-US')} | ${(ms / 1000).toFixed(2)} s | ${(ms / first / scale).toFixed(2)} |`,
    );
  }
  console.log(
    '\nTarget: under 1 s at 1×; "per 1×" near 1.00 at every scale means linear growth.\n',
  );
  if (atOne !== null) printSections(atOne);
}

// `--once`: the 1× size only, for profiling; `--sections`: also the parts of one report at 1×.
if (process.argv[1]?.endsWith('metrics.ts')) {
  runMetricsBenchmark(
    process.argv.includes('--once') ? [1] : [1, 2, 4],
    process.argv.includes('--sections'),
  );
}
