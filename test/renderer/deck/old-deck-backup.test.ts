import { describe, expect, it } from 'vitest';
import { deckSchema } from '../../../renderer/src/backup/row-schemas';
import { SLIDE_KINDS, isUserKind } from '../../../shared/deck/deck-model';

describe('a deck restored from a backup made before the newer slide kinds', () => {
  it('gets every kind at its storyline place, its own slides kept as they were', () => {
    const old = {
      id: 'mbr',
      name: 'Monthly Business Review',
      template: 'mbr',
      updatedAt: '2025-01-01T00:00:00.000Z',
      slides: ['title', 'landings-summary', 'landings-by-source', 'pivot', 'data-notes'].map(
        (kind) => ({
          id: kind,
          kind,
          hidden: kind === 'pivot',
          headline: kind === 'title' ? 'Our title words' : null,
          notes: null,
        }),
      ),
    };
    const restored = deckSchema.parse(old);
    // Every figure kind of the monthly review; dividers and free text are only added by the user.
    expect(restored.slides.map((s) => s.kind)).toEqual(SLIDE_KINDS.filter((k) => !isUserKind(k)));
    expect(restored.knownKinds).toEqual([...SLIDE_KINDS]);
    expect(restored.slides.find((s) => s.kind === 'pivot')?.hidden).toBe(true);
    expect(restored.slides[0]?.headline).toBe('Our title words');
  });

  it('keeps a later deck’s template, free-text body and removed slides as they were', () => {
    const board = {
      id: 'deck-1',
      name: 'Board, November',
      template: 'board',
      updatedAt: '2026-11-01T00:00:00.000Z',
      knownKinds: [...SLIDE_KINDS],
      slides: [
        { id: 'title', kind: 'title', hidden: false, headline: null, notes: null },
        {
          id: 'free-text',
          kind: 'free-text',
          hidden: false,
          headline: 'Asks of the board',
          notes: null,
          body: '- Approve the Q1 events budget',
        },
      ],
    };
    const restored = deckSchema.parse(board);
    expect(restored.template).toBe('board');
    expect(restored.slides.map((s) => s.kind)).toEqual(['title', 'free-text']);
    expect(restored.slides[1]?.body).toBe('- Approve the Q1 events budget');
  });

  it('refuses a template the app does not know', () => {
    const bad = { id: 'x', name: 'x', template: 'weekly', updatedAt: 'now', slides: [] };
    expect(deckSchema.safeParse(bad).success).toBe(false);
  });

  it('still refuses a slide kind the app does not know', () => {
    const bad = {
      id: 'mbr',
      name: 'x',
      template: 'mbr',
      updatedAt: 'now',
      slides: [{ id: 'a', kind: 'bogus', hidden: false, headline: null, notes: null }],
    };
    expect(deckSchema.safeParse(bad).success).toBe(false);
  });
});
