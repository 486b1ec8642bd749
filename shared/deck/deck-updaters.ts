import type { DeckState, SlideKind, SlideState } from './deck-model';
import { freeSlideId } from './templates';

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

/** Sets a free-text slide's body (an empty string is kept: a slide of its headline alone). */
export function setBody(deck: DeckState, slideId: string, body: string): DeckState {
  return updateSlide(deck, slideId, (s) => ({ ...s, body }));
}

/**
 * Adds a slide of `kind` right after the slide `afterSlideId` (at the start when `null` or not
 * found), with an id no other slide has; returns the deck and the new slide's id.
 */
export function addSlide(
  deck: DeckState,
  kind: SlideKind,
  afterSlideId: string | null,
): { deck: DeckState; slideId: string } {
  const id = freeSlideId(kind, new Set(deck.slides.map((s) => s.id)));
  const slide: SlideState = { id, kind, hidden: false, headline: null, notes: null };
  if (kind === 'free-text') slide.body = '';
  const after = afterSlideId === null ? -1 : deck.slides.findIndex((s) => s.id === afterSlideId);
  const slides = [...deck.slides];
  slides.splice(after + 1, 0, slide);
  return { deck: { ...deck, slides }, slideId: id };
}

/** Removes a slide from the deck; its words go with it (the kind can be added again, drafted). */
export function removeSlide(deck: DeckState, slideId: string): DeckState {
  return { ...deck, slides: deck.slides.filter((s) => s.id !== slideId) };
}

/** Renames the deck; a blank name keeps the old one. */
export function renameDeck(deck: DeckState, name: string): DeckState {
  const text = name.trim();
  return text === '' ? deck : { ...deck, name: text };
}

/** A copy of the deck under a new id and name, with the same slides, order and words. */
export function duplicateDeck(deck: DeckState, id: string, now: string): DeckState {
  return {
    ...deck,
    id,
    name: `${deck.name} (copy)`,
    slides: deck.slides.map((s) => ({ ...s })),
    updatedAt: now,
  };
}
