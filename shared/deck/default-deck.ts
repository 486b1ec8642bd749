import { SLIDE_KINDS, type DeckState } from './deck-model';

/** The Monthly Business Review with every slide kind in storyline order, all drafted, none hidden. */
export function createDefaultDeck(id: string, now: string): DeckState {
  return {
    id,
    name: 'Monthly Business Review',
    template: 'mbr',
    slides: SLIDE_KINDS.map((kind) => ({
      id: kind,
      kind,
      hidden: false,
      headline: null,
      notes: null,
    })),
    updatedAt: now,
  };
}
