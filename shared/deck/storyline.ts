import {
  PHASE_OF_KIND,
  SLIDE_KIND_NAMES,
  SLIDE_PHASES,
  type SlidePhase,
  type SlideKind,
  type SlideState,
} from './deck-model';
import { isShown } from './is-shown';
import type { DraftedSlide } from './slide-content';

/** One break in the storyline: `slideId` is shown after `afterSlideId` but belongs before it. */
export interface StorylineWarning {
  slideId: string;
  afterSlideId: string;
  message: string;
}

const rank = (phase: SlidePhase): number => SLIDE_PHASES.indexOf(phase);

/** Why the misplaced slide belongs earlier, said the way a reviewer would. */
function reason(misplaced: SlidePhase, before: SlidePhase): string {
  if (before === 'closing') return 'the data notes close the deck.';
  switch (misplaced) {
    case 'opening':
      return 'the title opens the deck.';
    case 'landings':
      return 'the monthly review leads with landings.';
    case 'pivot':
      return 'the pivot turns from landings to the quarters ahead.';
    case 'forward':
    case 'closing':
      return 'the forward view follows the pivot.';
  }
}

/**
 * The places where the shown slides break the storyline (opening, landings, pivot,
 * forward, closing). Each misplaced slide is reported once, against the first shown
 * slide before it that belongs after it. Hidden slides, and with `drafts` the ones the
 * report cannot draw (`isShown`), are not shown, so they are ignored.
 */
export function checkStoryline(
  slides: readonly SlideState[],
  drafts?: Readonly<Record<SlideKind, Pick<DraftedSlide, 'unavailable'>>>,
): StorylineWarning[] {
  const visible = slides.filter((s) => isShown(s, drafts?.[s.kind]));
  const warnings: StorylineWarning[] = [];
  visible.forEach((slide, i) => {
    const phase = PHASE_OF_KIND[slide.kind];
    const earlier = visible
      .slice(0, i)
      .find((other) => rank(PHASE_OF_KIND[other.kind]) > rank(phase));
    if (!earlier) return;
    warnings.push({
      slideId: slide.id,
      afterSlideId: earlier.id,
      message: `“${SLIDE_KIND_NAMES[earlier.kind]}” comes before “${SLIDE_KIND_NAMES[slide.kind]}”: ${reason(phase, PHASE_OF_KIND[earlier.kind])}`,
    });
  });
  return warnings;
}

/** Restores the storyline with the fewest moves: a stable sort by phase, so slides keep their order within a phase. */
export function fixStoryline(slides: readonly SlideState[]): SlideState[] {
  return slides
    .map((slide, index) => ({ slide, index }))
    .sort(
      (a, b) =>
        rank(PHASE_OF_KIND[a.slide.kind]) - rank(PHASE_OF_KIND[b.slide.kind]) || a.index - b.index,
    )
    .map(({ slide }) => slide);
}
