import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  elapsed,
  fiscalQuarterOf,
  parsePeriod,
  shiftQuarter,
} from '../../shared/calendar';
import { isoDate } from '../../shared/units';

const d = isoDate;

describe('fiscal quarters with a January start', () => {
  it('makes the fiscal year the calendar year', () => {
    expect(fiscalQuarterOf(d('2026-01-01'), 1)).toEqual({
      fiscalYear: 2026,
      quarter: 1,
      start: '2026-01-01',
      end: '2026-03-31',
      label: 'FY2026 Q1',
      id: 'FY2026-Q1',
    });
  });

  it('puts 31 December in Q4 of the same year', () => {
    const q = fiscalQuarterOf(d('2025-12-31'), 1);
    expect([q.id, q.start, q.end]).toEqual(['FY2025-Q4', '2025-10-01', '2025-12-31']);
  });
});

describe('fiscal quarters with a February start', () => {
  it('puts 2025-02-01..2025-04-30 in FY2026 Q1 (named by the year it ends)', () => {
    for (const date of ['2025-02-01', '2025-03-15', '2025-04-30']) {
      const q = fiscalQuarterOf(d(date), 2);
      expect([q.id, q.label, q.start, q.end]).toEqual([
        'FY2026-Q1',
        'FY2026 Q1',
        '2025-02-01',
        '2025-04-30',
      ]);
    }
  });

  it('ends FY2026 with January 2026 in Q4', () => {
    const q = fiscalQuarterOf(d('2026-01-31'), 2);
    expect([q.id, q.start, q.end]).toEqual(['FY2026-Q4', '2025-11-01', '2026-01-31']);
  });

  it('puts January 2025 in FY2025 Q4', () => {
    expect(fiscalQuarterOf(d('2025-01-10'), 2).id).toBe('FY2025-Q4');
  });

  it('ends a Q4 spanning a leap February on the 29th', () => {
    // fyStart 12: Q1 of FY2024 = Dec 2023, Jan 2024, Feb 2024 (leap year).
    const q = fiscalQuarterOf(d('2024-02-10'), 12);
    expect([q.id, q.start, q.end]).toEqual(['FY2024-Q1', '2023-12-01', '2024-02-29']);
  });
});

describe('parsePeriod', () => {
  it('accepts FY2026-Q3 and FY2026 Q3 alike', () => {
    const a = parsePeriod('FY2026-Q3', 2);
    const b = parsePeriod('fy2026 q3', 2);
    expect(a).toEqual(b);
    // fyStart 2: Q3 = Aug, Sep, Oct 2025.
    expect(a.ok && [a.quarter.start, a.quarter.end]).toEqual(['2025-08-01', '2025-10-31']);
  });

  it('explains a malformed period', () => {
    const r = parsePeriod('2026Q5', 1);
    expect(r).toEqual({
      ok: false,
      error: 'Period "2026Q5" is not a fiscal quarter; write it like FY2026-Q3 or FY2026 Q3.',
    });
  });

  it('rejects a start month outside 1-12', () => {
    const r = parsePeriod('FY2026-Q1', 13);
    expect(r.ok).toBe(false);
  });
});

describe('shiftQuarter', () => {
  it('crosses fiscal years both ways', () => {
    const q1 = fiscalQuarterOf(d('2025-02-01'), 2);
    expect(shiftQuarter(q1, -1, 2).id).toBe('FY2025-Q4');
    expect(shiftQuarter(q1, 4, 2).id).toBe('FY2027-Q1');
    expect(shiftQuarter(q1, 7, 2).id).toBe('FY2027-Q4');
    expect(shiftQuarter(q1, -5, 2).id).toBe('FY2024-Q4');
  });
});

describe('day arithmetic', () => {
  it('counts days across a leap day and adds them back', () => {
    expect(daysBetween(d('2024-02-28'), d('2024-03-01'))).toBe(2);
    expect(daysBetween(d('2024-03-01'), d('2024-02-28'))).toBe(-2);
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2025-01-01'), -1)).toBe('2024-12-31');
  });
});

describe('elapsed', () => {
  const q = fiscalQuarterOf(d('2026-01-15'), 1); // 2026-01-01..03-31: 31 + 28 + 31 = 90 days

  it('counts the as-of day itself', () => {
    expect(elapsed(q, d('2026-01-01'))).toBe(1 / 90);
    expect(elapsed(q, d('2026-02-14'))).toBe(45 / 90); // 31 + 14
  });

  it('clamps to 0 before the quarter and 1 after it', () => {
    expect(elapsed(q, d('2025-12-31'))).toBe(0);
    expect(elapsed(q, d('2026-03-31'))).toBe(1);
    expect(elapsed(q, d('2026-07-01'))).toBe(1);
  });
});
