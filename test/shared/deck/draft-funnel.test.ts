import { describe, expect, it } from 'vitest';
import { draftSlide } from '../../../shared/deck/draft-slide';
import type { TableSpec } from '../../../shared/deck/slide-content';
import { sampleContext, sampleReport } from './report-fixture';
import { fullReport } from './supporting-fixture';

const ctx = sampleContext();

describe('funnel by channel slide', () => {
  it('says how many leads were created and how far they got, naming the largest channel', () => {
    const s = draftSlide('funnel-by-channel', fullReport(), ctx);
    expect(s.unavailable).toBeNull();
    expect(s.headline).toBe(
      'We created 1,240 leads in FY2026 Q3: 410 MQLs, 96 SQLs and 41 converted; Web.Inbound brought the most, 520.',
    );
    expect(s.kpis.map((k) => [k.label, k.value, k.drill])).toEqual([
      ['Leads created', '1,240', { path: 'create.leads.created', measure: 'count' }],
      ['MQLs', '410', { path: 'create.leads.mqls', measure: 'count' }],
      ['SQLs', '96', { path: 'create.leads.sqls', measure: 'count' }],
      ['Converted', '41', { path: 'create.leads.converted', measure: 'count' }],
    ]);
  });

  it('lists the five largest channels and sums the other three, so the rows add up to the cohort', () => {
    const visual = draftSlide('funnel-by-channel', fullReport(), ctx).visual as TableSpec;
    expect(visual.rows.map((r) => r.cells)).toEqual([
      ['Web.Inbound', '520', '200', '50', '30', '6', '6%', '1%'],
      // 2 / 300 and 1 / 150 are both 0.67%, which rounds to 1%.
      ['Paid Search', '300', '100', '20', '12', '2', '4%', '1%'],
      ['Events', '150', '50', '10', '5', '1', '3%', '1%'],
      ['Partner', '100', '30', '8', '4', '1', '4%', '1%'],
      ['Webinar', '80', '20', '4', '2', '0', '3%', '0%'],
      // Content 50 + (none) 25 + Referral 15 leads.
      ['Other (3 channels)', '90', '10', '4', '3', '0', '3%', '0%'],
    ]);
    const leads = visual.rows.reduce((sum, r) => sum + Number(r.cells[1]?.replace(',', '')), 0);
    expect(leads).toBe(1240);
    expect(visual.rows[5]?.emphasis).toBe('muted');
    expect(visual.rows[5]?.drill).toEqual([null, null, null, null, null, null, null, null]);
  });

  it('writes a lead source with a dot in its drill path as a JSON array', () => {
    const visual = draftSlide('funnel-by-channel', fullReport(), ctx).visual as TableSpec;
    expect(visual.rows[0]?.drill?.[2]).toEqual({
      path: '["create","funnelByChannel","Web.Inbound","mql"]',
      measure: 'count',
    });
    expect(visual.rows[1]?.drill?.[5]).toEqual({
      path: 'create.funnelByChannel.Paid Search.won',
      measure: 'count',
    });
    expect(visual.rows[1]?.drill?.[6]).toBeNull();
  });

  it('warns that young leads keep converting and small channels swing', () => {
    const s = draftSlide('funnel-by-channel', fullReport(), ctx);
    // Aug 1 to Sep 17, 2025 is 48 days; Referral (15 leads) is the one channel under 20.
    expect(s.notes).toContain('These leads have had at most 48 days to convert');
    expect(s.notes).toContain('1 of the 8 channels has under 20 leads');
    expect(s.notes).toContain('The 3 smallest channels are summed in “Other”.');
  });

  it('is unavailable when no leads were imported', () => {
    const s = draftSlide('funnel-by-channel', sampleReport(), ctx);
    expect(s.unavailable).toBe('Import leads to see the funnel by channel.');
    expect(s.kpis).toEqual([]);
  });
});
