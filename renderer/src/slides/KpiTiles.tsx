import type { Kpi } from '../../../shared/deck/slide-content';

/** Big-number tiles, in a row or a column; each tile's accent shows its tone. */
export function KpiTiles({ kpis, direction }: { kpis: Kpi[]; direction: 'row' | 'column' }) {
  return (
    <div className={`qd-kpis qd-kpis--${direction}`}>
      {kpis.map((kpi) => (
        <div key={kpi.label} className={`qd-kpi qd-kpi--${kpi.tone}`} data-testid="kpi">
          <div className="qd-kpi__label">{kpi.label}</div>
          <div className="qd-kpi__value">{kpi.value}</div>
          <div className="qd-kpi__detail">{kpi.detail}</div>
        </div>
      ))}
    </div>
  );
}
