import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { ChartSpec } from '../../../shared/deck/slide-content';
import { dataLabelsPlugin } from './data-labels-plugin';
import { formatValue } from './format-value';
import { chartLabel } from './chart-label';

const GRID = '#e8edf3';
const TICK = '#475569';
const FONT = "'Inter Variable', Inter, system-ui, sans-serif";

/** The Chart.js configuration of a bar or stacked-bar spec: no animation, fixed size, formatted ticks. */
export function barConfig(spec: ChartSpec, onRendered: () => void): ChartConfiguration<'bar'> {
  const stacked = spec.kind === 'stacked-bar';
  const horizontal = spec.horizontal === true;
  const format = (v: number) => formatValue(v, spec.axisFormat, spec.currency);
  const valueAxis = {
    stacked,
    beginAtZero: true,
    grace: '12%',
    border: { display: false },
    grid: { color: GRID, drawTicks: false },
    ticks: {
      color: TICK,
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
    ticks: { color: '#0f172a', padding: 10, font: { family: FONT, size: 15, weight: 550 } },
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
      dataLabelsPlugin({ enabled: spec.dataLabels === true, format, stacked, horizontal }),
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
        borderColor: '#ffffff',
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
