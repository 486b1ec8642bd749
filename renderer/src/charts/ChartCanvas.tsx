import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ChartSpec } from '../../../shared/deck/slide-content';
import type { SlideTheme } from '../../../shared/settings';
import { Chart } from './register';
import { barConfig, doughnutConfig } from './chart-config';
import { chartLabel } from './chart-label';
import { RenderFailureContext } from './render-failure';
import { chartSpecKey } from './spec-key';
import { queueDraw } from './draw-queue';
import { useDrillHandler } from '../drill/drill-context';
import { ChartDrillButtons } from './ChartDrillButtons';
import { chartDrillAt } from './chart-drill';

/** Props of a chart: its pure spec, its fixed CSS size on the slide, and a callback after the first draw. */
export interface ChartCanvasProps {
  spec: ChartSpec;
  width: number;
  height: number;
  /** The slide's theme; absent, light. */
  theme?: SlideTheme;
  onRendered?: () => void;
}

/**
 * One Chart.js chart at a fixed size, drawn at 2× or more and without animation so print
 * and PDF are sharp and final on the first frame. Waits for web fonts so ticks use Inter.
 * Charts are drawn one per task (see draw-queue.ts) so a screen of them never blocks the window.
 * The chart is built once per spec content: a new spec object with the same content
 * (a re-render, an edited headline) keeps the chart and its canvas as they are.
 */
export function ChartCanvas({
  spec,
  width,
  height,
  theme = 'light',
  onRendered,
}: ChartCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const reportFailure = useContext(RenderFailureContext);
  // In the deck editor a bar opens the records behind it; elsewhere the handler is null.
  const onDrill = useDrillHandler();
  // The latest props, read at draw time, so only a change of content rebuilds the chart.
  const latest = useRef({ spec, theme, onRendered, reportFailure, onDrill });
  useEffect(() => {
    latest.current = { spec, theme, onRendered, reportFailure, onDrill };
  }, [spec, theme, onRendered, reportFailure, onDrill]);
  // The theme is part of the key: a theme change redraws the chart in its colours.
  const key = useMemo(
    () => `${theme}:${chartSpecKey(spec, width, height)}`,
    [spec, width, height, theme],
  );

  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    let chart: Chart<'bar'> | Chart<'doughnut'> | null = null;
    let cancelled = false;
    let dequeue = (): void => undefined;
    const done = () => latest.current.onRendered?.();
    const draw = () => {
      if (cancelled) return;
      const current = latest.current.spec;
      const currentTheme = latest.current.theme;
      try {
        chart =
          current.kind === 'doughnut'
            ? new Chart(element, doughnutConfig(current, done, currentTheme))
            : new Chart(element, barConfig(current, done, currentTheme));
        if (latest.current.onDrill !== null) {
          const drawn = chart;
          drawn.options.onClick = (event) => {
            const native = event.native;
            const handler = latest.current.onDrill;
            if (!native || handler === null) return;
            const hits = drawn.getElementsAtEventForMode(
              native,
              'nearest',
              { intersect: true },
              false,
            );
            const hit = chartDrillAt(latest.current.spec, hits[0]);
            if (hit !== null) handler(hit.ref, hit.label);
          };
          drawn.options.onHover = (event) => {
            const native = event.native;
            if (!native) return;
            const hits = drawn.getElementsAtEventForMode(
              native,
              'nearest',
              { intersect: true },
              false,
            );
            element.style.cursor =
              chartDrillAt(latest.current.spec, hits[0]) === null ? '' : 'pointer';
          };
        }
      } catch (error) {
        const message = `A chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`;
        setFailure(message);
        latest.current.reportFailure(message);
      }
    };
    void document.fonts.ready.then(() => {
      if (!cancelled) dequeue = queueDraw(draw);
    });
    return () => {
      cancelled = true;
      dequeue();
      chart?.destroy();
    };
  }, [key]);

  if (failure) {
    return (
      <p className="qd-chart-failure" style={{ width, height }} role="alert">
        {failure}
      </p>
    );
  }
  const canvasElement = (
    <canvas
      ref={canvas}
      width={width}
      height={height}
      style={{ width, height, display: 'block' }}
      role="img"
      aria-label={`${spec.datasets.map((d) => chartLabel(d.label)).join(', ')} by ${spec.labels.map(chartLabel).join(', ')}`}
    />
  );
  if (onDrill === null) return canvasElement;
  return (
    <>
      {canvasElement}
      <ChartDrillButtons spec={spec} onDrill={onDrill} />
    </>
  );
}
