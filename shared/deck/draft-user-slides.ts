import type { Report } from '../metrics/report-types';
import type { DraftedSlide, TextSpec } from './slide-content';

/**
 * A section divider's draft: the period as its kicker. Its headline is the user's, or else the
 * title of the act that follows it in the deck (`overlaySlides` works that out from the order);
 * the one here is what a divider with no act after it says.
 */
export function draftDivider(report: Report): DraftedSlide {
  return {
    title: report.period.label,
    headline: 'Questions and discussion',
    notes: '',
    visual: null,
    kpis: [],
    footnote: null,
    unavailable: null,
  };
}

/** A free-text slide's draft: the user writes its headline and body; these show until they do. */
export function draftFreeText(report: Report): DraftedSlide {
  return {
    title: report.period.label,
    headline: 'Discussion',
    notes: '',
    visual: null,
    kpis: [],
    footnote: null,
    unavailable: null,
  };
}

/** The user's body text as a slide visual: a block per non-empty line, "- " or "• " making a bullet. */
export function textVisual(body: string): TextSpec {
  const blocks = body
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => {
      const bullet = /^[-•*]\s+/.test(line);
      return { text: bullet ? line.replace(/^[-•*]\s+/, '') : line, bullet };
    });
  return { type: 'text', blocks };
}
