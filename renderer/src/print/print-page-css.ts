import type { PrintLayout } from '../../../shared/print-options';

/** The handout's page: US Letter, portrait. */
export const HANDOUT_PAGE = { width: 8.5, height: 11 } as const;

/** The slide page: 16:9, 13.333 × 7.5 in (1280 × 720 CSS px), as presented. */
export const SLIDE_PAGE = { width: 13.333, height: 7.5 } as const;

/** The handout's side margin in inches; the slide fills the width between them. */
export const HANDOUT_SIDE_MARGIN = 0.65;

/** Page numbers in the bottom margin of every page that has one (Chromium's @page margin boxes). */
const PAGE_NUMBER =
  '@bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt "Inter Variable", system-ui, sans-serif; color: #64748b; }';

/**
 * The @page rules of a layout. Slides print edge to edge on 16:9 pages; the appendix after them
 * (the named page `appendix`) keeps the same page size with margins and page numbers. A
 * handout is portrait Letter throughout, notes and appendix alike.
 */
export function pageRules(layout: PrintLayout): string {
  if (layout === 'handout') {
    const { width, height } = HANDOUT_PAGE;
    return `@page { size: ${width}in ${height}in; margin: 0.6in ${HANDOUT_SIDE_MARGIN}in 0.7in; ${PAGE_NUMBER} }`;
  }
  const { width, height } = SLIDE_PAGE;
  return [
    `@page { size: ${width}in ${height}in; margin: 0; }`,
    `@page appendix { size: ${width}in ${height}in; margin: 0.55in 0.7in 0.65in; ${PAGE_NUMBER} }`,
  ].join('\n');
}
