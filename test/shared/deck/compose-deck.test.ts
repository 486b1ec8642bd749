import { describe, expect, it } from 'vitest';
import {
  draftDeck,
  overlaySlides,
  shownSlides,
  visibleSlideCount,
  type DeckDrafts,
} from '../../../shared/deck/compose-deck';
import { createDefaultDeck } from '../../../shared/deck/default-deck';
import { moveSlide, setHeadline, setNotes, toggleHidden } from '../../../shared/deck/deck-updaters';
import { SLIDE_KINDS } from '../../../shared/deck/deck-model';
import { sampleContext, sampleReport } from './report-fixture';
import { fullReport } from './supporting-fixture';

const deck = createDefaultDeck('mbr', '2025-09-17T09:00:00.000Z');
const drafts: DeckDrafts = draftDeck(sampleReport(), sampleContext());

describe('drafting the deck', () => {
  it('drafts every slide kind once, from the report alone', () => {
    expect(Object.keys(drafts)).toEqual([...SLIDE_KINDS]);
    expect(drafts.title.headline).toBe(
      'FY2026 Q3 as of Sep 17, 2025, with 52% of the quarter behind us.',
    );
  });
});

describe('laying the user’s slides over the drafts', () => {
  it('shows the drafted words until the user writes their own', () => {
    const edited = setNotes(setHeadline(deck, 'pivot', 'Our own words.'), 'pivot', '');
    const pivot = overlaySlides(edited.slides, drafts).find((s) => s.state.id === 'pivot');
    expect(pivot?.headline).toBe('Our own words.');
    expect(pivot?.notes).toBe('');
    const title = overlaySlides(edited.slides, drafts)[0];
    expect(title?.headline).toBe(
      'FY2026 Q3 as of Sep 17, 2025, with 52% of the quarter behind us.',
    );
  });

  it('keeps the very same draft objects, chart specs included, whatever the user edits', () => {
    const before = overlaySlides(deck.slides, drafts);
    const edited = toggleHidden(
      moveSlide(setHeadline(deck, 'forward-projection', 'Typed.'), 'data-notes', 0),
      'title',
    );
    const after = overlaySlides(edited.slides, drafts);
    for (const slide of after) {
      const earlier = before.find((s) => s.state.id === slide.state.id);
      expect(slide.draft).toBe(earlier?.draft);
      expect(slide.draft.visual).toBe(earlier?.draft.visual);
    }
  });

  it('follows the user’s order and numbers only the visible slides the report can draw', () => {
    const edited = toggleHidden(moveSlide(deck, 'data-notes', 1), 'landings-summary');
    const slides = overlaySlides(edited.slides, drafts);
    // The sample report has deals only: the six slides built on other records are not shown.
    expect(slides.map((s) => [s.state.id, s.number, s.unavailable !== null])).toEqual([
      ['title', 1, false],
      ['data-notes', 2, false],
      ['landings-summary', null, false],
      ['landings-by-source', 3, false],
      ['influence', null, true],
      ['attribution', null, true],
      ['pivot', 4, false],
      ['created-by-source-segment', 5, false],
      ['forward-projection', 6, false],
      ['contribution-targets', null, true],
      ['funnel-by-channel', null, true],
      ['net-new-meetings', null, true],
      ['accounts-and-channels', null, true],
      ['definitions', 7, false],
    ]);
    expect(shownSlides(slides).map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('numbers every slide once the report has every figure', () => {
    const slides = overlaySlides(deck.slides, draftDeck(fullReport(), sampleContext()));
    expect(slides.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(slides.every((s) => s.unavailable === null)).toBe(true);
  });
});

describe('counting visible slides', () => {
  it('counts the slides not hidden, and with the drafts only those the report can draw', () => {
    expect(visibleSlideCount(deck.slides)).toBe(14);
    // Deals alone: the six slides built on other records are not shown; eight are.
    expect(visibleSlideCount(deck.slides, drafts)).toBe(8);
    expect(visibleSlideCount(toggleHidden(deck, 'pivot').slides, drafts)).toBe(7);
    // Hiding an unavailable slide changes nothing that is shown.
    expect(visibleSlideCount(toggleHidden(deck, 'influence').slides, drafts)).toBe(8);
  });

  it('counts none once every slide is hidden', () => {
    const allHidden = SLIDE_KINDS.reduce((d, id) => toggleHidden(d, id), deck);
    expect(visibleSlideCount(allHidden.slides)).toBe(0);
    expect(overlaySlides(allHidden.slides, drafts).every((s) => s.number === null)).toBe(true);
  });
});
