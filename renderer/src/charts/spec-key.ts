import type { ChartSpec } from '../../../shared/deck/slide-content';

/**
 * A chart's identity by value: two specs with the same content share a key, so a chart is
 * rebuilt only when what it draws changes, never because its spec object was recreated.
 */
export function chartSpecKey(spec: ChartSpec, width: number, height: number): string {
  return JSON.stringify([width, height, spec]);
}
