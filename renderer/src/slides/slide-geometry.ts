/** The slide stage: 1280 × 720 CSS pixels, which is 13.333 × 7.5 in at 96 dpi (a 16:9 PDF page). */
export const SLIDE_WIDTH = 1280;

/** The slide stage's height in CSS pixels. */
export const SLIDE_HEIGHT = 720;

/** The content width inside the slide's side margins. */
export const CONTENT_WIDTH = 1152;

/** The body's height between the headline block and the footnote. */
export const BODY_HEIGHT = 384;

/** Height of the HTML legend row above a chart. */
export const LEGEND_HEIGHT = 36;

/** Width of the KPI column beside a chart. */
export const KPI_COLUMN_WIDTH = 336;

/** Gap between a chart and the KPI column. */
export const SIDE_GAP = 48;

/** Height of the KPI row above a chart. */
export const KPI_ROW_HEIGHT = 112;

/** Gap between the KPI row and the chart. */
export const ROW_GAP = 24;

/** The headline's type size for its length: long headlines step down so they fit in three lines. */
export function headlineSize(text: string): number {
  if (text.length <= 80) return 36;
  if (text.length <= 125) return 32;
  if (text.length <= 175) return 28;
  return 24;
}
