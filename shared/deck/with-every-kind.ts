import { SLIDE_KINDS, type DeckState, type FigureSlideKind, type SlideState } from './deck-model';
import { TEMPLATES, freeSlideId, type TemplateSlide } from './templates';

/** The figure kinds a template starts with, in its order. */
function templateKinds(slides: readonly TemplateSlide[]): FigureSlideKind[] {
  return slides.flatMap((s) => (s === 'section-divider' ? [] : [s]));
}

/** A kind's place in the template's order; a kind the template does not start with has none (−1). */
function rankOf(order: readonly FigureSlideKind[], kind: string): number {
  return order.findIndex((k) => k === kind);
}

/**
 * The deck with every slide kind its template starts with that did not exist when the deck was
 * stored (`knownKinds`; a deck stored before that field gets every template kind it lacks), each
 * shown and drafted, right after the slide of the nearest earlier kind in the template's order
 * (or before the nearest later one). The user's slides keep their order, hidden flags and words,
 * and a slide the user removed is not put back. Marks every kind as known.
 */
export function withEveryKind(deck: DeckState): DeckState {
  const order = templateKinds(TEMPLATES[deck.template].slides);
  const present = new Set<string>(deck.slides.map((s) => s.kind));
  const known = new Set<string>(deck.knownKinds ?? []);
  const missing = order.filter((k) => !present.has(k) && !known.has(k));
  const everyKindKnown = SLIDE_KINDS.every((k) => known.has(k));
  if (missing.length === 0 && everyKindKnown) return deck;
  const slides: SlideState[] = [...deck.slides];
  const ids = new Set(slides.map((s) => s.id));
  for (const kind of missing) {
    const rank = order.indexOf(kind);
    let at = -1;
    // After the last slide of the nearest earlier kind, inserted ones included, so new kinds chain.
    for (let k = rank - 1; k >= 0 && at < 0; k--) {
      const earlier = order[k];
      for (let i = slides.length - 1; i >= 0; i--) {
        if (slides[i]?.kind === earlier) {
          at = i + 1;
          break;
        }
      }
    }
    if (at < 0) {
      const later = slides.findIndex((s) => rankOf(order, s.kind) > rank);
      at = later < 0 ? slides.length : later;
    }
    const id = freeSlideId(kind, ids);
    ids.add(id);
    slides.splice(at, 0, { id, kind, hidden: false, headline: null, notes: null });
  }
  return { ...deck, slides, knownKinds: [...SLIDE_KINDS] };
}
