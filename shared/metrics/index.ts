import type {
  Account,
  DemandSource,
  Lead,
  Meeting,
  Opportunity,
  Spend,
  Target,
  TargetAccount,
  Touchpoint,
} from '../records';
import type { Settings } from '../settings';
import type { RecordKind } from '../import/types';
import type { Report } from './report-types';
import type { PreparedOpportunity } from './prepared';
import type { WinRates } from './win-rates';
import { elapsed } from '../calendar';
import { DEMAND_SOURCES } from '../records';
import { toCents } from '../money';
import { computeCreated } from './created';
import { computeForward } from './forward-projection';
import { computeIntegrity } from './integrity';
import { computeLag } from './lag';
import { joinAccounts } from './join-accounts';
import { computeLandings } from './landings';
import { prepareOpportunities } from './prepared';
import { resolvePeriod } from './resolve-period';
import { share } from './stats';
import { computeWinRates } from './win-rates';
import type { MetricContext } from './metric-context';
import { computeChannelEfficiency } from './channel-efficiency';
import { computeInfluence } from './influence';
import { linkTouchpoints, orphanTouchpoints } from './linking';
import { computeFunnelByChannel, computeLeads } from './leads-funnel';
import { computeMeetings } from './meetings';
import { computeStripping, strippingIntegrity } from './stripping';
import { computeTargetAccounts } from './target-accounts';
import { computeSourceShares, computeTargets } from './targets';

/**
 * The records beside the opportunities, one list per kind. A kind absent or empty was not
 * imported: the figures that rest on it are left out (`null`) rather than reported as 0.
 */
export interface SupportingRecords {
  /** An accounts list whose segment, employees and region fill the opportunities' blanks (`joinAccounts`). */
  accounts?: readonly Account[];
  leads?: readonly Lead[];
  touchpoints?: readonly Touchpoint[];
  meetings?: readonly Meeting[];
  targetAccounts?: readonly TargetAccount[];
  spend?: readonly Spend[];
  targets?: readonly Target[];
}

/** The report input's name for each record kind beside the opportunities. */
export const SUPPORTING_KEYS = {
  accounts: 'accounts',
  leads: 'leads',
  touchpoints: 'touchpoints',
  meetings: 'meetings',
  'target-accounts': 'targetAccounts',
  spend: 'spend',
  targets: 'targets',
} as const satisfies Record<Exclude<RecordKind, 'opportunities'>, keyof SupportingRecords>;

/** Everything the report is computed from; `asOf` comes from settings or the data, never the clock. */
export interface ReportInput extends SupportingRecords {
  opportunities: readonly Opportunity[];
  settings: Settings;
  /** Rows the import rejected, reported under integrity. */
  rejectedRows: number;
}

/** Thrown when the settings or data leave no period to report on; the message says what to fix. */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
}

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
  const { settings } = input;
  // Accounts fill blanks before anything else, so every figure sees the same opportunities.
  const opportunities =
    input.accounts === undefined || input.accounts.length === 0
      ? input.opportunities
      : joinAccounts(input.opportunities, input.accounts);
  const resolved = resolvePeriod(opportunities, settings, input);
  if (!resolved.ok) throw new ReportInputError(resolved.error);
  const { period, index, asOf } = resolved.value;
  const fy = settings.fiscalYearStartMonth;
  const opps = prepareOpportunities(opportunities, settings, asOf);

  const rates = computeWinRates(opps, index, period.start, asOf);
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
  const ctx: MetricContext = { settings, period, index, asOf, opps, rates };
  const given = <T>(list: readonly T[] | undefined): readonly T[] | null =>
    list !== undefined && list.length > 0 ? list : null;
  const leads = given(input.leads);
  const touchpoints = given(input.touchpoints);
  const meetings = given(input.meetings);
  const targetAccounts = given(input.targetAccounts);
  const spend = given(input.spend);
  const targets = given(input.targets);
  const stripping = leads === null ? null : strippingIntegrity(computeStripping(ctx, leads));
  const links =
    touchpoints === null
      ? null
      : linkTouchpoints(touchpoints, opps, { ...(leads ? { leads } : {}), asOf });
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
      ...computeIntegrity(opps, asOf, unknownSourceShare, input.rejectedRows),
      orphanTouchpoints: links === null ? null : orphanTouchpoints(links),
      strippedPairs: stripping?.strippedPairs ?? null,
      strippedAmount: stripping?.strippedAmount ?? null,
    },
  };
}

export type { Report } from './report-types';
export { resolvePeriod } from './resolve-period';
export { accountJoinSummary, joinAccounts } from './join-accounts';
export type { AccountJoinSummary } from './join-accounts';
