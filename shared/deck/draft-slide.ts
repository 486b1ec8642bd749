import type { Report } from '../metrics/report-types';
import { draftDataNotes, draftTitle } from './draft-bookends';
import type { DraftContext } from './draft-context';
import { draftCreated, draftForward, draftPivot } from './draft-forward';
import { draftLandingsBySource, draftLandingsSummary } from './draft-landings';
import type { SlideKind } from './deck-model';
import type { DraftedSlide } from './slide-content';

const DRAFTERS: Record<SlideKind, (report: Report, context: DraftContext) => DraftedSlide> = {
  title: draftTitle,
  'landings-summary': draftLandingsSummary,
  'landings-by-source': draftLandingsBySource,
  pivot: draftPivot,
  'created-by-source-segment': draftCreated,
  'forward-projection': draftForward,
  'data-notes': draftDataNotes,
};

/** Drafts a slide's kicker, headline, notes, visual and KPI tiles from the report's numbers. */
export function draftSlide(kind: SlideKind, report: Report, context: DraftContext): DraftedSlide {
  return DRAFTERS[kind](report, context);
}

export type { DraftContext } from './draft-context';
export type { DraftedSlide } from './slide-content';
