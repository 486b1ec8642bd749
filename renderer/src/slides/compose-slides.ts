import type { DraftContext } from '../../../shared/deck/draft-context';
import { formatDate } from '../../../shared/format';
import type { Report } from '../../../shared/metrics/report-types';

export type { ComposedSlide } from '../../../shared/deck/compose-deck';

/** What every slide's frame shows: the period, the as-of date, and the sample flag. */
export interface SlideFrame {
  periodLabel: string;
  asOfLabel: string;
  isSample: boolean;
  visibleCount: number;
}

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
  };
}
