import { describe, expect, it } from 'vitest';
import { coerceDate, dependsOnOrder, settleDateOrder } from '../../../shared/import/coerce-date';

describe('coerceDate', () => {
  it.each([
    ['2026-03-01', 'mdy', '2026-03-01'],
    ['2026/3/1', 'dmy', '2026-03-01'],
    ['2026-10-01 14:03', 'mdy', '2026-10-01'],
    ['2026-10-01T23:30:00Z', 'mdy', '2026-10-01'],
    ['2026-10-01T23:30:00.000+05:30', 'mdy', '2026-10-01'],
    ['3/1/2026', 'mdy', '2026-03-01'],
    ['3/1/2026 2:05 PM', 'mdy', '2026-03-01'],
    ['01/03/2026', 'dmy', '2026-03-01'],
    ['01/03/2026', 'mdy', '2026-01-03'],
    ['01.03.2026', 'mdy', '2026-03-01'],
    ['01-03-2026 14:05', 'dmy', '2026-03-01'],
    ['3/1/26', 'mdy', '2026-03-01'],
    ['46082', 'mdy', '2026-03-01'],
    ['46082.5', 'mdy', '2026-03-01'],
    ['45292', 'dmy', '2024-01-01'],
    ['2024-02-29', 'mdy', '2024-02-29'],
  ] as const)('reads %s (%s) as %s', (raw, order, expected) => {
    expect(coerceDate(raw, order)).toEqual({ ok: true, value: expected });
  });

  it('reads a blank cell as no date', () => {
    expect(coerceDate('  ', 'mdy')).toEqual({ ok: true, value: null });
  });

  it.each(['2026-02-30', '31/02/2026', '2025-02-29', '13/13/2026', '00/10/2026'])(
    'rejects %s as not a real date',
    (raw) => {
      expect(coerceDate(raw, 'dmy')).toEqual({ ok: false, problem: 'not-real' });
    },
  );

  it.each(['soon', 'Q3', '12345', '99999', '2026-03', '1/2/3/4', '46082x'])(
    'rejects %s as not a date',
    (raw) => {
      expect(coerceDate(raw, 'mdy')).toEqual({ ok: false, problem: 'not-a-date' });
    },
  );
});

describe('settleDateOrder', () => {
  it('settles day-first from any first part above 12 anywhere in the column', () => {
    expect(settleDateOrder(['01/03/2026', '02/04/2026', '', '13/04/2026'])).toBe('dmy');
  });

  it('settles month-first from any second part above 12', () => {
    expect(settleDateOrder(['01/03/2026', '4/30/2026'])).toBe('mdy');
  });

  it('takes dotted dates as day-first evidence', () => {
    expect(settleDateOrder(['01.03.2026'])).toBe('dmy');
  });

  it('leaves a column of parts all ≤ 12 unsettled, and says whether the order matters', () => {
    expect(settleDateOrder(['01/03/2026', '05/06/2026'])).toBeNull();
    expect(dependsOnOrder(['01/03/2026'])).toBe(true);
    expect(dependsOnOrder(['03/03/2026', '2026-01-02', '46082'])).toBe(false);
  });

  it('ignores ISO dates and serials, which need no order', () => {
    expect(settleDateOrder(['2026-03-13', '46082'])).toBeNull();
  });
});
