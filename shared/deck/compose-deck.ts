import type { Report } from '../metrics/report-types';
import {
  SLIDE_KINDS,
  isUserKind,
  type SlideKind,
  type SlideState,
  type TemplateId,
} from './deck-model';
import { textVisual } from './draft-user-slides';
import { TEMPLATES, actIndexOf } from './templates';
import type { DraftContext } from './draft-context';
import { draftSlide } from './draft-slide';
import { isShown } from './is-shown';
import type { DraftedSlide } from './slide-content';

/** Every slide kind drafted once from one report: what the user's slide states are laid over. */
export type DeckDrafts = Readonly<Record<SlideKind, DraftedSlide>>;

/** One slide ready to draw: the user's state, its draft, and the words shown (the user's or the draft's). */
export interface ComposedSlide {
  state: SlideState;
  draft: DraftedSlide;
  headline: string;
  notes: string;
  /** Why the report cannot draw this slide (see `DraftedSlide.unavailable`); `null` when it can. */
  unavailable: string | null;
  /** Position among the shown slides (1-based); `null` when hidden or unavailable. */
  number: number | null;
}

/**
 * Drafts every slide kind from the report and context alone. It deliberately takes no slide
 * state, so a caller can memoise it on (report, context) and keep the same draft objects,
 * chart specs included, while the user types, hides or reorders.
 */
export function draftDeck(report: Report, context: DraftContext): DeckDrafts {
  const drafts: Partial<Record<SlideKind, DraftedSlide>> = {};
  for (const kind of SLIDE_KINDS) drafts[kind] = draftSlide(kind, report, context);
  return drafts as DeckDrafts;
}

/**
 * The title of the act that the first figure slide after `index` opens (what a divider there
 * introduces); `null` when no figure slide follows.
 */
function nextActTitle(
  slides: readonly SlideState[],
  index: number,
  template: TemplateId,
): string | null {
  const t = TEMPLATES[template];
  for (let i = index + 1; i < slides.length; i++) {
    const kind = slides[i].kind;
    if (isUserKind(kind) || slides[i].hidden) continue;
    const act = actIndexOf(t, kind);
    if (act >= 0) return t.acts[act].title;
  }
  return null;
}

/** The draft a user-written slide shows: a divider's headline from the act after it, free text's body. */
function userDraft(
  slides: readonly SlideState[],
  index: number,
  draft: DraftedSlide,
  template: TemplateId,
): DraftedSlide {
  const state = slides[index];
  if (state.kind === 'free-text') {
    const body = state.body ?? '';
    return { ...draft, visual: body.trim() === '' ? null : textVisual(body) };
  }
  const title = nextActTitle(slides, index, template);
  return title === null ? draft : { ...draft, headline: title };
}

/**
 * Lays the user's slide states (order, hidden, headline, notes, a free-text body) over the
 * drafts. Cheap and allocation-light: each figure slide's `draft` is the very object from
 * `drafts`, never a copy; a divider's and a free-text slide's are made from their state, and
 * the title slide's carries `deckName` when given.
 */
export function overlaySlides(
  slides: readonly SlideState[],
  drafts: DeckDrafts,
  template: TemplateId = 'mbr',
  deckName?: string,
): ComposedSlide[] {
  let number = 0;
  return slides.map((state, index) => {
    let draft = isUserKind(state.kind)
      ? userDraft(slides, index, drafts[state.kind], template)
      : drafts[state.kind];
    // The title slide carries the deck's own name: "Board update", "QBR — FY2026 Q4".
    if (state.kind === 'title' && deckName !== undefined && deckName.trim() !== '') {
      draft = { ...draft, title: deckName };
    }
    const shown = isShown(state, draft);
    if (shown) number += 1;
    return {
      state,
      draft,
      headline: state.headline ?? draft.headline,
      notes: state.notes ?? draft.notes,
      unavailable: draft.unavailable ?? null,
      number: shown ? number : null,
    };
  });
}

/** The composed slides present mode and the PDF show, in deck order (see `isShown`). */
export function shownSlides(slides: readonly ComposedSlide[]): ComposedSlide[] {
  return slides.filter((s) => isShown(s.state, s.draft));
}

/** What the print route reports (page and `data-print-error`) when there is no slide to print. */
export const ALL_SLIDES_HIDDEN = 'Every slide is hidden: show at least one slide to export.';

/** Why the editor disables Export PDF and Present when no slide would be shown. */
export const ALL_SLIDES_HIDDEN_ACTIONS =
  'Every slide is hidden: show at least one slide to export or present.';

/**
 * How many slides present mode and the PDF show. Given slide states alone it can only count
 * the ones not hidden; given the drafts too it also leaves out the unavailable ones.
 */
export function visibleSlideCount(
  slides: readonly Pick<SlideState, 'hidden' | 'kind'>[],
  drafts?: DeckDrafts,
): number {
  return slides.filter((s) => isShown(s, drafts?.[s.kind])).length;
}
