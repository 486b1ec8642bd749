import type { Chart, Plugin } from 'chart.js';
import { labelInkFor } from './label-ink';

/** Options of the data-labels plugin: whether to draw and how to write a value. */
export interface DataLabelsOptions {
  enabled: boolean;
  format: (value: number) => string;
  stacked: boolean;
  horizontal: boolean;
  /** The totals' ink: dark on light slides, light on dark ones. */
  ink: string;
  /** The slide's paper, under translucent segments. */
  paper: string;
}
const FONT = "'Inter Variable', Inter, system-ui, sans-serif";

function numberAt(chart: Chart, datasetIndex: number, index: number): number {
  const raw = chart.data.datasets[datasetIndex]?.data[index];
  return typeof raw === 'number' ? raw : 0;
}

/** Totals of each stack (or each bar), drawn just past its end, and segment values inside segments with room. */
function drawBarLabels(chart: Chart, opts: DataLabelsOptions): void {
  const { ctx } = chart;
  const count = chart.data.labels?.length ?? 0;
  const visible = chart.data.datasets.map((_, i) => i).filter((i) => chart.isDatasetVisible(i));
  ctx.save();
  ctx.textBaseline = 'middle';
  for (let index = 0; index < count; index++) {
    let total = 0;
    let endX = -Infinity;
    let endY = Infinity;
    let centre = 0;
    for (const d of visible) {
      const value = numberAt(chart, d, index);
      const bar = chart.getDatasetMeta(d).data[index];
      if (!bar) continue;
      const props = bar.getProps(['x', 'y', 'base', 'width', 'height'], true) as {
        x: number;
        y: number;
        base: number;
        width: number;
        height: number;
      };
      if (value > 0) {
        total += value;
        endX = Math.max(endX, props.x);
        endY = Math.min(endY, props.y);
      }
      centre = opts.horizontal ? props.y : props.x;
      if (!opts.stacked || value <= 0 || visible.length < 2) continue;
      // A segment gets its own label only where the text fits inside it.
      const length = Math.abs(props.x - props.base);
      const text = opts.format(value);
      ctx.font = `600 12px ${FONT}`;
      const fits = opts.horizontal
        ? length > ctx.measureText(text).width + 16 && props.height >= 18
        : Math.abs(props.base - props.y) > 24 && props.width > ctx.measureText(text).width + 8;
      if (!fits) continue;
      const fill: unknown = (bar as { options?: { backgroundColor?: unknown } }).options
        ?.backgroundColor;
      ctx.fillStyle = labelInkFor(typeof fill === 'string' ? fill : '', opts.paper);
      ctx.textAlign = 'center';
      if (opts.horizontal) ctx.fillText(text, (props.x + props.base) / 2, props.y);
      else ctx.fillText(text, props.x, (props.y + props.base) / 2);
    }
    if (total <= 0) continue;
    ctx.font = `650 14px ${FONT}`;
    ctx.fillStyle = opts.ink;
    if (opts.horizontal) {
      ctx.textAlign = 'left';
      ctx.fillText(opts.format(total), endX + 8, centre);
    } else {
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      ctx.fillText(opts.format(total), centre, endY - 6);
      ctx.textBaseline = 'middle';
    }
  }
  ctx.restore();
}

/** A tiny data-labels plugin for one chart: values where they help, in the slide's number format. */
export function dataLabelsPlugin(opts: DataLabelsOptions): Plugin<'bar'> {
  return {
    id: 'qdDataLabels',
    afterDatasetsDraw(chart) {
      if (opts.enabled) drawBarLabels(chart, opts);
    },
  };
}
