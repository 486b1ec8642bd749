import { SLIDE_KINDS, type DeckState, type SlideState } from './deck-model';

/**
 * The deck with every slide kind: a deck stored before a kind existed gets that kind, shown
 * and drafted, right after the slide of the nearest earlier kind in storyline order (or
 * before the nearest later one when no earlier kind is in the deck). The user's slides keep
 * their order, hidden flags and words. A deck that already has every kind is returned as is.
 */
export function withEveryKind(deck: DeckState): DeckState {
  const present = new Set(deck.slides.map((s) => s.kind));
  const missing = SLIDE_KINDS.filter((k) => !present.has(k));
  if (missing.length === 0) return deck;
  const slides: SlideState[] = [...deck.slides];
  const ids = new Set(slides.map((s) => s.id));
  for (const kind of missing) {
    const rank = SLIDE_KINDS.indexOf(kind);
    let at = -1;
    // After the last slide of the nearest earlier kind, inserted ones included, so new kinds chain.
    for (let k = rank - 1; k >= 0 && at < 0; k--) {
      const earlier = SLIDE_KINDS[k];
      for (let i = slides.length - 1; i >= 0; i--) {
        if (slides[i]?.kind === earlier) {
          at = i + 1;
          break;
        }
      }
    }
    if (at < 0) {
      const later = slides.findIndex((s) => SLIDE_KINDS.indexOf(s.kind) > rank);
      at = later < 0 ? slides.length : later;
    }
    let id: string = kind;
    for (let n = 2; ids.has(id); n++) id = `${kind}-${n}`;
    ids.add(id);
    slides.splice(at, 0, { id, kind, hidden: false, headline: null, notes: null });
  }
  return { ...deck, slides };
}
