import type { DeckState, SlideState } from './deck-model';

/** Applies `change` to the slide with `slideId`; other slides are kept as they are. */
function updateSlide(
  deck: DeckState,
  slideId: string,
  change: (slide: SlideState) => SlideState,
): DeckState {
  return { ...deck, slides: deck.slides.map((s) => (s.id === slideId ? change(s) : s)) };
}

/** Moves a slide to position `toIndex` (clamped to the deck), shifting the others. */
export function moveSlide(deck: DeckState, slideId: string, toIndex: number): DeckState {
  const from = deck.slides.findIndex((s) => s.id === slideId);
  if (from < 0) return deck;
  const to = Math.min(Math.max(Math.trunc(toIndex), 0), deck.slides.length - 1);
  if (to === from) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(from, 1);
  if (!moved) return deck;
  slides.splice(to, 0, moved);
  return { ...deck, slides };
}

/** Hides a shown slide or shows a hidden one. */
export function toggleHidden(deck: DeckState, slideId: string): DeckState {
  return updateSlide(deck, slideId, (s) => ({ ...s, hidden: !s.hidden }));
}

/** Sets the user's headline; a blank one (or `null`) goes back to the drafted headline. */
export function setHeadline(deck: DeckState, slideId: string, headline: string | null): DeckState {
  const text = headline?.trim() ?? '';
  return updateSlide(deck, slideId, (s) => ({ ...s, headline: text === '' ? null : headline }));
}

/** Sets the user's speaker notes (an empty string is kept: no notes); `null` goes back to the draft. */
export function setNotes(deck: DeckState, slideId: string, notes: string | null): DeckState {
  return updateSlide(deck, slideId, (s) => ({ ...s, notes }));
}

/** Replaces the slide order with a reordered list of the same slides (e.g. after fixing the storyline). */
export function setSlides(deck: DeckState, slides: readonly SlideState[]): DeckState {
  return { ...deck, slides: [...slides] };
}
