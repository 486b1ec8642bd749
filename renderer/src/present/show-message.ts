import type { ReportState } from '../data/use-report';

/** What a show window says instead of a slide: the report's error, that every slide is hidden, or that it is loading. */
export function showMessage(state: ReportState, count: number, hasDeck: boolean): string {
  if (state.status === 'error') return state.message;
  return count === 0 && hasDeck ? 'Every slide is hidden.' : 'Loading…';
}
