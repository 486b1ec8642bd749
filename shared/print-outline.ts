import type { ComposedSlide } from './deck/compose-deck';
import { SLIDE_KIND_NAMES, isUserKind, type TemplateId } from './deck/deck-model';
import { TEMPLATES, actIndexOf } from './deck/templates';

/** One run of printed slides in the same act of the storyline: an h1 (a top-level bookmark) in the PDF. */
export interface PrintSection<S> {
  title: string;
  slides: S[];
}

/** The longest bookmark a slide gets before it is cut with an ellipsis. */
const MAX_NAME = 80;

/** A slide's name: its kind ("Landings summary"); a user's slide is named by its headline, cut to fit a bookmark. */
export function slideName(slide: Pick<ComposedSlide, 'state' | 'headline'>): string {
  const name = isUserKind(slide.state.kind)
    ? slide.headline.trim() || SLIDE_KIND_NAMES[slide.state.kind]
    : SLIDE_KIND_NAMES[slide.state.kind];
  return name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1).trimEnd()}…` : name;
}

/** A slide's bookmark: its number and name ("3. Landings summary"). */
export function slideOutlineName(
  slide: Pick<ComposedSlide, 'state' | 'headline' | 'number'>,
): string {
  const name = slideName(slide);
  return slide.number === null ? name : `${slide.number}. ${name}`;
}

/**
 * Groups the printed slides by the act of the deck's storyline they belong to, in deck order,
 * so the PDF's outline reads Opening › Landings › … A section divider opens the act after it
 * and free text stays in the act it follows; a deck reordered against its storyline simply
 * gets the same act twice, as the reader will meet it.
 */
export function printSections<S extends Pick<ComposedSlide, 'state'>>(
  slides: readonly S[],
  template: TemplateId,
): PrintSection<S>[] {
  const t = TEMPLATES[template];
  const actOf = (index: number): number => {
    const kind = slides[index].state.kind;
    return isUserKind(kind) ? -1 : actIndexOf(t, kind);
  };
  const acts = slides.map((_, i) => actOf(i));
  // A divider takes the next figure slide's act; free text (and a divider at the very end) the previous one's.
  const resolved = acts.map((act, i) => {
    if (act >= 0) return act;
    const kind = slides[i].state.kind;
    const ahead = acts.slice(i + 1).find((a) => a >= 0);
    const behind = acts
      .slice(0, i)
      .reverse()
      .find((a) => a >= 0);
    const order = kind === 'section-divider' ? [ahead, behind] : [behind, ahead];
    return order.find((a) => a !== undefined) ?? -1;
  });
  const sections: PrintSection<S>[] = [];
  let current = Number.NaN;
  slides.forEach((slide, i) => {
    const act = resolved[i];
    if (act !== current || sections.length === 0) {
      sections.push({ title: t.acts[act]?.title ?? t.name, slides: [] });
      current = act;
    }
    sections[sections.length - 1].slides.push(slide);
  });
  return sections;
}
