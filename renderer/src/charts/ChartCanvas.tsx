import { useEffect, useRef } from 'react';
import type { ChartSpec } from '../../../shared/deck/slide-content';
import { Chart } from './register';
import { barConfig, doughnutConfig } from './chart-config';
import { chartLabel } from './chart-label';

/** Props of a chart: its pure spec, its fixed CSS size on the slide, and a callback after the first draw. */
export interface ChartCanvasProps {
  spec: ChartSpec;
  width: number;
  height: number;
  onRendered?: () => void;
}

/**
 * One Chart.js chart at a fixed size, drawn at 2× or more and without animation so print
 * and PDF are sharp and final on the first frame. Waits for web fonts so ticks use Inter.
 */
export function ChartCanvas({ spec, width, height, onRendered }: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  // The latest callback, read at draw time, so a new function identity never rebuilds the chart.
  const rendered = useRef(onRendered);
  useEffect(() => {
    rendered.current = onRendered;
  }, [onRendered]);

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let chart: Chart<'bar'> | Chart<'doughnut'> | null = null;
    let cancelled = false;
    const done = () => rendered.current?.();
    void document.fonts.ready.then(() => {
      if (cancelled) return;
      chart =
        spec.kind === 'doughnut'
          ? new Chart(element, doughnutConfig(spec, done))
          : new Chart(element, barConfig(spec, done));
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [spec, width, height]);

  return (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      style={{ width, height, display: 'block' }}
      role="img"
      aria-label={`${spec.datasets.map((d) => chartLabel(d.label)).join(', ')} by ${spec.labels.map(chartLabel).join(', ')}`}
    />
  );
}
