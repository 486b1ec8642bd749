import { describe, expect, it } from 'vitest';
import { drillCsv } from '../../../shared/drill/drill-csv';
import { hasSlideData, slideCsv } from '../../../shared/deck/slide-csv';
import type { ChartSpec, Kpi, TableSpec } from '../../../shared/deck/slide-content';

const landingsChart: ChartSpec = {
  type: 'chart',
  kind: 'stacked-bar',
  horizontal: true,
  axisFormat: 'money',
  currency: 'usd',
  labels: ['Enterprise', 'Mid-market'],
  datasets: [
    { label: 'Landed', values: [1234567.5, 0.1 + 0.2], color: '#000' },
    { label: 'Overdue', values: [-2500, 80000], color: '#111' },
  ],
};

const landedTile: Kpi = {
  label: 'Landed',
  value: '$1.23M',
  detail: '42% of target',
  tone: 'positive',
};

describe('the data behind a slide as CSV', () => {
  it('writes a chart as a row per label, a column per dataset named with its currency, then the KPI tiles', () => {
    expect(slideCsv({ visual: landingsChart, kpis: [landedTile] })).toBe(
      [
        '"Label","Landed (USD)","Overdue (USD)"',
        '"Enterprise",1234567.5,-2500',
        '"Mid-market",0.3,80000',
        '',
        '"KPI","Value","Detail"',
        '"Landed","$1.23M","42% of target"',
        '',
      ].join('\r\n'),
    );
  });

  it('says a percent chart holds fractions and a count chart counts', () => {
    const rates: ChartSpec = {
      ...landingsChart,
      axisFormat: 'percent',
      currency: null,
      labels: ['Marketing'],
      datasets: [{ label: 'Win rate', values: [0.384], color: '#000' }],
    };
    expect(slideCsv({ visual: rates, kpis: [] })).toBe(
      '"Label","Win rate (fraction)"\r\n"Marketing",0.384\r\n',
    );
    expect(slideCsv({ visual: { ...rates, axisFormat: 'count' }, kpis: [] })).toBe(
      '"Label","Win rate (count)"\r\n"Marketing",0.384\r\n',
    );
  });

  it('writes a table with its columns and rows as shown', () => {
    const table: TableSpec = {
      type: 'table',
      columns: [
        { label: 'Demand source', align: 'left' },
        { label: 'Lead Source (in use)', align: 'right' },
      ],
      rows: [
        { cells: ['Marketing', '$1,234,567'] },
        { cells: ['Marketing-sourced share', '38%'], emphasis: 'total' },
      ],
    };
    expect(slideCsv({ visual: table, kpis: [] })).toBe(
      [
        '"Demand source","Lead Source (in use)"',
        '"Marketing","$1,234,567"',
        '"Marketing-sourced share","38%"',
        '',
      ].join('\r\n'),
    );
  });

  it('writes a free-text slide its blocks, bullets marked as on the slide', () => {
    const text = {
      type: 'text' as const,
      blocks: [
        { text: 'Three asks', bullet: false },
        { text: 'Hire two SDRs', bullet: true },
      ],
    };
    expect(slideCsv({ visual: text, kpis: [] })).toBe(
      '"Text"\r\n"Three asks"\r\n"• Hire two SDRs"\r\n',
    );
  });

  it('neutralises a hostile label, dataset name and KPI exactly as the drill-down CSV does', () => {
    const hostile = '=HYPERLINK("http://x","click")';
    const chart: ChartSpec = {
      ...landingsChart,
      labels: [hostile, '\tTab', '@SUM(A1)'],
      datasets: [{ label: '+cmd', values: [1, 2, 3], color: '#000' }],
    };
    const tile: Kpi = { ...landedTile, label: '-1+1', value: '\r=1' };
    const csv = slideCsv({ visual: chart, kpis: [tile] });
    expect(csv).toBe(
      [
        `"Label","'+cmd (USD)"`,
        `"'=HYPERLINK(""http://x"",""click"")",1`,
        `"'\tTab",2`,
        `"'@SUM(A1)",3`,
        '',
        '"KPI","Value","Detail"',
        `"'-1+1","'\r=1","42% of target"`,
        '',
      ].join('\r\n'),
    );
    // The same cell through the drill-down export reads the same.
    const drill = drillCsv({
      columns: [{ key: 'l', label: 'Label', align: 'left' }],
      rows: [[hostile]],
    });
    expect(drill.split('\r\n')[1]).toBe(csv.split('\r\n')[1].replace(/,1$/, ''));
  });

  it('has no data on a divider or an empty free-text slide', () => {
    expect(hasSlideData({ visual: null, kpis: [] })).toBe(false);
    expect(hasSlideData({ visual: { type: 'text', blocks: [] }, kpis: [] })).toBe(false);
    expect(slideCsv({ visual: null, kpis: [] })).toBe('');
    expect(hasSlideData({ visual: null, kpis: [landedTile] })).toBe(true);
    expect(slideCsv({ visual: null, kpis: [landedTile] })).toBe(
      '"KPI","Value","Detail"\r\n"Landed","$1.23M","42% of target"\r\n',
    );
  });
});
