import { describe, expect, it } from 'vitest';
import {
  addSlide,
  duplicateDeck,
  removeSlide,
  renameDeck,
  setBody,
} from '../../../shared/deck/deck-updaters';
import { createDeckFromTemplate } from '../../../shared/deck/templates';

const NOW = '2026-11-20T09:00:00.000Z';
const board = () => createDeckFromTemplate('board', 'b', NOW);

describe('adding and removing slides', () => {
  it('adds a slide right after the selected one with an id no slide has', () => {
    const first = addSlide(board(), 'section-divider', 'title');
    expect(first.slideId).toBe('section-divider');
    expect(first.deck.slides[1]).toEqual({
      id: 'section-divider',
      kind: 'section-divider',
      hidden: false,
      headline: null,
      notes: null,
    });
    const second = addSlide(first.deck, 'section-divider', 'landings-summary');
    expect(second.slideId).toBe('section-divider-2');
    expect(second.deck.slides.map((s) => s.id).slice(0, 4)).toEqual([
      'title',
      'section-divider',
      'landings-summary',
      'section-divider-2',
    ]);
  });

  it('adds a free-text slide with an empty body, at the start when nothing is selected', () => {
    const { deck, slideId } = addSlide(board(), 'free-text', null);
    expect(deck.slides[0]).toMatchObject({ id: slideId, kind: 'free-text', body: '' });
    expect(setBody(deck, slideId, '- Approve the budget').slides[0]?.body).toBe(
      '- Approve the budget',
    );
  });

  it('adds a second slide of a figure kind the deck already has', () => {
    const { deck, slideId } = addSlide(board(), 'landings-summary', 'definitions');
    expect(slideId).toBe('landings-summary-2');
    expect(deck.slides.at(-1)?.kind).toBe('landings-summary');
  });

  it('removes only the slide asked for', () => {
    const deck = removeSlide(board(), 'net-new-meetings');
    expect(deck.slides.map((s) => s.id)).toEqual([
      'title',
      'landings-summary',
      'contribution-targets',
      'forward-projection',
      'definitions',
    ]);
  });
});

describe('renaming and duplicating decks', () => {
  it('renames a deck, trimmed, and keeps the name when the new one is blank', () => {
    expect(renameDeck(board(), '  Board, November  ').name).toBe('Board, November');
    expect(renameDeck(board(), '  ').name).toBe('Board update');
  });

  it('duplicates a deck under a new id with the same slides and words, not shared objects', () => {
    const original = { ...board(), slides: board().slides.map((s) => ({ ...s, notes: 'Say it' })) };
    const copy = duplicateDeck(original, 'b2', '2026-11-21T00:00:00.000Z');
    expect(copy).toMatchObject({ id: 'b2', name: 'Board update (copy)', template: 'board' });
    expect(copy.slides).toEqual(original.slides);
    expect(copy.slides[0]).not.toBe(original.slides[0]);
  });
});
