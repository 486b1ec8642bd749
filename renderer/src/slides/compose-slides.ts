import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { slideLook, type SlideLook } from '../../../shared/brand';
import type { DraftContext } from '../../../shared/deck/draft-context';
import { formatDate } from '../../../shared/format';
import type { Report } from '../../../shared/metrics/report-types';

export type { ComposedSlide } from '../../../shared/deck/compose-deck';

/** What every slide's frame shows: the period, the as-of date, the sample flag, and the theme and brand. */
export interface SlideFrame {
  periodLabel: string;
  asOfLabel: string;
  isSample: boolean;
  visibleCount: number;
  look: SlideLook;
}

/** The look of a context without one: the light theme in the product indigo. */
const DEFAULT_LOOK = slideLook(DEFAULT_SETTINGS);

/** The frame shared by all slides of a deck; it changes only with the report or the visible count. */
export function slideFrame(
  report: Report,
  context: DraftContext,
  visibleCount: number,
): SlideFrame {
  return {
    periodLabel: report.period.label,
    asOfLabel: formatDate(report.period.asOf),
    isSample: context.isSample,
    visibleCount,
    look: context.look ?? DEFAULT_LOOK,
  };
}
