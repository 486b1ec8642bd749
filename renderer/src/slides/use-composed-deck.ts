import { useMemo } from 'react';
import {
  draftDeck,
  overlaySlides,
  shownSlides,
  type ComposedSlide,
  type DeckDrafts,
} from '../../../shared/deck/compose-deck';
import type { DeckState } from '../../../shared/deck/deck-model';
import type { DraftContext } from '../../../shared/deck/draft-context';
import type { Report } from '../../../shared/metrics/report-types';
import { slideFrame, type SlideFrame } from './compose-slides';

/** The report and drafting context a deck is drawn from, or `null` while there is none. */
export interface DeckSource {
  report: Report;
  context: DraftContext;
}

/**
 * The deck's slides (every one, unavailable and hidden included, for the editor), the ones
 * present mode and the PDF show, the drafts, and the frame. Drafting is memoised on the report and context only, so the
 * user's edits (words, order, hidden) re-run just the cheap overlay and every chart spec
 * keeps its identity: no chart is rebuilt because a headline changed.
 */
export function useComposedDeck(
  deck: DeckState | null,
  source: DeckSource | null,
): {
  slides: ComposedSlide[];
  shown: ComposedSlide[];
  drafts: DeckDrafts | null;
  frame: SlideFrame | null;
} {
  const report = source?.report ?? null;
  const context = source?.context ?? null;
  const drafts = useMemo(
    () => (report && context ? draftDeck(report, context) : null),
    [report, context],
  );
  const slides = useMemo(
    () => (deck && drafts ? overlaySlides(deck.slides, drafts, deck.template, deck.name) : []),
    [deck, drafts],
  );
  const shown = useMemo(() => shownSlides(slides), [slides]);
  // The frame follows the shown count, not the deck object, so typing keeps it stable.
  const visible = deck && drafts ? shown.length : null;
  const frame = useMemo(
    () => (report && context && visible !== null ? slideFrame(report, context, visible) : null),
    [report, context, visible],
  );
  return { slides, shown, drafts, frame };
}
