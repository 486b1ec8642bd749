import type { ChartSpec } from '../../../shared/deck/slide-content';
import type { DrillHandler } from '../drill/drill-context';
import { chartDrillHits } from './chart-drill';
import { formatValue } from './format-value';

/**
 * The chart's values as buttons for the keyboard (bars on a canvas cannot take focus): hidden
 * until one is focused, then shown under the chart.
 */
export function ChartDrillButtons({ spec, onDrill }: { spec: ChartSpec; onDrill: DrillHandler }) {
  const hits = chartDrillHits(spec);
  if (hits.length === 0) return null;
  return (
    <div className="qd-sr-only" data-testid="chart-drill-buttons">
      {hits.map((hit) => {
        const { value } = hit;
        return (
          <button
            key={hit.ref.path}
            type="button"
            className="qd-cell-drill"
            aria-haspopup="dialog"
            data-drill-path={hit.ref.path}
            onClick={() => onDrill(hit.ref, hit.label)}
          >
            {hit.label}
            {value === undefined ? '' : `: ${formatValue(value, spec.axisFormat, spec.currency)}`}
          </button>
        );
      })}
    </div>
  );
}
