import type { Report } from '../metrics/report-types';
import { SOURCED_BY_LABELS } from '../metrics/sourcing';
import { formatDate } from '../format';
import type { SlideKind } from './deck-model';

/** A definition a slide's figures can rest on, beyond the as-of date every footer shows. */
type Definition = 'sourcedBy' | 'lookback' | 'winRates';

/**
 * Which definitions each kind's figures use: the demand-source split follows "sourced by",
 * expected and projected figures the win-rate window, influence and attribution the lookback.
 */
const USED: Record<SlideKind, readonly Definition[]> = {
  title: [],
  'landings-summary': ['sourcedBy', 'winRates'],
  'landings-by-source': ['sourcedBy', 'winRates'],
  influence: ['lookback', 'winRates'],
  attribution: ['lookback'],
  pivot: ['sourcedBy', 'winRates'],
  'created-by-source-segment': ['sourcedBy'],
  'forward-projection': ['sourcedBy', 'winRates'],
  'contribution-targets': ['sourcedBy'],
  'funnel-by-channel': [],
  'net-new-meetings': [],
  'accounts-and-channels': [],
  definitions: ['sourcedBy', 'lookback', 'winRates'],
  'data-notes': ['sourcedBy'],
  'section-divider': [],
  'free-text': [],
};

/** Month and year of a date, e.g. "Jul 2025": enough to name a window of whole quarters. */
function monthYear(date: string): string {
  return formatDate(date).replace(/ \d{1,2},/, '');
}

/** The words a slide's footer says for each definition its figures used. */
export function slideDefinitions(kind: SlideKind, report: Report): string[] {
  const d = report.definitions;
  return USED[kind].map((definition) => {
    switch (definition) {
      case 'sourcedBy':
        return `sourced by ${SOURCED_BY_LABELS[d.sourcedBy]}`;
      case 'lookback':
        return `influence lookback ${d.lookbackDays} days`;
      case 'winRates':
        return `win rates ${monthYear(d.winRateWindow.start)} – ${monthYear(d.winRateWindow.end)}`;
    }
  });
}
