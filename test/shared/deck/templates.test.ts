import { describe, expect, it } from 'vitest';
import {
  SLIDE_KINDS,
  TEMPLATE_IDS,
  isUserKind,
  type SlideKind,
  type SlideState,
} from '../../../shared/deck/deck-model';
import { moveSlide } from '../../../shared/deck/deck-updaters';
import { checkStoryline, fixStoryline } from '../../../shared/deck/storyline';
import { TEMPLATES, createDeckFromTemplate, isTemplateId } from '../../../shared/deck/templates';
import { withEveryKind } from '../../../shared/deck/with-every-kind';

const NOW = '2026-11-20T09:00:00.000Z';
const kinds = (slides: readonly SlideState[]) => slides.map((s) => s.kind);
const slide = (id: string, kind: SlideKind): SlideState => ({
  id,
  kind,
  hidden: false,
  headline: null,
  notes: null,
});

describe('the forum templates', () => {
  it.each(TEMPLATE_IDS)('%s puts every figure kind in exactly one act of its storyline', (id) => {
    const template = TEMPLATES[id];
    for (const kind of SLIDE_KINDS.filter((k) => !isUserKind(k))) {
      expect(template.acts.filter((act) => act.kinds.some((k) => k === kind))).toHaveLength(1);
    }
  });

  it.each(TEMPLATE_IDS)('%s starts a deck that keeps its own storyline rule', (id) => {
    const deck = createDeckFromTemplate(id, 'd1', NOW);
    expect(deck.template).toBe(id);
    expect(deck.name).toBe(TEMPLATES[id].name);
    expect(checkStoryline(id, deck.slides)).toEqual([]);
    expect(new Set(deck.slides.map((s) => s.id)).size).toBe(deck.slides.length);
  });

  it('leads the monthly review and the QBR with landings, the QBR in sections', () => {
    expect(kinds(createDeckFromTemplate('mbr', 'm', NOW).slides).slice(0, 3)).toEqual([
      'title',
      'landings-summary',
      'landings-by-source',
    ]);
    const qbr = createDeckFromTemplate('qbr', 'q', NOW).slides;
    expect(kinds(qbr).filter((k) => k === 'section-divider')).toHaveLength(2);
    expect(qbr[1]).toMatchObject({ id: 'section-divider', kind: 'section-divider' });
    expect(qbr.find((s) => s.id === 'section-divider-2')).toBeDefined();
  });

  it('condenses the board deck to landings, targets, joint metrics and the outlook', () => {
    expect(kinds(createDeckFromTemplate('board', 'b', NOW).slides)).toEqual([
      'title',
      'landings-summary',
      'contribution-targets',
      'net-new-meetings',
      'forward-projection',
      'definitions',
    ]);
  });

  it('leads the long-outlook forum with the create view and the projection', () => {
    const slides = kinds(createDeckFromTemplate('outlook', 'o', NOW).slides);
    expect(slides.slice(1, 3)).toEqual(['created-by-source-segment', 'forward-projection']);
    expect(slides.indexOf('landings-summary')).toBeGreaterThan(
      slides.indexOf('forward-projection'),
    );
  });

  it('gives the team review created vs goals, the funnel by channel and channel performance', () => {
    expect(kinds(createDeckFromTemplate('team', 't', NOW).slides).slice(1, 6)).toEqual([
      'created-by-source-segment',
      'contribution-targets',
      'funnel-by-channel',
      'net-new-meetings',
      'accounts-and-channels',
    ]);
  });

  it('names a deck as the user asked, trimmed, and falls back to the forum name when blank', () => {
    expect(createDeckFromTemplate('board', 'b', NOW, '  Board, November ').name).toBe(
      'Board, November',
    );
    expect(createDeckFromTemplate('board', 'b', NOW, '   ').name).toBe('Board update');
  });

  it('knows its template ids and nothing else', () => {
    expect(TEMPLATE_IDS.every(isTemplateId)).toBe(true);
    expect(isTemplateId('weekly')).toBe(false);
    expect(isTemplateId(undefined)).toBe(false);
  });
});

describe('each template’s storyline rule', () => {
  it('warns in the outlook deck when the landings come before the create view, and fixes it', () => {
    const deck = createDeckFromTemplate('outlook', 'o', NOW);
    const moved = moveSlide(deck, 'landings-summary', 1);
    expect(checkStoryline('outlook', moved.slides).map((w) => w.message)).toEqual([
      '“Landings summary” comes before “Created this quarter”: the long-outlook forum leads with the create view and the projection.',
      '“Landings summary” comes before “Forward projection”: the long-outlook forum leads with the create view and the projection.',
      '“Landings summary” comes before “Contribution vs targets”: the long-outlook forum leads with the create view and the projection.',
      '“Landings summary” comes before “Net-new meetings”: the long-outlook forum leads with the create view and the projection.',
    ]);
    expect(kinds(fixStoryline('outlook', moved.slides))).toEqual(kinds(deck.slides));
  });

  it('takes the same order as the monthly review would refuse as right for the outlook forum', () => {
    const outlookOrder = createDeckFromTemplate('outlook', 'o', NOW).slides;
    expect(checkStoryline('outlook', outlookOrder)).toEqual([]);
    expect(checkStoryline('mbr', outlookOrder).length).toBeGreaterThan(0);
  });

  it('warns in the board deck when the outlook comes before contribution to targets', () => {
    const deck = createDeckFromTemplate('board', 'b', NOW);
    const moved = moveSlide(deck, 'forward-projection', 2);
    expect(checkStoryline('board', moved.slides)).toEqual([
      {
        slideId: 'contribution-targets',
        afterSlideId: 'forward-projection',
        message:
          '“Forward projection” comes before “Contribution vs targets”: contribution to targets follows the landings.',
      },
      {
        slideId: 'net-new-meetings',
        afterSlideId: 'forward-projection',
        message:
          '“Forward projection” comes before “Net-new meetings”: the joint metrics come before the outlook.',
      },
    ]);
  });

  it('lets dividers and free text sit anywhere, and moves a divider with the slide it introduces', () => {
    const slides = [
      slide('title', 'title'),
      slide('d1', 'section-divider'),
      slide('created-by-source-segment', 'created-by-source-segment'),
      slide('d2', 'section-divider'),
      slide('landings-summary', 'landings-summary'),
      slide('asks', 'free-text'),
    ];
    expect(checkStoryline('mbr', slides).map((w) => w.slideId)).toEqual(['landings-summary']);
    expect(fixStoryline('mbr', slides).map((s) => s.id)).toEqual([
      'title',
      'd2',
      'landings-summary',
      'd1',
      'created-by-source-segment',
      'asks',
    ]);
  });
});

describe('withEveryKind on a template deck', () => {
  it('leaves a deck alone when the user removed a slide its template starts with', () => {
    const deck = createDeckFromTemplate('board', 'b', NOW);
    const removed = { ...deck, slides: deck.slides.filter((s) => s.kind !== 'net-new-meetings') };
    expect(withEveryKind(removed)).toBe(removed);
  });

  it('adds a kind its template starts with that did not exist when the deck was stored', () => {
    const deck = createDeckFromTemplate('board', 'b', NOW);
    const stored = {
      ...deck,
      slides: deck.slides.filter((s) => s.kind !== 'net-new-meetings'),
      knownKinds: SLIDE_KINDS.filter((k) => k !== 'net-new-meetings'),
    };
    const upgraded = withEveryKind(stored);
    expect(kinds(upgraded.slides)).toEqual(kinds(deck.slides));
    expect(upgraded.knownKinds).toEqual([...SLIDE_KINDS]);
  });
});
