import { describe, expect, it } from 'vitest';
import type { SlideKind, SlideState, TemplateId } from '../../shared/deck/deck-model';
import { createDeckFromTemplate } from '../../shared/deck/templates';
import { printSections, slideOutlineName } from '../../shared/print-outline';

/** A printed slide as the sections see it. */
function slide(kind: SlideKind, id: string = kind): { state: SlideState } {
  return { state: { id, kind, hidden: false, headline: null, notes: null } };
}

/** Section titles with their slides' ids. */
function outline(slides: { state: SlideState }[], template: TemplateId = 'mbr') {
  return printSections(slides, template).map((s) => [s.title, s.slides.map((x) => x.state.id)]);
}

describe('printSections', () => {
  it('groups the Monthly Business Review by the acts of its storyline, in order', () => {
    const deck = createDeckFromTemplate('mbr', 'd', 'now');
    const sections = printSections(
      deck.slides.map((s) => ({ state: s })),
      'mbr',
    );
    expect(sections.length).toBeGreaterThanOrEqual(4);
    expect(sections[0]?.title).toBe('Opening');
    expect(sections.at(-1)?.title).toBe('Definitions and data notes');
    expect(sections.flatMap((s) => s.slides).length).toBe(deck.slides.length);
  });

  it('puts a divider with the act it opens, and free text with the act it follows', () => {
    const sections = outline([
      slide('title'),
      slide('section-divider'),
      slide('landings-summary'),
      slide('free-text'),
      slide('definitions'),
    ]);
    expect(sections).toEqual([
      ['Opening', ['title']],
      [sections[1]?.[0], ['section-divider', 'landings-summary', 'free-text']],
      ['Definitions and data notes', ['definitions']],
    ]);
  });

  it('meets an act again when the deck goes back to it, as the reader will', () => {
    const sections = outline([slide('landings-summary'), slide('definitions'), slide('influence')]);
    expect(sections.map(([title]) => title)).toHaveLength(3);
    expect(sections[0]?.[0]).toBe(sections[2]?.[0]);
  });

  it('still makes one section of a deck of the user’s own slides', () => {
    expect(outline([slide('free-text', 'a'), slide('free-text', 'b')])).toHaveLength(1);
  });
});

describe('slideOutlineName', () => {
  it('names a figure slide by its number and kind', () => {
    expect(
      slideOutlineName({ ...slide('landings-summary'), headline: 'We landed…', number: 2 }),
    ).toBe('2. Landings summary');
  });

  it('names the user’s slide by its headline, cut to a bookmark’s length', () => {
    const long = 'A'.repeat(120);
    const name = slideOutlineName({ ...slide('free-text'), headline: long, number: 7 });
    expect(name.startsWith('7. AAAA')).toBe(true);
    expect(name.endsWith('…')).toBe(true);
    expect(name.length).toBeLessThanOrEqual(84);
  });
});
