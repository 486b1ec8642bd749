import type { ChartSpec, DrillRef } from '../../../shared/deck/slide-content';
import { chartLabel } from './chart-label';

/** A chart value's drill ref and how the dialog names it ("Landed · SMB"). */
export interface ChartDrillHit {
  ref: DrillRef;
  label: string;
  /** The value drawn (the bar's length). */
  value: number | undefined;
}

/** The drill ref of the bar Chart.js found under the pointer (`{ datasetIndex, index }`), or `null`. */
export function chartDrillAt(
  spec: ChartSpec,
  element: { datasetIndex: number; index: number } | undefined,
): ChartDrillHit | null {
  if (element === undefined) return null;
  const dataset = spec.datasets[element.datasetIndex];
  const ref = dataset?.drill?.[element.index] ?? null;
  if (dataset === undefined || ref === null) return null;
  return {
    ref,
    label: `${chartLabel(dataset.label)} · ${chartLabel(spec.labels[element.index] ?? '')}`,
    value: dataset.values[element.index],
  };
}

/** Every value of a chart that has records behind it, in dataset then label order. */
export function chartDrillHits(spec: ChartSpec): ChartDrillHit[] {
  const hits: ChartDrillHit[] = [];
  spec.datasets.forEach((_, datasetIndex) => {
    spec.labels.forEach((__, index) => {
      const hit = chartDrillAt(spec, { datasetIndex, index });
      if (hit !== null) hits.push(hit);
    });
  });
  return hits;
}
