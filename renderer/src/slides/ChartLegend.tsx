import type { ChartSpec } from '../../../shared/deck/slide-content';

/** The chart's legend as HTML, so its words stay selectable in the PDF and use the palette's swatches. */
export function ChartLegend({ spec }: { spec: ChartSpec }) {
  return (
    <ul className="qd-legend">
      {spec.datasets.map((d) => {
        const color = d.legendColor ?? (Array.isArray(d.color) ? d.color[0] : d.color);
        return (
          <li key={d.label}>
            <span className="qd-swatch" style={{ background: color }} />
            {d.label}
          </li>
        );
      })}
    </ul>
  );
}
