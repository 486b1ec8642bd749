import type { Kpi } from '../../../shared/deck/slide-content';
import { useDrillHandler } from '../drill/drill-context';

/**
 * Big-number tiles, in a row or a column; each tile's accent shows its tone. In the deck editor
 * (inside a drill provider) a tile with records behind it is a button that opens them; elsewhere
 * (print, present) every tile is plain.
 */
export function KpiTiles({ kpis, direction }: { kpis: Kpi[]; direction: 'row' | 'column' }) {
  const onDrill = useDrillHandler();
  return (
    <div className={`qd-kpis qd-kpis--${direction}`}>
      {kpis.map((kpi) => {
        const body = (
          <>
            <div className="qd-kpi__label">{kpi.label}</div>
            <div className="qd-kpi__value">{kpi.value}</div>
            <div className="qd-kpi__detail">{kpi.detail}</div>
          </>
        );
        const drill = kpi.drill;
        if (onDrill === null || drill === undefined) {
          return (
            <div key={kpi.label} className={`qd-kpi qd-kpi--${kpi.tone}`} data-testid="kpi">
              {body}
            </div>
          );
        }
        return (
          <button
            key={kpi.label}
            type="button"
            className={`qd-kpi qd-kpi--${kpi.tone}`}
            data-testid="kpi"
            data-drill-path={drill.path}
            aria-haspopup="dialog"
            title="Show the records behind this figure"
            onClick={() => onDrill(drill, kpi.label)}
          >
            {body}
          </button>
        );
      })}
    </div>
  );
}
