import { useEffect, useId, useRef } from 'react';
import type { DrillError, DrillResult } from '../../../shared/drill';
import { formatCount, formatMoneyFull } from '../../../shared/format';
import { DRILL_DISPLAY_ROWS } from '../data/report-worker/drill-protocol';
import './drill.css';

/** What the dialog shows: the figure asked about and, once answered, its records or why there are none. */
export interface DrillDialogProps {
  /** The figure's label on the slide, e.g. "Landed". */
  label: string;
  /** `null` while the records are being read. */
  result: DrillResult | DrillError | null;
  currency: string | null;
  exporting: boolean;
  exportError: string | null;
  onExport: () => void;
  onClose: () => void;
}

/** One cell as text: amounts in full (never slide-rounded), blanks empty. */
function cellText(
  value: string | number | null,
  isAmount: boolean,
  currency: string | null,
): string {
  if (value === null) return '';
  if (typeof value === 'number') return isAmount ? formatMoneyFull(value, currency) : String(value);
  return value;
}

/**
 * The records behind a figure, in a modal dialog (a native `<dialog>`, so focus stays inside
 * and Esc closes it): the count and the sum that equal the figure, the first 1,000 records and
 * Export CSV for all of them.
 */
export function DrillDialog({
  label,
  result,
  currency,
  exporting,
  exportError,
  onExport,
  onClose,
}: DrillDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const ready = result?.ok ? result : null;
  const title = ready ? ready.title : label;
  return (
    <dialog
      ref={dialog}
      className="qd-drill"
      aria-labelledby={titleId}
      data-testid="drill-dialog"
      onClose={onClose}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <header className="qd-drill__head">
        <div>
          <p className="qd-drill__kicker">Records behind {label}</p>
          <h2 id={titleId} className="qd-drill__title">
            {title}
          </h2>
        </div>
        <button
          type="button"
          className="btn btn--secondary"
          onClick={onClose}
          data-testid="drill-close"
        >
          Close
        </button>
      </header>
      {result === null ? (
        <p className="qd-drill__status" role="status">
          Reading the records…
        </p>
      ) : !result.ok ? (
        <p className="alert alert--error qd-drill__status" role="alert" data-testid="drill-error">
          {result.error}
        </p>
      ) : (
        <>
          <p className="qd-drill__totals" data-testid="drill-totals">
            <strong data-testid="drill-count">
              {formatCount(result.count)} {result.count === 1 ? 'record' : 'records'}
            </strong>
            {result.sum === null ? null : (
              <>
                {' · Σ '}
                <strong data-testid="drill-sum">{formatMoneyFull(result.sum, currency)}</strong>
              </>
            )}
          </p>
          <p className="qd-drill__note">
            The count and the sum equal the figure on the slide (unrounded).
            {result.count > result.rows.length
              ? ` Showing ${formatCount(result.rows.length)} of ${formatCount(result.count)}; Export CSV has them all.`
              : ''}
          </p>
          <div className="qd-drill__scroll" tabIndex={0} aria-label={`${title}: records`}>
            <table className="qd-drill__table" data-testid="drill-table">
              <thead>
                <tr>
                  {result.columns.map((c) => (
                    <th
                      key={c.key}
                      scope="col"
                      className={c.align === 'right' ? 'qd-num' : undefined}
                    >
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {result.rows.map((row, i) => (
                  <tr key={i}>
                    {row.map((value, j) => {
                      const col = result.columns[j];
                      return (
                        <td key={j} className={col?.align === 'right' ? 'qd-num' : undefined}>
                          <bdi>{cellText(value, col?.key === result.sumColumn, currency)}</bdi>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            {result.count === 0 ? (
              <p className="qd-drill__status">No records: the figure is 0.</p>
            ) : null}
          </div>
          <footer className="qd-drill__foot">
            {exportError !== null ? (
              <span className="qd-drill__error" role="alert">
                {exportError}
              </span>
            ) : (
              <span className="qd-drill__hint">
                {result.count > DRILL_DISPLAY_ROWS
                  ? `Showing ${formatCount(DRILL_DISPLAY_ROWS)} of ${formatCount(result.count)}.`
                  : ''}
              </span>
            )}
            <button
              type="button"
              className="btn btn--primary"
              onClick={onExport}
              disabled={exporting}
              data-testid="drill-export"
            >
              {exporting ? 'Exporting…' : 'Export CSV'}
            </button>
          </footer>
        </>
      )}
    </dialog>
  );
}
