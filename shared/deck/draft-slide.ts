import type { Report } from '../metrics/report-types';
import { draftAccounts } from './draft-accounts';
import { draftAttribution } from './draft-attribution';
import { draftDefinitions } from './draft-definitions';
import { draftDataNotes, draftTitle } from './draft-bookends';
import type { DraftContext } from './draft-context';
import { draftCreated, draftForward, draftPivot } from './draft-forward';
import { draftFunnel } from './draft-funnel';
import { draftInfluence } from './draft-influence';
import { draftLandingsBySource, draftLandingsSummary } from './draft-landings';
import { draftMeetings } from './draft-meetings';
import { draftTargets } from './draft-targets';
import { draftDivider, draftFreeText } from './draft-user-slides';
import type { SlideKind } from './deck-model';
import { slideDefinitions } from './slide-definitions';
import type { DraftedSlide } from './slide-content';

const DRAFTERS: Record<SlideKind, (report: Report, context: DraftContext) => DraftedSlide> = {
  title: draftTitle,
  'landings-summary': draftLandingsSummary,
  'landings-by-source': draftLandingsBySource,
  influence: draftInfluence,
  attribution: draftAttribution,
  pivot: draftPivot,
  'created-by-source-segment': draftCreated,
  'forward-projection': draftForward,
  'contribution-targets': draftTargets,
  'funnel-by-channel': draftFunnel,
  'net-new-meetings': draftMeetings,
  'accounts-and-channels': draftAccounts,
  definitions: draftDefinitions,
  'data-notes': draftDataNotes,
  'section-divider': draftDivider,
  'free-text': draftFreeText,
};

/**
 * Drafts a slide's kicker, headline, notes, visual and KPI tiles from the report's numbers.
 * `unavailable` is always set (`null` for a slide the report can draw), and so are the
 * definitions its figures used, which its footer names.
 */
export function draftSlide(kind: SlideKind, report: Report, context: DraftContext): DraftedSlide {
  const draft = DRAFTERS[kind](report, context);
  return {
    ...draft,
    unavailable: draft.unavailable ?? null,
    definitions: slideDefinitions(kind, report),
  };
}

export type { DraftContext } from './draft-context';
export type { DraftedSlide } from './slide-content';
