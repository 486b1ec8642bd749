import type { ChartSpec } from '../../../shared/deck/slide-content';
import { UserText } from './UserText';

/** The chart's legend as HTML, so its words stay selectable in the PDF and use the palette's swatches. */
export function ChartLegend({ spec }: { spec: ChartSpec }) {
  return (
    <ul className="qd-legend">
      {spec.datasets.map((d) => {
        const color = d.legendColor ?? (Array.isArray(d.color) ? d.color[0] : d.color);
        return (
          <li key={d.label}>
            <span className="qd-swatch" style={{ background: color }} />
            <UserText value={d.label} max={40} />
          </li>
        );
      })}
    </ul>
  );
}
