import type { DraftedSlide } from './slide-content';

/** What a slide says while its records are not imported. */
export interface UnavailableWords {
  title: string;
  /** Why it cannot be drawn and what to import, e.g. "Import meetings to see net-new meetings." */
  reason: string;
  /** What the slide will show once the records are there. */
  shows: string;
  footnote: string;
}

/**
 * A slide the report cannot draw: the reason as its headline, no figure anywhere, and an
 * empty panel that says it stays out of present mode and the PDF until then.
 */
export function unavailableSlide(words: UnavailableWords): DraftedSlide {
  return {
    title: words.title,
    headline: words.reason,
    notes: `${words.shows} ${words.reason} Until then this slide stays in the deck but is left out of present mode and the PDF.`,
    visual: {
      type: 'empty',
      message: 'Left out of present mode and the PDF until these records are imported.',
    },
    kpis: [],
    footnote: words.footnote,
    unavailable: words.reason,
  };
}
