import type { Opportunity, Touchpoint } from '../../../shared/records';
import type { AttributionFigures } from '../../../shared/metrics/attribution';
import type { TouchSpec } from './influence-fixture';
import { computeAttribution } from '../../../shared/metrics/attribution';
import { linkTouchpoints } from '../../../shared/metrics/linking';
import { context, touch } from './influence-fixture';

/** The as-of date of the golden tests: P = FY2026 Q1 (2026-01-01..2026-03-31), D = 2026-02-15. */
export const AS_OF = '2026-02-15';

/** The attribution strip for these opportunities and touches, linked as computeReport would. */
export function attribute(
  opportunities: readonly Opportunity[],
  touches: readonly Touchpoint[],
  over: { lookbackDays?: number; asOf?: string } = {},
): AttributionFigures {
  const ctx = context(opportunities, { asOf: AS_OF, ...over });
  return computeAttribution(ctx, linkTouchpoints(touches, ctx.opps, { asOf: ctx.asOf }));
}

/** A touch of opportunity `opportunityId` on `date` in `channel` (other fields as given). */
export function touchOf(
  opportunityId: string,
  date: string,
  channel: string | null,
  more: Partial<TouchSpec> = {},
): Touchpoint {
  return touch({ date, opportunityId, channel, ...more });
}
