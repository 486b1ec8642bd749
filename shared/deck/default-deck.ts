import type { DeckState } from './deck-model';
import { createDeckFromTemplate } from './templates';

/** The Monthly Business Review with every figure slide in storyline order, all drafted, none hidden. */
export function createDefaultDeck(id: string, now: string): DeckState {
  return createDeckFromTemplate('mbr', id, now);
}
