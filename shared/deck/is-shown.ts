import type { SlideState } from './deck-model';
import type { DraftedSlide } from './slide-content';

/**
 * The one rule for whether a slide is shown in present mode, the PDF, the numbering and the
 * storyline: the user has not hidden it, and the report can draw it (its records were
 * imported). A slide whose draft is not known yet counts as drawable.
 */
export function isShown(
  state: Pick<SlideState, 'hidden'>,
  draft: Pick<DraftedSlide, 'unavailable'> | undefined,
): boolean {
  return !state.hidden && (draft?.unavailable ?? null) === null;
}
