import type { DemandSource } from '../records';
import type { Settings } from '../settings';
import type { Report } from './report-types';
import type { PreparedOpportunity } from './prepared';
import type { ReportInput } from './report-input';
import type { WinRates } from './win-rates';
import { elapsed } from '../calendar';
import { DEMAND_SOURCES } from '../records';
import { toCents } from '../money';
import { computeCreated } from './created';
import { computeDefinitions } from './definitions';
import { computeForward } from './forward-projection';
import { computeIntegrity } from './integrity';
import { computeLag } from './lag';
import { computeLandings } from './landings';
import { buildReportContext } from './report-context';
import { share } from './stats';
import { computeAttribution } from './attribution';
import { computeChannelEfficiency } from './channel-efficiency';
import { computeInfluence } from './influence';
import { orphanTouchpoints } from './linking';
import { computeFunnelByChannel, computeLeads } from './leads-funnel';
import { computeMeetings } from './meetings';
import { computeStripping, strippingIntegrity } from './stripping';
import { computeTargetAccounts } from './target-accounts';
import { computeSourceShares, computeTargets } from './targets';

/** pWin of an open deal for expected landing (metrics.md §4): CRM probability when chosen and present, else its source's rate. */
function pWinFor(settings: Settings, rates: WinRates): (p: PreparedOpportunity) => number | null {
  return (p) => {
    const probability = p.opp.probability;
    if (settings.useCrmProbability && probability !== null && Number.isFinite(probability)) {
      // CRM exports occasionally hold 110 or −5; a probability outside 0–100 is clamped.
      return Math.min(Math.max(probability, 0), 100) / 100;
    }
    return rates.bySource[p.source].rate;
  };
}

/**
 * Computes every figure of the report (metrics.md) from canonical records. Pure and
 * deterministic: the same input gives a deep-equal report. Throws `ReportInputError`
 * when settings are invalid or the data hold no date to look from.
 */
export function computeReport(input: ReportInput): Report {
  const rc = buildReportContext(input);
  const { ctx, links, leads, meetings, targetAccounts, spend, targets, touchpoints } = rc;
  const { settings, period, index, asOf, opps, rates } = ctx;
  const fy = settings.fiscalYearStartMonth;

  const { lag, sampleSize } = computeLag(opps, index, asOf);
  const landings = computeLandings(opps, period, asOf, pWinFor(settings, rates));
  const create = computeCreated(opps, period, asOf, fy);
  const quarters = computeForward(
    opps,
    period,
    index,
    asOf,
    fy,
    (s: DemandSource) => rates.bySource[s].rate,
    lag,
  );
  const stripping = leads === null ? null : strippingIntegrity(computeStripping(ctx, leads));
  const influence = links === null ? null : computeInfluence(ctx, links);

  const unknownSourceShare = share(
    toCents(landings.byDemandSource.unknown.total),
    toCents(landings.total),
  );

  const bySource = {} as Record<DemandSource, number | null>;
  const basisBySource = {} as Record<DemandSource, WinRates['overall']['basis']>;
  for (const s of DEMAND_SOURCES) {
    bySource[s] = rates.bySource[s].rate;
    basisBySource[s] = rates.bySource[s].basis;
  }

  return {
    period: {
      label: period.label,
      id: period.id,
      start: period.start,
      end: period.end,
      asOf,
      elapsed: elapsed(period, asOf),
    },
    landings: {
      ...landings,
      influenced: influence?.influenced ?? null,
      acceleration: influence?.acceleration ?? null,
    },
    create: {
      ...create,
      leads: leads === null ? null : computeLeads(ctx, leads),
      funnelByChannel: leads === null ? null : computeFunnelByChannel(ctx, leads),
      meetings: meetings === null ? null : computeMeetings(ctx, meetings),
      targetAccounts:
        targetAccounts === null
          ? null
          : computeTargetAccounts(ctx, targetAccounts, touchpoints ?? [], meetings ?? []),
      channelEfficiency: spend === null ? null : computeChannelEfficiency(ctx, spend),
    },
    forward: { quarters, lag, lagSampleSize: sampleSize },
    rates: {
      winRate: {
        overall: rates.overall.rate,
        bySource,
        lowSample: rates.lowSample,
        basis: { overall: rates.overall.basis, bySource: basisBySource },
      },
      cycleDays: rates.cycleDays,
    },
    targets: targets === null ? null : computeTargets(ctx, targets),
    sourceShares: computeSourceShares(ctx),
    integrity: {
      ...computeIntegrity(opps, asOf, unknownSourceShare, rc.rejectedRows),
      orphanTouchpoints: links === null ? null : orphanTouchpoints(links),
      strippedPairs: stripping?.strippedPairs ?? null,
      strippedAmount: stripping?.strippedAmount ?? null,
    },
    attribution: links === null ? null : computeAttribution(ctx, links),
    definitions: computeDefinitions(rc),
  };
}

export type { Report } from './report-types';
export type { ReportInput, SupportingRecords } from './report-input';
export { ReportInputError, SUPPORTING_KEYS } from './report-input';
export { resolvePeriod } from './resolve-period';
export { accountJoinSummary, joinAccounts } from './join-accounts';
export type { AccountJoinSummary } from './join-accounts';
