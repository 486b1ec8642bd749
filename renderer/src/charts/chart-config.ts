import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { THEME_PAPER } from '../../../shared/brand';
import type { ChartSpec } from '../../../shared/deck/slide-content';
import type { SlideTheme } from '../../../shared/settings';
import { dataLabelsPlugin } from './data-labels-plugin';
import { formatValue } from './format-value';
import { chartLabel } from './chart-label';

/** The ink of a chart on each theme's paper: grid lines, value ticks, category ticks and data labels (AA). */
export const CHART_INK: Record<
  SlideTheme,
  { grid: string; tick: string; category: string; label: string; paper: string }
> = {
  light: {
    grid: '#e8edf3',
    tick: '#475569',
    category: '#0f172a',
    label: '#0f172a',
    paper: THEME_PAPER.light,
  },
  dark: {
    grid: '#26324a',
    tick: '#cbd5e1',
    category: '#f1f5f9',
    label: '#f1f5f9',
    paper: THEME_PAPER.dark,
  },
};

const FONT = "'Inter Variable', Inter, system-ui, sans-serif";

/** The Chart.js configuration of a bar or stacked-bar spec: no animation, fixed size, formatted ticks. */
export function barConfig(
  spec: ChartSpec,
  onRendered: () => void,
  theme: SlideTheme = 'light',
): ChartConfiguration<'bar'> {
  const ink = CHART_INK[theme];
  const stacked = spec.kind === 'stacked-bar';
  const horizontal = spec.horizontal === true;
  const format = (v: number) => formatValue(v, spec.axisFormat, spec.currency);
  const valueAxis = {
    stacked,
    beginAtZero: true,
    grace: '12%',
    border: { display: false },
    grid: { color: ink.grid, drawTicks: false },
    ticks: {
      color: ink.tick,
      padding: 8,
      maxTicksLimit: 6,
      font: { family: FONT, size: 13 },
      callback: (v: string | number) => format(Number(v)),
    },
  };
  const categoryAxis = {
    stacked,
    border: { display: false },
    grid: { display: false },
    ticks: { color: ink.category, padding: 10, font: { family: FONT, size: 15, weight: 550 } },
  };
  let rendered = false;
  return {
    type: 'bar',
    data: {
      labels: spec.labels.map(chartLabel),
      datasets: spec.datasets.map((d) => ({
        label: chartLabel(d.label),
        data: d.values,
        backgroundColor: d.color,
        hoverBackgroundColor: d.color,
        borderWidth: 0,
        borderRadius: stacked ? 0 : 4,
        maxBarThickness: horizontal ? 44 : 88,
        barPercentage: 0.72,
        categoryPercentage: 0.8,
      })),
    },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
      indexAxis: horizontal ? 'y' : 'x',
      layout: { padding: { top: horizontal ? 4 : 28, right: horizontal ? 72 : 8 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar'>) =>
              `${item.dataset.label ?? ''}: ${format(Number(item.raw))}`,
          },
        },
      },
    },
    plugins: [
      dataLabelsPlugin({
        enabled: spec.dataLabels === true,
        format,
        stacked,
        horizontal,
        ink: ink.label,
        paper: ink.paper,
      }),
      {
        id: 'qdRendered',
        afterRender() {
          if (rendered) return;
          rendered = true;
          onRendered();
        },
      },
    ],
  };
}

/** The Chart.js configuration of a doughnut spec (first dataset only). */
export function doughnutConfig(
  spec: ChartSpec,
  onRendered: () => void,
  theme: SlideTheme = 'light',
): ChartConfiguration<'doughnut'> {
  const format = (v: number) => formatValue(v, spec.axisFormat, spec.currency);
  let rendered = false;
  return {
    type: 'doughnut',
    data: {
      labels: spec.labels.map(chartLabel),
      datasets: spec.datasets.slice(0, 1).map((d) => ({
        label: chartLabel(d.label),
        data: d.values,
        backgroundColor: d.color,
        // The gaps between slices are the slide's paper.
        borderColor: CHART_INK[theme].paper,
        borderWidth: 2,
      })),
    },
    options: {
      animation: false,
      responsive: false,
      maintainAspectRatio: false,
      devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
      cutout: '62%',
      plugins: {
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'doughnut'>) => `${item.label}: ${format(Number(item.raw))}`,
          },
        },
      },
    },
    plugins: [
      {
        id: 'qdRendered',
        afterRender() {
          if (rendered) return;
          rendered = true;
          onRendered();
        },
      },
    ],
  };
}
