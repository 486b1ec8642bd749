import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../shared/deck/slide-content';
import { chartSpecKey } from '../../../renderer/src/charts/spec-key';

const spec = (values: number[]): ChartSpec => ({
  type: 'chart',
  kind: 'bar',
  labels: ['Marketing', 'Sales'],
  datasets: [{ label: 'Landed', values, color: ['#4f46e5', '#0891b2'] }],
  axisFormat: 'money',
  currency: 'USD',
});

describe('a chart’s identity by value', () => {
  it('is the same for two spec objects with the same content, so the chart is kept', () => {
    expect(chartSpecKey(spec([1200, 300]), 800, 400)).toBe(
      chartSpecKey(spec([1200, 300]), 800, 400),
    );
  });

  it('changes with a value or the size, so the chart is rebuilt', () => {
    const key = chartSpecKey(spec([1200, 300]), 800, 400);
    expect(chartSpecKey(spec([1200, 301]), 800, 400)).not.toBe(key);
    expect(chartSpecKey(spec([1200, 300]), 800, 401)).not.toBe(key);
  });
});
