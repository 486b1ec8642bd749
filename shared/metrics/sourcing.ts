import type { DemandSource, Touchpoint } from '../records';
import type { Settings, SourcedBy } from '../settings';
import type { IsoDate } from '../units';
import type { TouchLinks } from './linking';
import type { PreparedOpportunity } from './prepared';
import { addDays } from '../calendar';
import { demandSourceByKeywords } from '../demand-source';
import { lookbackDaysOf } from './influence';
import { firstLinkedTouch, firstLinkedTouchWithin } from './linking';
import { NO_DAY } from './prepared';
import { dateOrdinal } from './touch-days';

import { SOURCING_DEFINITIONS } from '../settings';

export { SOURCING_DEFINITIONS } from '../settings';
export type { SourcedBy } from '../settings';

/** How slides, footnotes and the CLI name each definition. */
export const SOURCED_BY_LABELS: Record<SourcedBy, string> = {
  leadSource: 'Lead Source',
  primaryCampaign: 'Primary Campaign Source',
  firstTouch: 'First touch',
};

/** Whether a value read from settings, a flag or a backup is one of the definitions. */
export function isSourcedBy(value: unknown): value is SourcedBy {
  return typeof value === 'string' && (SOURCING_DEFINITIONS as readonly string[]).includes(value);
}

/**
 * The demand source a campaign's or a touch's name says (§3's keywords). A name that matches no
 * keyword is still a marketing programme (a campaign or a marketing touch), so it counts as
 * marketing; only names such as "Partner summit" or "SDR sequence" say otherwise.
 */
function programmeSource(): (name: string) => DemandSource {
  const seen = new Map<string, DemandSource>();
  return (name) => {
    let source = seen.get(name);
    if (source === undefined) {
      const byWords = demandSourceByKeywords(name);
      source = byWords === 'unknown' ? 'marketing' : byWords;
      seen.set(name, source);
    }
    return source;
  };
}

/** A touch's programme name: its channel, else its campaign, else nothing. */
function touchName(t: Touchpoint): string {
  const channel = t.channel?.trim() ?? '';
  return channel !== '' ? channel : (t.campaign?.trim() ?? '');
}

/**
 * The earliest touch linked to opportunity `i` (§5) dated from `createdDate − lookbackDays` up to
 * its `createdDate`, both edges included; ties go to the touch listed first. `null` without a
 * created date (no creation to source) or without such a touch.
 */
export function firstTouchOf(
  links: TouchLinks,
  i: number,
  createdDate: IsoDate | null,
  lookbackDays: number,
): Touchpoint | null {
  if (createdDate === null) return null;
  return firstLinkedTouch(links, i, addDays(createdDate, -lookbackDays), createdDate);
}

/** What deciding a demand source may need besides the opportunity: touches for the first-touch definition. */
export interface SourcingInputs {
  settings: Settings;
  /** `null` when no touchpoints were imported: the first-touch definition is then unavailable. */
  links: TouchLinks | null;
}

/**
 * The demand source of opportunity `p` (at index `i` of the linked opportunities) under one
 * definition, or `null` when the definition cannot be applied (first touch without touchpoints).
 * - `leadSource`: §3's classification of the Lead Source (what `prepareOpportunities` gives).
 * - `primaryCampaign`: the Primary Campaign Source's name classified by §3's keywords, a name
 *   matching none being marketing; without a primary campaign, the Lead Source's.
 * - `firstTouch`: the first touch before creation (`firstTouchOf`), its channel or campaign
 *   classified the same way; without such a touch, the Lead Source's.
 */
export function sourceClassifier(
  definition: SourcedBy,
  inputs: SourcingInputs,
): ((p: PreparedOpportunity, i: number) => DemandSource) | null {
  switch (definition) {
    case 'leadSource':
      return (p) => p.source;
    case 'primaryCampaign': {
      const ofName = programmeSource();
      return (p) => {
        const campaign = p.opp.primaryCampaign?.trim() ?? '';
        return campaign === '' ? p.source : ofName(campaign);
      };
    }
    case 'firstTouch': {
      const { links } = inputs;
      if (links === null) return null;
      const ofName = programmeSource();
      const lookback = lookbackDaysOf(inputs);
      // Deals share a few thousand created dates: each window's first day is worked out once,
      // as an ordinal, keyed by the created date's ordinal.
      const starts = new Map<number, number>();
      return (p, i) => {
        const created = p.opp.createdDate;
        let touch: Touchpoint | null;
        if (created === null || p.createdDay === NO_DAY) {
          touch = firstTouchOf(links, i, created, lookback);
        } else {
          let from = starts.get(p.createdDay);
          if (from === undefined) {
            from = dateOrdinal(addDays(created, -lookback));
            starts.set(p.createdDay, from);
          }
          touch =
            from === -1
              ? firstTouchOf(links, i, created, lookback)
              : firstLinkedTouchWithin(links, i, from, p.createdDay);
        }
        return touch === null ? p.source : ofName(touchName(touch));
      };
    }
  }
}

/**
 * The opportunities with their demand source decided by `classify`; indices are kept, so links
 * built over the originals still apply. Objects whose source does not change are reused, and
 * `only` (when given) limits the work to the opportunities a figure can see.
 */
export function withSources(
  opps: readonly PreparedOpportunity[],
  classify: (p: PreparedOpportunity, i: number) => DemandSource,
  only?: (p: PreparedOpportunity) => boolean,
): PreparedOpportunity[] {
  return opps.map((p, i) => {
    if (only !== undefined && !only(p)) return p;
    const source = classify(p, i);
    return source === p.source ? p : { ...p, source };
  });
}
