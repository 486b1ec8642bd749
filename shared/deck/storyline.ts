import { SLIDE_KIND_NAMES, isUserKind, type SlideKind, type SlideState } from './deck-model';
import { isShown } from './is-shown';
import type { DraftedSlide } from './slide-content';
import { TEMPLATES, actIndexOf, type DeckTemplate } from './templates';
import type { TemplateId } from './deck-model';

/** One break in the storyline: `slideId` is shown after `afterSlideId` but belongs before it. */
export interface StorylineWarning {
  slideId: string;
  afterSlideId: string;
  message: string;
}

/** A slide's act in the template's storyline; user-written slides (dividers, free text) have none. */
function actOf(template: DeckTemplate, kind: SlideKind): number | null {
  return isUserKind(kind) ? null : actIndexOf(template, kind);
}

/**
 * The places where the shown slides break the template's storyline (its acts, in order). Each
 * misplaced slide is reported once, against the first shown slide before it that belongs
 * after it. Hidden slides, and with `drafts` the ones the report cannot draw (`isShown`), are
 * not shown, so they are ignored; so are dividers and free text, which may sit anywhere.
 */
export function checkStoryline(
  templateId: TemplateId,
  slides: readonly SlideState[],
  drafts?: Readonly<Partial<Record<SlideKind, Pick<DraftedSlide, 'unavailable'>>>>,
): StorylineWarning[] {
  const template = TEMPLATES[templateId];
  const visible = slides.filter(
    (s) => isShown(s, drafts?.[s.kind]) && actOf(template, s.kind) !== null,
  );
  const warnings: StorylineWarning[] = [];
  visible.forEach((slide, i) => {
    const act = actOf(template, slide.kind) ?? 0;
    const earlier = visible.slice(0, i).find((other) => (actOf(template, other.kind) ?? 0) > act);
    if (!earlier) return;
    const earlierAct = template.acts[actOf(template, earlier.kind) ?? 0];
    const reason =
      earlierAct === template.acts[template.acts.length - 1]
        ? earlierAct.reason
        : template.acts[act].reason;
    warnings.push({
      slideId: slide.id,
      afterSlideId: earlier.id,
      message: `“${SLIDE_KIND_NAMES[earlier.kind]}” comes before “${SLIDE_KIND_NAMES[slide.kind]}”: ${reason}`,
    });
  });
  return warnings;
}

/**
 * Restores the template's storyline with the fewest moves: a stable sort by act, so slides keep
 * their order within an act. A divider or free-text slide travels with the figure slide after
 * it (a divider introduces what follows); ones after the last figure slide stay at the end.
 */
export function fixStoryline(templateId: TemplateId, slides: readonly SlideState[]): SlideState[] {
  const template = TEMPLATES[templateId];
  const groups: { act: number; slides: SlideState[] }[] = [];
  let pending: SlideState[] = [];
  for (const slide of slides) {
    const act = actOf(template, slide.kind);
    if (act === null) {
      pending.push(slide);
      continue;
    }
    groups.push({ act, slides: [...pending, slide] });
    pending = [];
  }
  const sorted = groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => a.group.act - b.group.act || a.index - b.index)
    .flatMap(({ group }) => group.slides);
  return [...sorted, ...pending];
}
