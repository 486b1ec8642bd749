import { describe, expect, it } from 'vitest';
import { draftSlide } from '../../../shared/deck/draft-slide';
import type { ChartSpec } from '../../../shared/deck/slide-content';
import { sampleContext, sampleReport } from './report-fixture';
import { fullReport } from './supporting-fixture';

const ctx = sampleContext();

describe('net-new meetings slide', () => {
  it('says how many net-new meetings were held, with prospects and customers apart', () => {
    const s = draftSlide('net-new-meetings', fullReport(), ctx);
    expect(s.unavailable).toBeNull();
    // 30 + 10 meetings over 8 ISO weeks: 5 a week.
    expect(s.headline).toBe(
      'We held 40 net-new meetings in FY2026 Q3 so far: 30 with prospects and 10 with customers, about 5 a week.',
    );
    expect(s.kpis.map((k) => [k.label, k.value, k.drill ?? null])).toEqual([
      ['Prospect meetings', '30', { path: 'create.meetings.netNewProspect', measure: 'count' }],
      ['Customer meetings', '10', { path: 'create.meetings.netNewCustomer', measure: 'count' }],
      ['Per week', '5', null],
    ]);
  });

  it('stacks prospect and customer meetings per ISO week, each bar opening its week', () => {
    const visual = draftSlide('net-new-meetings', fullReport(), ctx).visual as ChartSpec;
    expect(visual.kind).toBe('stacked-bar');
    expect(visual.labels).toEqual(['W31', 'W32', 'W33', 'W34', 'W35', 'W36', 'W37', 'W38']);
    expect(visual.datasets.map((d) => d.label)).toEqual(['Prospect', 'Customer']);
    expect(visual.datasets[1]?.drill?.[4]).toEqual({
      path: 'create.meetings.byWeek.4.customer',
      measure: 'count',
    });
  });

  it('names the busiest week and the partial weeks at either end', () => {
    const s = draftSlide('net-new-meetings', fullReport(), ctx);
    expect(s.notes).toContain('The busiest week was W35 with 8 meetings.');
    // Aug 1, 2025 is a Friday and Sep 17, 2025 a Wednesday.
    expect(s.notes).toContain(
      'Partial weeks read low: W31 starts before the quarter and W38 runs past Sep 17, 2025',
    );
  });

  it('says so, without an empty chart, when the log has no net-new meeting in the quarter', () => {
    const r = fullReport();
    r.create.meetings = {
      netNewProspect: 0,
      netNewCustomer: 0,
      byWeek: [{ week: '2025-W31', prospect: 0, customer: 0 }],
    };
    const s = draftSlide('net-new-meetings', r, ctx);
    expect(s.headline).toBe('No net-new meetings have been held in FY2026 Q3 yet.');
    expect(s.visual?.type).toBe('empty');
  });

  it('is unavailable when no meetings were imported', () => {
    expect(draftSlide('net-new-meetings', sampleReport(), ctx).unavailable).toBe(
      'Import meetings to see net-new meetings.',
    );
  });
});
