import { describe, expect, it } from 'vitest';
import { draftSlide } from '../../../shared/deck/draft-slide';
import type { TableSpec } from '../../../shared/deck/slide-content';
import { sampleContext, sampleReport } from './report-fixture';
import { fullReport } from './supporting-fixture';

const ctx = sampleContext();

describe('marketing influence slide', () => {
  it('says what share of the landings total marketing touched, and how the win rates compare', () => {
    const s = draftSlide('influence', fullReport(), ctx);
    expect(s.unavailable).toBeNull();
    expect(s.title).toBe('Marketing influence · FY2026 Q3');
    // (1.9M + 2.1M) / 9.8M = 40.8%; win rates 38.4% vs 26.6%.
    expect(s.headline).toBe(
      'Marketing touched 41% of the $9.8M landing in FY2026 Q3: $1.9M landed and $2.1M still due. Influenced deals win 38% of the time, against 27% for the rest.',
    );
  });

  it('shows the influenced amounts as tiles that open their records, the share without a drill', () => {
    const s = draftSlide('influence', fullReport(), ctx);
    expect(s.kpis.map((k) => [k.label, k.value, k.detail, k.drill ?? null])).toEqual([
      ['Influenced share', '41%', 'of the $9.8M landings total', null],
      [
        'Influenced landed',
        '$1.9M',
        'of $4.2M landed',
        { path: 'landings.influenced.landed', measure: 'sum' },
      ],
      [
        'Influenced due',
        '$2.1M',
        '38% of $5.6M due',
        { path: 'landings.influenced.due', measure: 'sum' },
      ],
      [
        'Influenced deals due',
        '14',
        'open, closing this quarter',
        { path: 'landings.acceleration.dueInfluencedCount', measure: 'count' },
      ],
    ]);
  });

  it('compares win rate and median cycle of influenced and other deals in a table', () => {
    const visual = draftSlide('influence', fullReport(), ctx).visual as TableSpec;
    expect(visual.type).toBe('table');
    // 38% − 27% = 11 points; 96 (95.5 rounded) − 62 = 34 days.
    expect(visual.rows.map((r) => r.cells)).toEqual([
      ['Win rate, won ÷ (won + lost)', '38%', '27%', '+11 pts'],
      ['Median days, created to won', '62 days', '96 days', '34 days faster'],
    ]);
    expect(visual.rows.every((r) => r.drill === undefined)).toBe(true);
  });

  it('spells out the due pipeline, the lookback and why a group rate may be indicative', () => {
    const report = fullReport();
    const s = draftSlide(
      'influence',
      { ...report, definitions: { ...report.definitions, lookbackDays: 90 } },
      ctx,
    );
    expect(s.notes).toContain(
      'Of the $5.6M still due, $2.1M in 14 deals is influenced, 38% of it.',
    );
    expect(s.notes).toContain('dated from 90 days before it was created');
    expect(s.notes).toContain('so a small group’s rate is indicative');
    expect(s.footnote).toContain('90 days before it was created up to its close');
  });

  it('says the rates cannot be compared when a group has too few closed deals', () => {
    const r = fullReport();
    if (r.landings.acceleration) r.landings.acceleration.winRateNotInfluenced = null;
    const s = draftSlide('influence', r, ctx);
    expect(s.headline).toBe(
      'Marketing touched 41% of the $9.8M landing in FY2026 Q3: $1.9M landed and $2.1M still due.',
    );
    expect(s.notes).toContain('Too few deals have closed (under 5 won or lost)');
    expect((s.visual as TableSpec).rows[0]?.cells).toEqual([
      'Win rate, won ÷ (won + lost)',
      '38%',
      'n/a',
      'n/a',
    ]);
  });

  it('is unavailable, with no figure, when no touchpoints were imported', () => {
    const s = draftSlide('influence', sampleReport(), ctx);
    expect(s.unavailable).toBe('Import touchpoints (campaign members) to see marketing influence.');
    expect(s.headline).toBe(s.unavailable);
    expect(s.kpis).toEqual([]);
    expect(s.visual?.type).toBe('empty');
    expect(s.notes).not.toMatch(/[$%]/);
  });
});
