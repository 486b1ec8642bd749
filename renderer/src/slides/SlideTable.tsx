import type { DrillRef, TableSpec } from '../../../shared/deck/slide-content';
import { useDrillHandler, type DrillHandler } from '../drill/drill-context';

/** A cell's text, as a button opening its records when the editor supplies a drill handler. */
function CellText({
  text,
  drill,
  label,
  onDrill,
}: {
  text: string;
  drill: DrillRef | null | undefined;
  label: string;
  onDrill: DrillHandler | null;
}) {
  if (onDrill === null || drill === null || drill === undefined) {
    return <bdi className="qd-cell-text">{text}</bdi>;
  }
  return (
    <button
      type="button"
      className="qd-cell-drill"
      data-drill-path={drill.path}
      aria-haspopup="dialog"
      aria-label={`${label}: ${text}, show the records`}
      onClick={() => onDrill(drill, label)}
    >
      <bdi className="qd-cell-text">{text}</bdi>
    </button>
  );
}

/**
 * A slide table: formatted cells, a status dot per row where the row carries one, a total row set
 * bold. Each cell is a `<bdi>`, since a cell may quote a CRM value (a rejected row's reason).
 */
export function SlideTable({ spec }: { spec: TableSpec }) {
  const onDrill = useDrillHandler();
  return (
    <table className={spec.compact ? 'qd-table qd-table--compact' : 'qd-table'}>
      <thead>
        <tr>
          {spec.columns.map((c) => (
            <th key={c.label} className={c.align === 'right' ? 'qd-num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.rows.map((row, i) => (
          <tr key={i} className={row.emphasis ? `qd-row--${row.emphasis}` : undefined}>
            {row.cells.map((cell, j) => (
              <td key={j} className={spec.columns[j]?.align === 'right' ? 'qd-num' : undefined}>
                {j === 0 ? (
                  <span className="qd-cell-lead">
                    {row.swatch ? (
                      <span className="qd-swatch" style={{ background: row.swatch }} />
                    ) : row.emphasis && row.emphasis !== 'total' ? (
                      <span className="qd-status-dot" aria-hidden="true" />
                    ) : null}
                    <CellText text={cell} drill={row.drill?.[j]} label={cell} onDrill={onDrill} />
                  </span>
                ) : (
                  <CellText
                    text={cell}
                    drill={row.drill?.[j]}
                    label={`${row.cells[0] ?? ''} · ${spec.columns[j]?.label ?? ''}`}
                    onDrill={onDrill}
                  />
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
