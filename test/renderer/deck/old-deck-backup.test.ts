import { describe, expect, it } from 'vitest';
import { deckSchema } from '../../../renderer/src/backup/row-schemas';
import { SLIDE_KINDS } from '../../../shared/deck/deck-model';

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
    expect(restored.slides.map((s) => s.kind)).toEqual([...SLIDE_KINDS]);
    expect(restored.slides.find((s) => s.kind === 'pivot')?.hidden).toBe(true);
    expect(restored.slides[0]?.headline).toBe('Our title words');
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
