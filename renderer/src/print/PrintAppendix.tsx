import type { DrillColumn } from '../../../shared/drill';
import { formatMoneyFull } from '../../../shared/format';
import {
  APPENDIX_ROWS_PER_FIGURE,
  formatAppendixCell,
  recordCount,
  type AppendixEntry,
  type AppendixTable,
} from '../../../shared/print-appendix';
import type { AppendixPart } from './use-appendix';

/** Props of the appendix: every printed slide's figures with their records. */
export interface PrintAppendixProps {
  parts: readonly AppendixPart[];
  currency: string | null;
}

/** Ids and dates never wrap: a broken id or date reads as two values. */
function cellClass(column: DrillColumn): string | undefined {
  const classes = [
    column.align === 'right' ? 'qd-appendix__num' : '',
    /(^id$|Id$|date$|Date$|^week$|^period$)/.test(column.key) ? 'qd-appendix__nowrap' : '',
  ].filter((c) => c !== '');
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/** The amount cell of a footer line, under the amount column; empty where the records have no amounts. */
function footerCells(
  table: AppendixTable,
  label: string,
  sum: number | null,
  currency: string | null,
) {
  const at = table.columns.findIndex((c) => c.key === table.sumColumn);
  const span = at > 0 ? at : table.columns.length;
  return (
    <>
      <th scope="row" colSpan={span} className="qd-appendix__footer-label">
        {label}
      </th>
      {at > 0 ? (
        <>
          <td className="qd-appendix__num">{sum === null ? '' : formatMoneyFull(sum, currency)}</td>
          {table.columns.slice(at + 1).map((c) => (
            <td key={c.key} />
          ))}
        </>
      ) : null}
    </>
  );
}

/** One figure's records as a table, with the rest counted and summed and a total that equals the figure. */
function FigureTable({ entry, currency }: { entry: AppendixEntry; currency: string | null }) {
  const { figure } = entry;
  const heading = figure.shown ? `${figure.label}: ${figure.shown}` : figure.label;
  if (!entry.ok) {
    return (
      <div className="qd-appendix__figure">
        <h3>{heading}</h3>
        <p className="qd-appendix__what">{entry.error}</p>
      </div>
    );
  }
  const sum = entry.sum === null ? '' : ` · Σ ${formatMoneyFull(entry.sum, currency)}`;
  return (
    <div className="qd-appendix__figure" data-testid="appendix-figure" data-path={figure.ref.path}>
      <h3>{heading}</h3>
      <p className="qd-appendix__what">
        {entry.title} · {recordCount(entry.count)}
        {sum}
      </p>
      {entry.count === 0 ? (
        <p className="qd-appendix__none">No records: the figure is zero.</p>
      ) : (
        <table className="qd-appendix__table">
          <thead>
            <tr>
              {entry.columns.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={c.align === 'right' ? 'qd-appendix__num' : undefined}
                >
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {entry.rows.map((row, r) => (
              <tr key={r}>
                {entry.columns.map((c, i) => (
                  <td key={c.key} className={cellClass(c)}>
                    {formatAppendixCell(row[i] ?? null, c, entry, currency)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {entry.rest ? (
              <tr className="qd-appendix__rest">
                {footerCells(
                  entry,
                  `… and ${recordCount(entry.rest.count, true)}`,
                  entry.rest.sum,
                  currency,
                )}
              </tr>
            ) : null}
            <tr className="qd-appendix__total">
              {footerCells(entry, `Total · ${recordCount(entry.count)}`, entry.sum, currency)}
            </tr>
          </tfoot>
        </table>
      )}
    </div>
  );
}

/**
 * After the slides, the records behind every figure on them: a heading per slide (an h2 in
 * the outline), a table per figure, long lists capped with the rest summed so every total
 * still reconciles to its figure.
 */
export function PrintAppendix({ parts, currency }: PrintAppendixProps) {
  return (
    <section className="qd-appendix" data-testid="print-appendix">
      <h1 className="qd-appendix__title">Appendix: the records behind each figure</h1>
      <p className="qd-appendix__intro">
        The records behind every figure on the slides, slide by slide. Each table lists up to{' '}
        {APPENDIX_ROWS_PER_FIGURE} records, largest amount first; a longer list ends with a line
        that counts and sums the rest, so every total equals its figure. A figure shown on two
        slides is listed under the first. The complete lists are in the app’s drill-down (Export
        CSV) and the command line’s <code>drill</code>.
      </p>
      {parts.length === 0 ? (
        <p className="qd-appendix__none">The printed slides show no figure drawn from records.</p>
      ) : null}
      {parts.map(({ slide, entries }) => {
        const [first, ...others] = entries;
        return (
          <section key={slide.name} className="qd-appendix__slide">
            {/* The slide's heading travels with its first table, so it never ends a page alone. */}
            <div className="qd-appendix__keep">
              <h2>{slide.name}</h2>
              {first ? <FigureTable entry={first} currency={currency} /> : null}
            </div>
            {others.map((entry) => (
              <FigureTable key={entry.figure.ref.path} entry={entry} currency={currency} />
            ))}
          </section>
        );
      })}
    </section>
  );
}
