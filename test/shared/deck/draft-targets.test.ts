import { describe, expect, it } from 'vitest';
import { draftSlide } from '../../../shared/deck/draft-slide';
import type { TableSpec } from '../../../shared/deck/slide-content';
import type { TargetResult } from '../../../shared/metrics/targets';
import { sampleContext, sampleReport } from './report-fixture';
import { fullReport } from './supporting-fixture';

const ctx = sampleContext();

describe('contribution vs targets slide', () => {
  it('counts the targets on pace against the elapsed share and names the one furthest behind', () => {
    const s = draftSlide('contribution-targets', fullReport(), ctx);
    expect(s.unavailable).toBeNull();
    // Elapsed 48/92 = 52%: 75.6% and 70% are on pace, 42% is not; the zero target has no attainment.
    expect(s.headline).toBe(
      '2 of 3 targets are on pace with 52% of FY2026 Q3 behind us; furthest behind is total revenue at 42% of its $10M target.',
    );
    expect(s.footnote).toBe(
      'Attainment = actual ÷ target; on pace when attainment ≥ the share of FY2026 Q3 elapsed, 52% on Sep 17, 2025.',
    );
  });

  it('lists the targets largest first, each target and actual opening its own report row', () => {
    const visual = draftSlide('contribution-targets', fullReport(), ctx).visual as TableSpec;
    expect(visual.columns.at(-1)?.label).toBe('Pace (52% elapsed)');
    expect(visual.rows.map((r) => r.cells)).toEqual([
      ['All sources', 'All segments', 'Revenue landed', '$10M', '$4.2M', '42%', 'Behind'],
      ['Marketing', 'All segments', 'Pipeline created', '$3M', '$2.27M', '76%', 'On pace'],
      ['Sales', 'Enterprise', 'Pipeline created', '$1M', '$700K', '70%', 'On pace'],
      ['Tele / SDR', 'All segments', 'Revenue landed', '$0', '$500K', 'n/a', 'n/a'],
    ]);
    expect(visual.rows[0]?.emphasis).toBe('warning');
    expect(visual.rows[2]?.drill).toEqual([
      null,
      null,
      null,
      { path: 'targets.2.target', measure: 'sum' },
      { path: 'targets.2.actual', measure: 'sum' },
      null,
      null,
    ]);
  });

  it('shows the elapsed share and each demand source’s share of created and landed as tiles', () => {
    const s = draftSlide('contribution-targets', fullReport(), ctx);
    // Marketing created 2.268M of 5.4M = 42%, landed 1.6M of 4.2M = 38%.
    expect(s.kpis.map((k) => [k.label, k.value, k.detail])).toEqual([
      ['Quarter elapsed', '52%', 'by Sep 17, 2025'],
      ['Marketing share', '42%', 'of created · 38% of landed'],
      ['Sales share', '37%', 'of created · 43% of landed'],
      ['Tele / SDR share', '13%', 'of created · 12% of landed'],
      ['Channel share', '8%', 'of created · 7% of landed'],
    ]);
    expect(s.kpis.every((k) => k.drill === undefined)).toBe(true);
  });

  it('keeps five rows and sums up the rest in one, so a long target file is not clipped', () => {
    const r = fullReport();
    const extra: TargetResult[] = [1, 2, 3, 4].map((i) => ({
      demandSource: 'channel',
      segment: 'smb',
      kind: 'pipeline',
      target: 100_000 * i,
      actual: 100_000,
      attainment: 1 / i,
      onPace: i === 1,
    }));
    r.targets = [...(r.targets ?? []), ...extra];
    const s = draftSlide('contribution-targets', r, ctx);
    const rows = (s.visual as TableSpec).rows;
    // 8 targets: $10M, $3M, $1M, $400K, $300K shown; $200K, $100K and $0 summed.
    expect(rows).toHaveLength(6);
    expect(rows[4]?.drill?.[3]).toEqual({ path: 'targets.6.target', measure: 'sum' });
    expect(rows[5]?.cells).toEqual(['3 more targets', '', '', '', '', '', '1 on pace']);
    expect(rows[5]?.drill).toBeUndefined();
    expect(s.notes).toContain('the other 3 are summed up in its last row');
  });

  it('is unavailable when no targets were imported, or none is for this quarter', () => {
    expect(draftSlide('contribution-targets', sampleReport(), ctx).unavailable).toBe(
      'Import targets to see contribution against them.',
    );
    const r = sampleReport();
    r.targets = [];
    const s = draftSlide('contribution-targets', r, ctx);
    expect(s.unavailable).toBe(
      'None of the imported targets is for FY2026 Q3: import targets for FY2026 Q3 to see contribution against them.',
    );
    expect(s.kpis).toEqual([]);
  });
});
