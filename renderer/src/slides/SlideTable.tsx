import type { TableSpec } from '../../../shared/deck/slide-content';

/**
 * A slide table: formatted cells, a status dot per row where the row carries one, a total row set
 * bold. Each cell is a `<bdi>`, since a cell may quote a CRM value (a rejected row's reason).
 */
export function SlideTable({ spec }: { spec: TableSpec }) {
  return (
    <table className="qd-table">
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
                    <bdi className="qd-cell-text">{cell}</bdi>
                  </span>
                ) : (
                  <bdi className="qd-cell-text">{cell}</bdi>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
