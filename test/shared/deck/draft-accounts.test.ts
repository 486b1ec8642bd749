import { describe, expect, it } from 'vitest';
import { draftSlide } from '../../../shared/deck/draft-slide';
import type { ChartSpec, TableSpec } from '../../../shared/deck/slide-content';
import { sampleContext, sampleReport } from './report-fixture';
import { fullReport } from './supporting-fixture';

const ctx = sampleContext();

describe('target accounts and channels slide', () => {
  it('says how far the quarter reached the target accounts and which channel brought most pipeline', () => {
    const s = draftSlide('accounts-and-channels', fullReport(), ctx);
    expect(s.unavailable).toBeNull();
    // 248 / 400 = 62%, 72 / 400 = 18%; Paid Search $1.2M from 40 opportunities at $3,000 each.
    expect(s.headline).toBe(
      'We touched 62% of our 400 target accounts in FY2026 Q3 and 18% have open pipeline; Paid Search brought the most pipeline, $1.2M at $3K per opportunity.',
    );
    expect(s.kpis.map((k) => [k.label, k.value, k.detail, k.drill])).toEqual([
      [
        'Target accounts',
        '400',
        'on the list',
        { path: 'create.targetAccounts.accounts', measure: 'count' },
      ],
      [
        'Touched',
        '248',
        '62% touched this quarter',
        { path: 'create.targetAccounts.touched', measure: 'count' },
      ],
      [
        'Met',
        '96',
        '24% met this quarter',
        { path: 'create.targetAccounts.met', measure: 'count' },
      ],
      [
        'With pipeline',
        '72',
        '18% have open pipeline',
        { path: 'create.targetAccounts.withPipeline', measure: 'count' },
      ],
      [
        'Won',
        '30',
        '8% won in 4 quarters',
        { path: 'create.targetAccounts.won', measure: 'count' },
      ],
    ]);
  });

  it('ranks channels by pipeline, folding the smallest into one row that keeps the totals', () => {
    const visual = draftSlide('accounts-and-channels', fullReport(), ctx).visual as TableSpec;
    expect(visual.columns.at(-1)?.label).toBe('Pipeline per USD spent');
    expect(visual.rows.map((r) => r.cells)).toEqual([
      ['Paid Search', '$120K', '$1.2M', '40', '$3K', '10×'],
      ['Events', '$200K', '$900K', '20', '$10K', '4.5×'],
      ['Webinars', '$30K', '$600K', '15', '$2K', '20×'],
      ['Content', '$20K', '$300K', '10', '$2K', '15×'],
      ['Social', '$50K', '$150K', '4', '$12.5K', '3.0×'],
      // Display $40K / $100K / 2, (none) $0 / $80K / 3, Print.Ads $10K / $0 / 0.
      ['Other (3 channels)', '$50K', '$180K', '5', '$10K', '3.6×'],
    ]);
    expect(visual.rows[0]?.drill).toEqual([
      null,
      { path: 'create.channelEfficiency.Paid Search.spend', measure: 'sum' },
      { path: 'create.channelEfficiency.Paid Search.pipeline', measure: 'sum' },
      { path: 'create.channelEfficiency.Paid Search.opportunities', measure: 'count' },
      null,
      null,
    ]);
    expect(visual.rows[5]?.drill).toBeUndefined();
  });

  it('shows no cost per opportunity, and no cost in the headline, for a channel without spend', () => {
    const r = fullReport();
    r.create.channelEfficiency = {
      'Cold Call': {
        spend: 0,
        pipeline: 500_000,
        opportunities: 5,
        costPerOpportunity: 0,
        pipelinePerSpend: null,
      },
    };
    r.create.targetAccounts = null;
    const s = draftSlide('accounts-and-channels', r, ctx);
    expect((s.visual as TableSpec).rows[0]?.cells).toEqual([
      'Cold Call',
      '$0',
      '$500K',
      '5',
      'n/a',
      'n/a',
    ]);
    expect(s.headline).toBe('Cold Call brought the most pipeline, $500K in FY2026 Q3.');
  });

  it('warns about channels whose cost per opportunity rests on a handful of deals', () => {
    const s = draftSlide('accounts-and-channels', fullReport(), ctx);
    expect(s.notes).toContain('2 channels with spend have under 5 opportunities');
  });

  it('draws the coverage alone as bars when no spend was imported', () => {
    const r = fullReport();
    r.create.channelEfficiency = null;
    const s = draftSlide('accounts-and-channels', r, ctx);
    expect(s.headline).toBe(
      'We touched 62% of our 400 target accounts in FY2026 Q3 and 18% have open pipeline.',
    );
    const chart = s.visual as ChartSpec;
    expect(chart.labels).toEqual(['Target accounts', 'Touched', 'Met', 'With pipeline', 'Won']);
    expect(chart.datasets[0]?.values).toEqual([400, 248, 96, 72, 30]);
    expect(s.kpis).toEqual([]);
    expect(s.footnote).toMatch(/Import marketing spend to add channel efficiency\.$/);
  });

  it('draws the channels alone, with more rows, when no target-account list was imported', () => {
    const r = fullReport();
    r.create.targetAccounts = null;
    const s = draftSlide('accounts-and-channels', r, ctx);
    expect(s.headline).toBe(
      'Paid Search brought the most pipeline, $1.2M at $3K per opportunity in FY2026 Q3.',
    );
    // Eight channels fit the whole body (up to nine rows): none is folded.
    expect((s.visual as TableSpec).rows).toHaveLength(8);
    expect(s.kpis).toEqual([]);
  });

  it('is unavailable when neither a target-account list nor spend was imported', () => {
    expect(draftSlide('accounts-and-channels', sampleReport(), ctx).unavailable).toBe(
      'Import a target-account list or marketing spend to see account coverage and channel efficiency.',
    );
  });
});
