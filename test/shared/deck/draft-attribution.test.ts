import { describe, expect, it } from 'vitest';
import { draftSlide } from '../../../shared/deck/draft-slide';
import type { TableSpec } from '../../../shared/deck/slide-content';
import { sampleContext, sampleReport } from './report-fixture';
import { fullReport } from './supporting-fixture';

const ctx = sampleContext();

describe('attribution strip slide', () => {
  it('names the channel with the most credit under linear, first and last touch', () => {
    const s = draftSlide('attribution', fullReport(), ctx);
    expect(s.unavailable).toBeNull();
    expect(s.title).toBe('Attribution by channel · FY2026 Q3');
    // Paid Search: linear 700K + 800K = 1.5M, first touch 1.3M, last touch 1.9M; of 4.2M + 5.6M.
    expect(s.headline).toBe(
      'Paid Search earns the most credit for the $9.8M landing in FY2026 Q3: $1.5M under linear attribution, $1.3M first touch and $1.9M last touch.',
    );
  });

  it('credits landed + due by channel under the five models, every column adding up to the total', () => {
    const visual = draftSlide('attribution', fullReport(), ctx).visual as TableSpec;
    expect(visual.columns.map((c) => c.label)).toEqual([
      'Channel',
      'First touch',
      'Last touch',
      'Linear',
      'U-shaped',
      'W-shaped',
    ]);
    expect(visual.rows.map((r) => [r.cells, r.emphasis ?? null])).toEqual([
      [['Paid Search', '$1.3M', '$1.9M', '$1.5M', '$1.6M', '$1.54M'], null],
      [['Webinar', '$1.7M', '$1.1M', '$1.5M', '$1.4M', '$1.46M'], null],
      [['Events', '$400K', '$600K', '$500K', '$500K', '$480K'], null],
      [['Partner summit', '$600K', '$400K', '$500K', '$500K', '$520K'], null],
      [['(no marketing touch)', '$5.8M', '$5.8M', '$5.8M', '$5.8M', '$5.8M'], 'muted'],
      [['Landed + due', '$9.8M', '$9.8M', '$9.8M', '$9.8M', '$9.8M'], 'total'],
    ]);
  });

  it('prints the weights and labels the credit an estimate from CRM dates', () => {
    const s = draftSlide('attribution', fullReport(), ctx);
    expect(s.footnote).toBe(
      'Estimate from CRM dates. First / last touch: 100%. Linear: equal shares. U: 40% first, 40% last, 20% between. W: 30% first, 30% at creation, 30% last, 10% the rest.',
    );
    expect(s.notes).toContain('U-shaped: 40% first · 40% last · 20% the touches between');
    expect(s.notes).toContain('W-shaped: 30% first · 30% at creation · 30% last · 10% the rest');
    // 2.3M + 3.5M untouched of 9.8M = 59%.
    expect(s.notes).toContain('$5.8M (59%) had none');
    expect(s.notes).toContain(
      'The models disagree most on Paid Search: $1.3M first touch against $1.9M last touch.',
    );
  });

  it('opens the landed and due records behind its tiles', () => {
    const s = draftSlide('attribution', fullReport(), ctx);
    expect(s.kpis.map((k) => [k.label, k.value, k.drill ?? null])).toEqual([
      ['Landed', '$4.2M', { path: 'landings.landed', measure: 'sum' }],
      ['Due', '$5.6M', { path: 'landings.due', measure: 'sum' }],
      ['Touched deals', '37', { path: 'attribution.touchedOpportunities', measure: 'count' }],
    ]);
  });

  it('is left out of the deck, saying what to import, without touchpoints', () => {
    const s = draftSlide('attribution', sampleReport(), ctx);
    expect(s.unavailable).toBe(
      'Import touchpoints (campaign members) to credit this quarter’s landings by channel.',
    );
    expect(s.kpis).toEqual([]);
  });
});

describe('definitions slide and every slide’s footer', () => {
  it('sets the landings per demand source side by side under the three definitions', () => {
    const s = draftSlide('definitions', sampleReport(), ctx);
    const visual = s.visual as TableSpec;
    expect(visual.columns.map((c) => c.label)).toEqual([
      'Landed + due',
      'Lead Source (in use)',
      'Primary Campaign Source',
      'First touch',
    ]);
    expect(visual.rows.map((r) => r.cells)).toEqual([
      ['Marketing', '$3.72M', '$3.46M', 'n/a'],
      ['Sales', '$4M', '$4M', 'n/a'],
      ['Tele / SDR', '$1.3M', '$1.3M', 'n/a'],
      ['Channel', '$576K', '$838K', 'n/a'],
      ['Unknown', '$200K', '$200K', 'n/a'],
      ['Marketing-sourced share', '38%', '35%', 'n/a'],
    ]);
    expect(visual.rows[0]?.drill).toEqual([
      null,
      { path: 'definitions.comparison.leadSource.landings.marketing.total', measure: 'sum' },
      { path: 'definitions.comparison.primaryCampaign.landings.marketing.total', measure: 'sum' },
      null,
    ]);
  });

  it('says how far the definitions disagree and that first touch needs touchpoints', () => {
    const s = draftSlide('definitions', sampleReport(), ctx);
    // 38% by Lead Source against (3,724,000 − 262,000) / 9,800,000 = 35.3% by campaign: 3 points.
    expect(s.headline).toBe(
      'Marketing’s sourced share is 38% by Lead Source; the definitions differ by up to 3 points, so agree on one before comparing numbers.',
    );
    expect(s.notes).toContain('First touch needs touchpoints (campaign members), so it shows n/a.');
  });

  it('footnotes on each slide the definitions its figures used', () => {
    const report = sampleReport();
    expect(draftSlide('landings-summary', report, ctx).definitions).toEqual([
      'sourced by Lead Source',
      'win rates Aug 2024 – Jul 2025',
    ]);
    expect(draftSlide('influence', fullReport(), ctx).definitions).toEqual([
      'influence lookback 180 days',
      'win rates Aug 2024 – Jul 2025',
    ]);
    expect(draftSlide('net-new-meetings', fullReport(), ctx).definitions).toEqual([]);
    const byCampaign = {
      ...report,
      definitions: { ...report.definitions, sourcedBy: 'primaryCampaign' as const },
    };
    expect(draftSlide('created-by-source-segment', byCampaign, ctx).definitions).toEqual([
      'sourced by Primary Campaign Source',
    ]);
  });
});
