import type { Opportunity } from '../../../shared/records';
import { opps } from './factory';

/**
 * Closed history in 2025 for a January fiscal year, so that P = FY2026 Q1 sees:
 * marketing ('Web') 3 won / 2 lost = 0.6, sales ('Outbound') 1 won / 4 lost = 0.2,
 * overall 4 / 10 = 0.4; all on the whole-history fallback (under 20 each).
 */
export function smallHistory(): Opportunity[] {
  const closed = { created: '2025-03-01', close: '2025-06-15', amount: 1 } as const;
  return [
    ...opps(3, { ...closed, source: 'Web', status: 'won' }),
    ...opps(2, { ...closed, source: 'Web', status: 'lost' }),
    ...opps(1, { ...closed, source: 'Outbound', status: 'won' }),
    ...opps(4, { ...closed, source: 'Outbound', status: 'lost' }),
  ];
}
