import { describe, expect, it } from 'vitest';
import { createDefaultDeck } from '../../../shared/deck/default-deck';
import type { DeckState, SlideKind, SlideState } from '../../../shared/deck/deck-model';
import { withEveryKind } from '../../../shared/deck/with-every-kind';

const slide = (kind: SlideKind, change: Partial<SlideState> = {}): SlideState => ({
  id: kind,
  kind,
  hidden: false,
  headline: null,
  notes: null,
  ...change,
});

/** A deck stored before the figures beyond deals had slides: the seven first kinds. */
function oldDeck(slides: SlideState[]): DeckState {
  return { id: 'mbr', name: 'Monthly Business Review', template: 'mbr', slides, updatedAt: 'then' };
}

const OLD_KINDS: SlideKind[] = [
  'title',
  'landings-summary',
  'landings-by-source',
  'pivot',
  'created-by-source-segment',
  'forward-projection',
  'data-notes',
];

describe('withEveryKind', () => {
  it('puts each new kind at its storyline place in an old deck', () => {
    const deck = withEveryKind(oldDeck(OLD_KINDS.map((k) => slide(k))));
    expect(deck.slides.map((s) => s.kind)).toEqual(
      createDefaultDeck('mbr', 'now').slides.map((s) => s.kind),
    );
    expect(deck.slides.find((s) => s.kind === 'influence')).toEqual(slide('influence'));
    expect(deck.updatedAt).toBe('then');
  });

  it('keeps the user’s order, hidden flags and words, adding after the nearest earlier kind', () => {
    const user = oldDeck([
      slide('title'),
      slide('landings-by-source', { headline: 'Our headline', hidden: true }),
      slide('landings-summary', { notes: '' }),
      slide('data-notes'),
      slide('forward-projection', { notes: 'Say this.' }),
      slide('pivot'),
      slide('created-by-source-segment'),
    ]);
    const deck = withEveryKind(user);
    expect(deck.slides.map((s) => s.kind)).toEqual([
      'title',
      'landings-by-source',
      // After landings-by-source, wherever the user put it, then attribution after influence.
      'influence',
      'attribution',
      'landings-summary',
      'data-notes',
      'forward-projection',
      // After forward-projection, then each after the one just added.
      'contribution-targets',
      'funnel-by-channel',
      'net-new-meetings',
      'accounts-and-channels',
      'definitions',
      'pivot',
      'created-by-source-segment',
    ]);
    const kept = deck.slides.filter((s) => OLD_KINDS.includes(s.kind));
    expect(kept).toEqual(user.slides);
  });

  it('adds before the nearest later kind when no earlier kind is in the deck', () => {
    const deck = withEveryKind(
      oldDeck([slide('pivot'), ...OLD_KINDS.filter((k) => k !== 'pivot').map((k) => slide(k))]),
    );
    // Every kind before pivot is present, so influence follows landings-by-source.
    expect(deck.slides.map((s) => s.kind).slice(0, 5)).toEqual([
      'pivot',
      'title',
      'landings-summary',
      'landings-by-source',
      'influence',
    ]);
    const onlyNotes = withEveryKind(oldDeck([slide('data-notes')]));
    expect(onlyNotes.slides.map((s) => s.kind)).toEqual(
      createDefaultDeck('mbr', 'now').slides.map((s) => s.kind),
    );
  });

  it('gives an added slide an id no other slide has', () => {
    const deck = withEveryKind(
      oldDeck([slide('title', { id: 'influence' }), slide('landings-summary')]),
    );
    const ids = deck.slides.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(deck.slides.find((s) => s.kind === 'influence')?.id).toBe('influence-2');
  });

  it('returns a deck that already has every kind as it is', () => {
    const deck = createDefaultDeck('mbr', 'now');
    expect(withEveryKind(deck)).toBe(deck);
  });
});
