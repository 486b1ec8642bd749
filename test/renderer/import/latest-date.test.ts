import { describe, expect, it } from 'vitest';
import { latestDateOf } from '../../../renderer/src/import/worker/latest-date';
import { isoDate } from '../../../shared/units';

describe('the latest date an import contributes to the default as-of', () => {
  it('takes the latest of every date on a lead, not only its creation', () => {
    const lead = {
      id: 'L1',
      createdDate: isoDate('2026-01-10'),
      statusDate: isoDate('2026-02-01'),
      mqlDate: null,
      sqlDate: isoDate('2026-03-02'),
      opportunityDate: null,
      customerDate: null,
      convertedDate: null,
    };
    expect(latestDateOf('leads', [lead])).toBe('2026-03-02');
  });

  it('takes touch and meeting dates', () => {
    expect(
      latestDateOf('touchpoints', [
        { date: isoDate('2026-02-03') },
        { date: isoDate('2026-02-09') },
      ]),
    ).toBe('2026-02-09');
    expect(latestDateOf('meetings', [{ date: isoDate('2025-12-31') }])).toBe('2025-12-31');
  });

  it('takes a deal’s closed date but not an open deal’s planned one', () => {
    expect(
      latestDateOf('opportunities', [
        { createdDate: isoDate('2026-01-05'), closeDate: isoDate('2026-06-30'), status: 'open' },
        { createdDate: isoDate('2025-11-01'), closeDate: isoDate('2026-02-20'), status: 'won' },
      ]),
    ).toBe('2026-02-20');
  });

  it('gives none for spend, targets and lists without dates', () => {
    expect(latestDateOf('spend', [{ date: isoDate('2027-01-01') }])).toBeNull();
    expect(latestDateOf('targets', [{ period: 'FY2027-Q1' }])).toBeNull();
    expect(latestDateOf('accounts', [{ id: '001' }])).toBeNull();
  });
});
