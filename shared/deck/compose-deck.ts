import type { Report } from '../metrics/report-types';
import { SLIDE_KINDS, type SlideKind, type SlideState } from './deck-model';
import type { DraftContext } from './draft-context';
import { draftSlide } from './draft-slide';
import { isShown } from './is-shown';
import type { DraftedSlide } from './slide-content';

/** Every slide kind drafted once from one report: what the user's slide states are laid over. */
export type DeckDrafts = Readonly<Record<SlideKind, DraftedSlide>>;

/** One slide ready to draw: the user's state, its draft, and the words shown (the user's or the draft's). */
export interface ComposedSlide {
  state: SlideState;
  draft: DraftedSlide;
  headline: string;
  notes: string;
  /** Why the report cannot draw this slide (see `DraftedSlide.unavailable`); `null` when it can. */
  unavailable: string | null;
  /** Position among the shown slides (1-based); `null` when hidden or unavailable. */
  number: number | null;
}

/**
 * Drafts every slide kind from the report and context alone. It deliberately takes no slide
 * state, so a caller can memoise it on (report, context) and keep the same draft objects,
 * chart specs included, while the user types, hides or reorders.
 */
export function draftDeck(report: Report, context: DraftContext): DeckDrafts {
  const drafts: Partial<Record<SlideKind, DraftedSlide>> = {};
  for (const kind of SLIDE_KINDS) drafts[kind] = draftSlide(kind, report, context);
  return drafts as DeckDrafts;
}

/**
 * Lays the user's slide states (order, hidden, headline, notes) over the drafts. Cheap and
 * allocation-light: each slide's `draft` is the very object from `drafts`, never a copy.
 */
export function overlaySlides(slides: readonly SlideState[], drafts: DeckDrafts): ComposedSlide[] {
  let number = 0;
  return slides.map((state) => {
    const draft = drafts[state.kind];
    const shown = isShown(state, draft);
    if (shown) number += 1;
    return {
      state,
      draft,
      headline: state.headline ?? draft.headline,
      notes: state.notes ?? draft.notes,
      unavailable: draft.unavailable ?? null,
      number: shown ? number : null,
    };
  });
}

/** The composed slides present mode and the PDF show, in deck order (see `isShown`). */
export function shownSlides(slides: readonly ComposedSlide[]): ComposedSlide[] {
  return slides.filter((s) => isShown(s.state, s.draft));
}

/** What the print route reports (page and `data-print-error`) when there is no slide to print. */
export const ALL_SLIDES_HIDDEN = 'Every slide is hidden: show at least one slide to export.';

/** Why the editor disables Export PDF and Present when no slide would be shown. */
export const ALL_SLIDES_HIDDEN_ACTIONS =
  'Every slide is hidden: show at least one slide to export or present.';

/**
 * How many slides present mode and the PDF show. Given slide states alone it can only count
 * the ones not hidden; given the drafts too it also leaves out the unavailable ones.
 */
export function visibleSlideCount(
  slides: readonly Pick<SlideState, 'hidden' | 'kind'>[],
  drafts?: DeckDrafts,
): number {
  return slides.filter((s) => isShown(s, drafts?.[s.kind])).length;
}
