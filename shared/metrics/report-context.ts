import type { Lead, Meeting, Spend, Target, TargetAccount, Touchpoint } from '../records';
import type { MetricContext } from './metric-context';
import type { PreparedOpportunity } from './prepared';
import type { ReportInput } from './report-input';
import type { TouchLinks } from './linking';
import type { SourcedBy } from './sourcing';
import { joinAccounts } from './join-accounts';
import { linkTouchpoints } from './linking';
import { prepareOpportunities } from './prepared';
import { ReportInputError } from './report-input';
import { resolvePeriod } from './resolve-period';
import { isSourcedBy, sourceClassifier, withSources } from './sourcing';
import { computeWinRates } from './win-rates';

/**
 * Everything the report's sections and the drill-down read, worked out once from the input:
 * P and D, the opportunities classified under the chosen sourcing definition, the touch links,
 * and each supporting kind (`null` when it was not imported).
 */
export interface ReportContext {
  ctx: MetricContext;
  /** The definition applied: the one chosen, or Lead Source when first touch has no touches to read. */
  sourcedBy: SourcedBy;
  /** The opportunities classified by Lead Source (the same objects as `ctx.opps` where they agree). */
  leadSourced: readonly PreparedOpportunity[];
  links: TouchLinks | null;
  leads: readonly Lead[] | null;
  touchpoints: readonly Touchpoint[] | null;
  meetings: readonly Meeting[] | null;
  targetAccounts: readonly TargetAccount[] | null;
  spend: readonly Spend[] | null;
  targets: readonly Target[] | null;
  rejectedRows: number;
}

const given = <T>(list: readonly T[] | undefined): readonly T[] | null =>
  list !== undefined && list.length > 0 ? list : null;

/** Resolves P and D, classifies and links the records; throws `ReportInputError` when there is no period. */
export function buildReportContext(input: ReportInput): ReportContext {
  const { settings } = input;
  // Accounts fill blanks before anything else, so every figure sees the same opportunities.
  const opportunities =
    input.accounts === undefined || input.accounts.length === 0
      ? input.opportunities
      : joinAccounts(input.opportunities, input.accounts);
  const resolved = resolvePeriod(opportunities, settings, input);
  if (!resolved.ok) throw new ReportInputError(resolved.error);
  const { period, index, asOf } = resolved.value;
  const leadSourced = prepareOpportunities(opportunities, settings, asOf);
  const leads = given(input.leads);
  const touchpoints = given(input.touchpoints);
  // Linking reads ids, account keys and dates only, so one set of links serves every definition.
  const links =
    touchpoints === null
      ? null
      : linkTouchpoints(touchpoints, leadSourced, { ...(leads ? { leads } : {}), asOf });
  // Settings stored before the definition lock existed have no choice: Lead Source, as before.
  const chosen = isSourcedBy(settings.sourcedBy) ? settings.sourcedBy : 'leadSource';
  const classify = sourceClassifier(chosen, { settings, links });
  const sourcedBy: SourcedBy = classify === null ? 'leadSource' : chosen;
  const opps =
    classify === null || sourcedBy === 'leadSource'
      ? leadSourced
      : withSources(leadSourced, classify);
  const rates = computeWinRates(opps, index, period.start, asOf);
  return {
    ctx: { settings, period, index, asOf, opps, rates },
    sourcedBy,
    leadSourced,
    links,
    leads,
    touchpoints,
    meetings: given(input.meetings),
    targetAccounts: given(input.targetAccounts),
    spend: given(input.spend),
    targets: given(input.targets),
    rejectedRows: input.rejectedRows,
  };
}
