import { describe, expect, it } from 'vitest';
import { draftSlide } from '../../../shared/deck/draft-slide';
import type { TableSpec } from '../../../shared/deck/slide-content';
import { sampleContext, sampleReport } from '../deck/report-fixture';

/** The data-notes slide's "Rejected rows" explanation for the given reasons. */
function rejectedCell(rejectedReasons: string[]): string {
  const slide = draftSlide('data-notes', sampleReport(), { ...sampleContext(), rejectedReasons });
  const table = slide.visual as TableSpec;
  const row = table.rows.find((r) => r.cells[0] === 'Rejected rows');
  return row?.cells[2] ?? '';
}

describe('CRM text on the drafted slides', () => {
  it('cuts a 10,000-character rejected value to 150 characters ending in …', () => {
    const cell = rejectedCell([`Line 16: Close Date “${'x'.repeat(10_000)}” is not a date.`]);
    expect(cell).toHaveLength(150);
    expect(cell.startsWith('Line 16: Close Date “xxx')).toBe(true);
    expect(cell.endsWith('…')).toBe(true);
  });

  it('removes a right-to-left override and zero-width characters from a quoted value', () => {
    expect(rejectedCell(['Line 9: Amount “\u202E12\u200B3” is not an amount.'])).toBe(
      'Line 9: Amount “123” is not an amount.',
    );
  });

  it('keeps a script tag as plain, visible text', () => {
    expect(rejectedCell(['Line 4: Close Date “<script>x</script>” is not a date.'])).toBe(
      'Line 4: Close Date “<script>x</script>” is not a date.',
    );
  });

  it('isolates a right-to-left file name inside the title slide’s sentences', () => {
    const slide = draftSlide('title', sampleReport(), {
      ...sampleContext(),
      sourceLabel: 'فرص\u202E.csv',
    });
    expect(slide.footnote).toBe('Source: \u2068فرص.csv\u2069');
  });

  it('cuts a long file name on the title slide', () => {
    const slide = draftSlide('title', sampleReport(), {
      ...sampleContext(),
      sourceLabel: `${'n'.repeat(300)}.csv`,
    });
    expect(slide.footnote).toBe(`Source: ${'n'.repeat(79)}…`);
  });
});
