import { describe, expect, it } from 'vitest';
import { draftSlide } from '../../../shared/deck/draft-slide';
import { reportingCurrency } from '../../../shared/deck/draft-context';
import type { Report } from '../../../shared/metrics/report-types';
import { isoDate } from '../../../shared/units';
import { sampleContext, sampleReport } from './report-fixture';

const ctx = sampleContext();

function withReport(change: (r: Report) => void): Report {
  const r = sampleReport();
  change(r);
  return r;
}

describe('title slide', () => {
  it('names the period, the as-of date and the elapsed share', () => {
    const s = draftSlide('title', sampleReport(), ctx);
    expect(s.title).toBe('Monthly Business Review');
    expect(s.headline).toBe('FY2026 Q3 as of Sep 17, 2025, with 52% of the quarter behind us.');
    expect(s.footnote).toBe('Source: opportunities.csv');
    expect(s.visual).toBeNull();
  });
});

describe('landings summary', () => {
  it('drafts landed of the landings total with the sourced share', () => {
    const s = draftSlide('landings-summary', sampleReport(), ctx);
    expect(s.title).toBe('Landings · FY2026 Q3');
    expect(s.headline).toBe(
      'We have landed $4.2M of the $9.8M due to close in FY2026 Q3; marketing sourced 38% of it.',
    );
    expect(s.kpis.map((k) => [k.label, k.value])).toEqual([
      ['Landed', '$4.2M'],
      ['Due', '$5.6M'],
      ['Overdue', '$1.1M'],
      ['Expected', '$7.1M'],
      ['Lost', '$900K'],
    ]);
    expect(s.kpis[0]?.detail).toBe('43% of the landings total');
  });

  it('charts landed, due on time and overdue per segment, leaving out an empty unknown segment', () => {
    // Each bar opens the deals of its segment and part; the unknown segment is not drawn.
    const segments = (part: string) =>
      ['smb', 'midmarket', 'enterprise'].map((g) => ({
        path: `landings.bySegment.${g}.${part}`,
        measure: 'sum',
      }));
    const s = draftSlide('landings-summary', sampleReport(), ctx);
    expect(s.visual).toEqual({
      type: 'chart',
      kind: 'stacked-bar',
      horizontal: true,
      axisFormat: 'money',
      currency: 'USD',
      dataLabels: true,
      labels: ['SMB', 'Mid-market', 'Enterprise'],
      datasets: [
        {
          label: 'Landed',
          values: [1_000_000, 1_700_000, 1_500_000],
          color: '#15803d',
          drill: segments('landed'),
        },
        {
          label: 'Due, on time',
          values: [1_000_000, 1_900_000, 1_600_000],
          color: '#2563eb',
          drill: segments('dueOnTime'),
        },
        {
          label: 'Overdue',
          values: [200_000, 500_000, 400_000],
          color: '#dc2626',
          drill: segments('overdue'),
        },
      ],
    });
  });

  it('adds caveats for a low-sample win rate and unknown sources above 10%', () => {
    const r = withReport((x) => {
      x.rates.winRate.lowSample = true;
      x.integrity.unknownSourceShare = 0.23;
    });
    expect(draftSlide('landings-summary', r, ctx).headline).toBe(
      'We have landed $4.2M of the $9.8M due to close in FY2026 Q3; marketing sourced 38% of it. ' +
        '23% of landings have no known demand source. ' +
        'Win rates rest on a low sample, so expected figures are indicative.',
    );
  });

  it('shows an empty state, not an empty chart, when nothing closes in the period', () => {
    const r = withReport((x) => {
      x.landings = {
        ...x.landings,
        landed: 0,
        due: 0,
        overdue: 0,
        lost: 0,
        total: 0,
        expected: 0,
        sourcedShare: null,
      };
    });
    const s = draftSlide('landings-summary', r, ctx);
    expect(s.headline).toBe('Nothing has landed or is due to close in FY2026 Q3 yet.');
    expect(s.visual).toEqual({ type: 'empty', message: 'No deals closed in this period yet' });
    expect(s.kpis[0]?.detail).toBe('n/a of the landings total');
  });
});

describe('landings by demand source', () => {
  it('leads with marketing’s sourced share and names the biggest source', () => {
    const s = draftSlide('landings-by-source', sampleReport(), ctx);
    expect(s.title).toBe('Landings by demand source · FY2026 Q3');
    expect(s.headline).toBe(
      'Marketing sourced 38% of the $9.8M landing in FY2026 Q3: $1.6M landed and $2.12M still due. Sales sourced the most, 41%.',
    );
    expect(s.kpis.map((k) => k.value)).toEqual(['38%', '$1.6M', '$2.12M', '2%']);
  });

  it('colours each source from the palette, lighter for due', () => {
    const s = draftSlide('landings-by-source', sampleReport(), ctx);
    expect(s.visual?.type).toBe('chart');
    if (s.visual?.type !== 'chart') return;
    expect(s.visual.labels).toEqual(['Marketing', 'Sales', 'Tele / SDR', 'Channel', 'Unknown']);
    expect(s.visual.datasets[0]?.color).toEqual([
      '#4f46e5',
      '#0891b2',
      '#0d9488',
      '#d97706',
      '#94a3b8',
    ]);
    expect(s.visual.datasets[1]?.values).toEqual([2_124_000, 2_200_000, 800_000, 276_000, 200_000]);
    expect(s.visual.datasets[1]?.color).toEqual([
      '#4f46e566',
      '#0891b266',
      '#0d948866',
      '#d9770666',
      '#94a3b866',
    ]);
  });
});

describe('pivot', () => {
  it('turns to the quarters ahead with created vs the previous quarter as a teaser', () => {
    const s = draftSlide('pivot', sampleReport(), ctx);
    expect(s.headline).toBe('Now, what we are building for the quarters ahead.');
    expect(s.kpis).toEqual([
      {
        label: 'Created in FY2026 Q3',
        value: '$5.4M',
        detail: '120 opportunities by day 48',
        tone: 'brand',
        drill: { path: 'create.created', measure: 'sum' },
      },
      { label: 'vs FY2026 Q2', value: '+12%', detail: '$4.82M in FY2026 Q2', tone: 'positive' },
    ]);
  });
});

describe('created this quarter', () => {
  it('compares with the previous quarter and a year ago at the same point', () => {
    const s = draftSlide('created-by-source-segment', sampleReport(), ctx);
    expect(s.title).toBe('Created this quarter · FY2026 Q3');
    expect(s.headline).toBe(
      'We created $5.4M of pipeline in FY2026 Q3 so far, up 12% on FY2026 Q2 and down 3% on FY2025 Q3 at the same point; marketing sourced 42% of it.',
    );
    expect(s.kpis.map((k) => `${k.label}: ${k.value} (${k.tone})`)).toEqual([
      'Created in FY2026 Q3: $5.4M (brand)',
      'vs FY2026 Q2: +12% (positive)',
      'vs FY2025 Q3: -3% (negative)',
    ]);
  });

  it('stacks demand sources per segment, leaving out empty ones', () => {
    const s = draftSlide('created-by-source-segment', sampleReport(), ctx);
    if (s.visual?.type !== 'chart') throw new Error('expected a chart');
    expect(s.visual.labels).toEqual(['SMB', 'Mid-market', 'Enterprise']);
    expect(s.visual.datasets.map((d) => [d.label, d.values, d.color])).toEqual([
      ['Marketing', [600_000, 1_068_000, 600_000], '#4f46e5'],
      ['Sales', [400_000, 900_000, 700_000], '#0891b2'],
      ['Tele / SDR', [300_000, 300_000, 100_000], '#0d9488'],
      ['Channel', [100_000, 232_000, 100_000], '#d97706'],
    ]);
  });

  it('says the comparison is against nothing when the earlier quarter created nothing', () => {
    const r = withReport((x) => {
      x.create.previousQuarter = { created: 0, createdCount: 0, label: 'FY2026 Q2' };
    });
    expect(draftSlide('created-by-source-segment', r, ctx).headline).toBe(
      'We created $5.4M of pipeline in FY2026 Q3 so far, against nothing in FY2026 Q2 and down 3% on FY2025 Q3 at the same point; marketing sourced 42% of it.',
    );
  });
  it('drops "so far" and "at the same point" once the quarter is over', () => {
    const r = withReport((x) => {
      x.period = { ...x.period, asOf: isoDate('2025-11-04'), elapsed: 1 };
    });
    expect(draftSlide('created-by-source-segment', r, ctx).headline).toBe(
      'We created $5.4M of pipeline in FY2026 Q3, up 12% on FY2026 Q2 and down 3% on FY2025 Q3; marketing sourced 42% of it.',
    );
  });

  it('says plainly when nothing was created in either quarter', () => {
    const r = withReport((x) => {
      x.create = { ...x.create, created: 0, createdCount: 0 };
      x.create.previousQuarter = { created: 0, createdCount: 0, label: 'FY2026 Q2' };
    });
    const s = draftSlide('created-by-source-segment', r, ctx);
    expect(s.headline).toBe('No pipeline has been created in FY2026 Q3 yet.');
    expect(s.visual).toEqual({
      type: 'empty',
      message: 'No opportunities created in this period yet',
    });
    expect(s.kpis[1]?.value).toBe('n/a');
  });
});

describe('forward projection', () => {
  it('stacks landed and expected per quarter and names the history it used', () => {
    const s = draftSlide('forward-projection', sampleReport(), ctx);
    expect(s.headline).toBe(
      "FY2026 Q3's new pipeline should land about $3.4M, $400K of it already won; the most lands in FY2026 Q4.",
    );
    expect(s.footnote).toBe(
      'Based on 212 deals won in the last eight quarters: 25% closed in their created quarter, 40% a quarter later, 5% four or more later.',
    );
    if (s.visual?.type !== 'chart') throw new Error('expected a chart');
    expect(s.visual.labels).toEqual([
      'FY2026 Q3',
      'FY2026 Q4',
      'FY2027 Q1',
      'FY2027 Q2',
      'FY2027 Q3+',
    ]);
    expect(s.visual.datasets.map((d) => d.values)).toEqual([
      [400_000, 0, 0, 0, 0],
      [600_000, 1_300_000, 600_000, 300_000, 200_000],
    ]);
  });

  it('says why instead of drawing an empty chart when there is no lag history', () => {
    const r = withReport((x) => {
      x.forward = {
        quarters: x.forward.quarters.map((q) => ({ ...q, expected: null })),
        lag: null,
        lagSampleSize: 0,
      };
    });
    const s = draftSlide('forward-projection', r, ctx);
    expect(s.headline).toBe(
      "We cannot yet say when FY2026 Q3's $5.4M of new pipeline will land: no deals were won in the eight quarters before it.",
    );
    expect(s.visual).toEqual({
      type: 'empty',
      message: 'No deals won in the last eight quarters, so there is no history to project from',
    });
  });
});

describe('data notes', () => {
  it('lists what needs attention and every check in a table', () => {
    const s = draftSlide('data-notes', sampleReport(), ctx);
    expect(s.headline).toBe(
      '3 checks need attention: 12 undated deals, 8 overdue deals and 3 rejected rows.',
    );
    if (s.visual?.type !== 'table') throw new Error('expected a table');
    expect(s.visual.rows.map((r) => [r.cells[0], r.cells[1], r.emphasis])).toEqual([
      ['Undated deals', '12', 'warning'],
      ['Overdue open deals', '8', 'warning'],
      ['Unknown demand source', '2%', 'ok'],
      ['Rejected rows', '3', 'warning'],
      ['Win-rate history', '31%', 'ok'],
      ['Footer check', '1,207 / 1,207', 'ok'],
    ]);
    expect(s.visual.rows[3]?.cells[2]).toBe(
      'Line 14: no Opportunity ID · Line 90: amount “abc” is not a number',
    );
  });

  it('calls clean data clean and shows n/a for an empty landings total', () => {
    const r = withReport((x) => {
      x.integrity = {
        undated: 0,
        overdueCount: 0,
        unknownSourceShare: null,
        rejectedRows: 0,
        orphanTouchpoints: null,
        strippedPairs: null,
        strippedAmount: null,
      };
    });
    const s = draftSlide('data-notes', r, { ...ctx, footer: null });
    expect(s.headline).toBe(
      'The data is clean: every deal is dated, nothing is overdue and every row imported.',
    );
    if (s.visual?.type !== 'table') throw new Error('expected a table');
    expect(s.visual.rows[2]?.cells[1]).toBe('n/a');
  });

  it('says why there is no win rate instead of claiming a longer history was used', () => {
    const r = withReport((x) => {
      x.rates.winRate.overall = null;
      x.rates.winRate.lowSample = true;
    });
    const s = draftSlide('data-notes', r, ctx);
    if (s.visual?.type !== 'table') throw new Error('expected a table');
    expect(s.visual.rows[4]?.cells).toEqual([
      'Win-rate history',
      'n/a',
      'Under 5 won or lost deals before this quarter: too few for a win rate, so expected landing is not shown.',
    ]);
  });
});

describe('reportingCurrency', () => {
  it('takes the one currency named, and none when they disagree or none is named', () => {
    expect(reportingCurrency([{ currency: 'usd' }, { currency: null }, { currency: 'USD' }])).toBe(
      'USD',
    );
    expect(reportingCurrency([{ currency: 'USD' }, { currency: 'EUR' }])).toBeNull();
    expect(reportingCurrency([{ currency: null }])).toBeNull();
  });
});
