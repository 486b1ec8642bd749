import { draftSlide } from '../../../shared/deck/draft-slide';
import type { DraftContext } from '../../../shared/deck/draft-context';
import type { DeckState, SlideState } from '../../../shared/deck/deck-model';
import type { DraftedSlide } from '../../../shared/deck/slide-content';
import { formatDate } from '../../../shared/format';
import type { Report } from '../../../shared/metrics/report-types';

/** One slide ready to draw: the user's state, its draft, and the words shown (the user's or the draft's). */
export interface ComposedSlide {
  state: SlideState;
  draft: DraftedSlide;
  headline: string;
  notes: string;
  /** Position among the visible slides (1-based); `null` when hidden. */
  number: number | null;
}

/** What every slide's frame shows: the period, the as-of date, and the sample flag. */
export interface SlideFrame {
  periodLabel: string;
  asOfLabel: string;
  isSample: boolean;
  visibleCount: number;
}

/** Drafts every slide of the deck from the report and applies the user's headline and notes. */
export function composeSlides(
  deck: DeckState,
  report: Report,
  context: DraftContext,
): ComposedSlide[] {
  let number = 0;
  return deck.slides.map((state) => {
    const draft = draftSlide(state.kind, report, context);
    if (!state.hidden) number += 1;
    return {
      state,
      draft,
      headline: state.headline ?? draft.headline,
      notes: state.notes ?? draft.notes,
      number: state.hidden ? null : number,
    };
  });
}

/** The frame shared by all slides of a deck. */
export function slideFrame(deck: DeckState, report: Report, context: DraftContext): SlideFrame {
  return {
    periodLabel: report.period.label,
    asOfLabel: formatDate(report.period.asOf),
    isSample: context.isSample,
    visibleCount: deck.slides.filter((s) => !s.hidden).length,
  };
}
