import type { DemandSource } from '../records';
import type { IsoDate } from '../units';
import type { SourcedBy } from '../settings';
import type { CreatedFigures } from './report-types';
import type { ReportContext } from './report-context';
import type { PreparedOpportunity } from './prepared';
import { addDays, shiftQuarter } from '../calendar';
import { DEMAND_SOURCES } from '../records';
import { closedWithin, computeCreated, createdWithin, creationWindow } from './created';
import { lookbackDaysOf } from './influence';
import { computeLandings } from './landings';
import { isSourcedBy, SOURCING_DEFINITIONS, sourceClassifier } from './sourcing';

/** One definition's sourced pipeline: the landings and the creation of P per demand source. */
export interface SourcingView {
  /** The marketing part of the landings total / the landings total (§4), `null` when it is 0. */
  sourcedShare: number | null;
  landings: Record<DemandSource, { landed: number; due: number; total: number }>;
  created: Record<DemandSource, CreatedFigures>;
}

/** The definitions every slide footnotes, and the sourced pipeline under each definition side by side. */
export interface DefinitionFigures {
  /** The definition applied to every figure (first touch falls back to Lead Source without touchpoints). */
  sourcedBy: SourcedBy;
  /** The definition the settings asked for. */
  requestedSourcedBy: SourcedBy;
  /** §4's influence lookback in days. */
  lookbackDays: number;
  /** §6's recent window for win rates: the four fiscal quarters before P. */
  winRateWindow: { start: IsoDate; end: IsoDate };
  asOf: IsoDate;
  /** Each definition's view; `null` for first touch when no touchpoints were imported. */
  comparison: Record<SourcedBy, SourcingView | null>;
}

/** Whether a deal can count in P's landings or creation: the only ones a definition's view reads. */
export function inPeriod(rc: ReportContext): (p: ReportContext['leadSourced'][number]) => boolean {
  const { period, asOf } = rc.ctx;
  // The prepared deal's date ordinals decide, so the 200,000 records themselves are not read.
  const closedInP = closedWithin({ from: period.start, to: period.end });
  const createdInP = createdWithin(creationWindow(period, asOf));
  return (p) => closedInP(p) || createdInP(p);
}

/**
 * The definition lock's figures: what each definition of "sourced" makes of P's landings and
 * creation. A view reads only deals closing in P or created in its window, so those are picked
 * once and each definition classifies and tallies them alone: a few thousand of 200,000 deals.
 */
export function computeDefinitions(rc: ReportContext): DefinitionFigures {
  const { ctx } = rc;
  const only = inPeriod(rc);
  // The deals a view can see, with their indices in the linked opportunities (first touch reads links by index).
  const seen: PreparedOpportunity[] = [];
  const at: number[] = [];
  rc.leadSourced.forEach((p, i) => {
    if (!only(p)) return;
    seen.push(p);
    at.push(i);
  });
  const comparison = {} as Record<SourcedBy, SourcingView | null>;
  for (const definition of SOURCING_DEFINITIONS) {
    const classify = sourceClassifier(definition, { settings: ctx.settings, links: rc.links });
    if (classify === null) {
      comparison[definition] = null;
      continue;
    }
    const opps = seen.map((p, j) => {
      const source = classify(p, at[j]);
      return source === p.source ? p : { ...p, source };
    });
    const landings = computeLandings(opps, ctx.period, ctx.asOf, () => null);
    const created = computeCreated(opps, ctx.period, ctx.asOf, ctx.settings.fiscalYearStartMonth);
    const bySource = {} as SourcingView['landings'];
    for (const s of DEMAND_SOURCES) {
      const { landed, due, total } = landings.byDemandSource[s];
      bySource[s] = { landed, due, total };
    }
    comparison[definition] = {
      sourcedShare: landings.sourcedShare,
      landings: bySource,
      created: created.byDemandSource,
    };
  }
  const fy = ctx.settings.fiscalYearStartMonth;
  return {
    sourcedBy: rc.sourcedBy,
    requestedSourcedBy: isSourcedBy(ctx.settings.sourcedBy) ? ctx.settings.sourcedBy : 'leadSource',
    lookbackDays: lookbackDaysOf(ctx),
    winRateWindow: {
      start: shiftQuarter(ctx.period, -4, fy).start,
      end: addDays(ctx.period.start, -1),
    },
    asOf: ctx.asOf,
    comparison,
  };
}
