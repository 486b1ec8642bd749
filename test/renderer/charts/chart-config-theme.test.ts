import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHART_INK, barConfig } from '../../../renderer/src/charts/chart-config';
import type { ChartSpec } from '../../../shared/deck/slide-content';

const SPEC: ChartSpec = {
  type: 'chart',
  kind: 'bar',
  labels: ['Marketing', 'Sales'],
  datasets: [{ label: 'Landed', values: [710_000, 1_110_000], color: '#4f46e5' }],
  axisFormat: 'money',
  currency: 'USD',
};

const noop = () => undefined;

// The configuration reads the screen's pixel ratio; the unit tests run without a window.
beforeAll(() => {
  vi.stubGlobal('window', { devicePixelRatio: 1 });
});

afterAll(() => {
  vi.unstubAllGlobals();
});

describe("a chart's ink follows the slide theme", () => {
  it('draws light ticks and dark grid lines on the dark theme', () => {
    const scales = barConfig(SPEC, noop, 'dark').options?.scales as Record<
      string,
      { ticks: { color: string }; grid: { color?: string } }
    >;
    expect(scales.y?.ticks.color).toBe(CHART_INK.dark.tick);
    expect(scales.y?.grid.color).toBe(CHART_INK.dark.grid);
    expect(scales.x?.ticks.color).toBe(CHART_INK.dark.category);
  });

  it('keeps the light theme as it was', () => {
    const scales = barConfig(SPEC, noop).options?.scales as Record<
      string,
      { ticks: { color: string }; grid: { color?: string } }
    >;
    expect(scales.y?.ticks.color).toBe('#475569');
    expect(scales.y?.grid.color).toBe('#e8edf3');
    expect(scales.x?.ticks.color).toBe('#0f172a');
  });
});
