import { describe, expect, it } from 'vitest';
import { createDefaultDeck } from '../../../shared/deck/default-deck';
import { moveSlide, setHeadline, setNotes, toggleHidden } from '../../../shared/deck/deck-updaters';
import { draftDeck } from '../../../shared/deck/compose-deck';
import { checkStoryline, fixStoryline } from '../../../shared/deck/storyline';
import { sampleContext, sampleReport } from './report-fixture';
import { fullReport } from './supporting-fixture';

const deck = () => createDefaultDeck('mbr', '2025-09-17T09:00:00.000Z');
const kinds = (slides: { kind: string }[]) => slides.map((s) => s.kind);

describe('createDefaultDeck', () => {
  it('lays out every MBR slide kind landings first, all shown and drafted', () => {
    const d = deck();
    expect(d).toMatchObject({
      id: 'mbr',
      name: 'Monthly Business Review',
      template: 'mbr',
      updatedAt: '2025-09-17T09:00:00.000Z',
    });
    expect(kinds(d.slides)).toEqual([
      'title',
      'landings-summary',
      'landings-by-source',
      'influence',
      'attribution',
      'pivot',
      'created-by-source-segment',
      'forward-projection',
      'contribution-targets',
      'funnel-by-channel',
      'net-new-meetings',
      'accounts-and-channels',
      'definitions',
      'data-notes',
    ]);
    expect(d.slides.every((s) => !s.hidden && s.headline === null && s.notes === null)).toBe(true);
  });
});

describe('checkStoryline', () => {
  it('finds nothing wrong with the default order', () => {
    expect(checkStoryline('mbr', deck().slides)).toEqual([]);
  });

  it('warns when a forward slide is moved before a landings slide', () => {
    const moved = moveSlide(deck(), 'created-by-source-segment', 2);
    expect(checkStoryline('mbr', moved.slides)).toEqual([
      {
        slideId: 'landings-by-source',
        afterSlideId: 'created-by-source-segment',
        message:
          '“Created this quarter” comes before “Landings by demand source”: the monthly review leads with landings.',
      },
      {
        slideId: 'influence',
        afterSlideId: 'created-by-source-segment',
        message:
          '“Created this quarter” comes before “Marketing influence”: the monthly review leads with landings.',
      },
      {
        slideId: 'attribution',
        afterSlideId: 'created-by-source-segment',
        message:
          '“Created this quarter” comes before “Attribution by channel”: the monthly review leads with landings.',
      },
      {
        slideId: 'pivot',
        afterSlideId: 'created-by-source-segment',
        message:
          '“Created this quarter” comes before “The quarters ahead”: the pivot turns from landings to the quarters ahead.',
      },
    ]);
  });

  it('says the data notes close the deck when they are moved up', () => {
    const moved = moveSlide(deck(), 'data-notes', 11);
    expect(checkStoryline('mbr', moved.slides).map((w) => w.message)).toEqual([
      '“Data notes” comes before “Target accounts and channels”: the definitions and data notes close the deck.',
    ]);
  });

  it('treats influence as a landings slide and the new figures as the forward view', () => {
    const influenceLate = moveSlide(deck(), 'influence', 6);
    expect(checkStoryline('mbr', influenceLate.slides).map((w) => w.message)).toEqual([
      '“The quarters ahead” comes before “Marketing influence”: the monthly review leads with landings.',
    ]);
    const meetingsEarly = moveSlide(deck(), 'net-new-meetings', 3);
    expect(
      checkStoryline('mbr', meetingsEarly.slides).map((w) => [w.slideId, w.afterSlideId]),
    ).toEqual([
      ['influence', 'net-new-meetings'],
      ['attribution', 'net-new-meetings'],
      ['pivot', 'net-new-meetings'],
    ]);
  });

  it('ignores slides the report cannot draw, as present mode does, once given the drafts', () => {
    // Meetings moved before the landings: a break only when the meetings slide can be drawn.
    const moved = moveSlide(deck(), 'net-new-meetings', 1);
    const withoutMeetings = draftDeck(sampleReport(), sampleContext());
    expect(checkStoryline('mbr', moved.slides, withoutMeetings)).toEqual([]);
    const withMeetings = draftDeck(fullReport(), sampleContext());
    expect(checkStoryline('mbr', moved.slides, withMeetings).map((w) => w.slideId)).toEqual([
      'landings-summary',
      'landings-by-source',
      'influence',
      'attribution',
      'pivot',
    ]);
  });

  it('ignores hidden slides', () => {
    const moved = moveSlide(deck(), 'created-by-source-segment', 2);
    expect(checkStoryline('mbr', toggleHidden(moved, 'created-by-source-segment').slides)).toEqual(
      [],
    );
  });
});

describe('fixStoryline', () => {
  it('restores phase order and keeps the user’s order within a phase', () => {
    let d = moveSlide(deck(), 'landings-by-source', 1);
    d = moveSlide(d, 'forward-projection', 0);
    d = moveSlide(d, 'net-new-meetings', 2);
    expect(kinds(fixStoryline('mbr', d.slides))).toEqual([
      'title',
      'landings-by-source',
      'landings-summary',
      'influence',
      'attribution',
      'pivot',
      'forward-projection',
      'net-new-meetings',
      'created-by-source-segment',
      'contribution-targets',
      'funnel-by-channel',
      'accounts-and-channels',
      'definitions',
      'data-notes',
    ]);
  });
});

describe('deck updaters', () => {
  it('moves a slide and clamps the target to the deck', () => {
    expect(kinds(moveSlide(deck(), 'title', 99).slides).at(-1)).toBe('title');
    expect(kinds(moveSlide(deck(), 'data-notes', -3).slides)[0]).toBe('data-notes');
  });

  it('toggles a slide hidden and back', () => {
    const hidden = toggleHidden(deck(), 'pivot');
    expect(hidden.slides[5]?.hidden).toBe(true);
    expect(toggleHidden(hidden, 'pivot').slides[5]?.hidden).toBe(false);
  });

  it('resets a blank headline to the draft', () => {
    const edited = setHeadline(deck(), 'pivot', 'Our own words');
    expect(edited.slides[5]?.headline).toBe('Our own words');
    expect(setHeadline(edited, 'pivot', '   ').slides[5]?.headline).toBeNull();
  });

  it('keeps emptied notes and resets them with null', () => {
    const edited = setNotes(deck(), 'title', '');
    expect(edited.slides[0]?.notes).toBe('');
    expect(setNotes(edited, 'title', null).slides[0]?.notes).toBeNull();
  });

  it('leaves the original deck untouched', () => {
    const d = deck();
    toggleHidden(d, 'title');
    expect(d.slides[0]?.hidden).toBe(false);
  });
});
