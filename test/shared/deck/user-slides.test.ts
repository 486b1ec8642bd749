import { describe, expect, it } from 'vitest';
import { draftDeck, overlaySlides, shownSlides } from '../../../shared/deck/compose-deck';
import { addSlide, setBody, setHeadline, toggleHidden } from '../../../shared/deck/deck-updaters';
import { createDeckFromTemplate } from '../../../shared/deck/templates';
import { textVisual } from '../../../shared/deck/draft-user-slides';
import { sampleContext, sampleReport } from './report-fixture';

const drafts = draftDeck(sampleReport(), sampleContext());
const qbr = createDeckFromTemplate('qbr', 'q', '2026-11-20T09:00:00.000Z');

describe('section dividers', () => {
  it('name the act that follows them unless the user names them', () => {
    const composed = overlaySlides(qbr.slides, drafts, 'qbr');
    const dividers = composed.filter((s) => s.state.kind === 'section-divider');
    expect(dividers.map((s) => s.headline)).toEqual([
      'Where the quarter lands',
      'The quarters ahead',
    ]);
    const named = setHeadline(qbr, 'section-divider-2', 'What comes next');
    const renamed = overlaySlides(named.slides, drafts, 'qbr').find(
      (s) => s.state.id === 'section-divider-2',
    );
    expect(renamed?.headline).toBe('What comes next');
  });

  it('skip hidden slides when naming the next act, and close with discussion when none follows', () => {
    const { deck, slideId } = addSlide(qbr, 'section-divider', 'data-notes');
    const last = overlaySlides(deck.slides, drafts, 'qbr').find((s) => s.state.id === slideId);
    expect(last?.headline).toBe('Questions and discussion');
    const hiddenLandings = [
      'landings-summary',
      'landings-by-source',
      'influence',
      'attribution',
    ].reduce((d, id) => toggleHidden(d, id), qbr);
    expect(overlaySlides(hiddenLandings.slides, drafts, 'qbr')[1]?.headline).toBe('The pivot');
  });

  it('are shown, numbered and carry no figures', () => {
    const composed = overlaySlides(qbr.slides, drafts, 'qbr');
    expect(shownSlides(composed).map((s) => s.state.id)).toContain('section-divider');
    expect(composed[1]).toMatchObject({ number: 2, unavailable: null });
    expect(composed[1]?.draft.kpis).toEqual([]);
    expect(composed[1]?.draft.definitions).toEqual([]);
  });
});

describe('the title slide', () => {
  it('carries the deck’s name', () => {
    const composed = overlaySlides(qbr.slides, drafts, 'qbr', 'QBR — FY2026 Q4');
    expect(composed[0]?.draft.title).toBe('QBR — FY2026 Q4');
    expect(overlaySlides(qbr.slides, drafts, 'qbr')[0]?.draft.title).toBe(
      'Monthly Business Review',
    );
  });
});

describe('free-text slides', () => {
  it('show the user’s body as paragraphs and bullets', () => {
    const { deck, slideId } = addSlide(qbr, 'free-text', 'title');
    const written = setBody(
      deck,
      slideId,
      'Three asks of the board:\n\n- Approve the Q1 events budget\n• Hire two SDRs\n',
    );
    const slide = overlaySlides(written.slides, drafts, 'qbr').find((s) => s.state.id === slideId);
    expect(slide?.draft.visual).toEqual({
      type: 'text',
      blocks: [
        { text: 'Three asks of the board:', bullet: false },
        { text: 'Approve the Q1 events budget', bullet: true },
        { text: 'Hire two SDRs', bullet: true },
      ],
    });
    expect(slide?.headline).toBe('Discussion');
  });

  it('show their headline alone while the body is empty', () => {
    const { deck, slideId } = addSlide(qbr, 'free-text', 'title');
    const slide = overlaySlides(deck.slides, drafts, 'qbr').find((s) => s.state.id === slideId);
    expect(slide?.draft.visual).toBeNull();
  });

  it('read a line of dashes without a space as words, not a bullet', () => {
    expect(textVisual('-5% on last quarter').blocks).toEqual([
      { text: '-5% on last quarter', bullet: false },
    ]);
  });
});
