import { Fragment, useState } from 'react';
import type { ImportBatch } from '../data/db';
import { formatCount } from '../../../shared/format';
import { formatAmount } from '../workspace/format';
import { FORMAT_LABELS, KIND_LABELS, recordCount } from '../import/labels';
import { activeImportIds } from '../data/active-imports';
import { amountsMatch, reconciliationOf } from '../import/reconciliation';
import { UserText } from '../slides/UserText';
import { formatImportedAt } from './history-format';
import { deleteConsequence } from './delete-consequence';

/** Props of the list: every import newest first, which one's reconciliation shows, and the actions. */
export interface ImportsTableProps {
  batches: readonly ImportBatch[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDelete: (id: string) => Promise<void>;
}

function footerText(batch: ImportBatch): string {
  const { footerRecordCount, footerMatches } = batch.summary;
  if (footerRecordCount === null) return '—';
  return footerMatches
    ? `${formatCount(footerRecordCount)} ✓`
    : `${formatCount(footerRecordCount)} !`;
}

/** Every import, newest first: its file, figures and reconciliation at a glance, and a two-step delete. */
export function ImportsTable({ batches, selectedId, onSelect, onDelete }: ImportsTableProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove(id: string): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await onDelete(id);
      setConfirming(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const activeIds = activeImportIds(batches);
  return (
    <div className="table-scroll history-imports">
      <table className="table" data-testid="history-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">Kind</th>
            <th scope="col">Imported</th>
            <th scope="col" className="num">
              Rows read
            </th>
            <th scope="col" className="num">
              Imported
            </th>
            <th scope="col" className="num">
              Rejected
            </th>
            <th scope="col" className="num">
              Dup. ids
            </th>
            <th scope="col" className="num">
              Σ read / stored
            </th>
            <th scope="col" className="num">
              Footer
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {batches.map((batch) => {
            const { summary } = batch;
            const figures = reconciliationOf(batch.kind, summary);
            const match = amountsMatch(figures);
            const active = activeIds.has(batch.id);
            const selected = batch.id === selectedId;
            return (
              <Fragment key={batch.id}>
                <tr
                  data-testid="history-row"
                  data-active={active ? 'true' : 'false'}
                  data-kind={batch.kind}
                  aria-selected={selected}
                  className={selected ? 'history-row--selected' : undefined}
                >
                  <td className="cell--user">
                    {/* A grid inside the cell: a grid cell itself would leave the table's row. */}
                    <div className="history-file">
                      <button
                        type="button"
                        className="history-file__name"
                        onClick={() => onSelect(batch.id)}
                        data-testid="history-file"
                      >
                        <UserText value={batch.fileName} max={48} />
                      </button>
                      <span className="history-file__meta">
                        {active ? (
                          <span className="badge badge--success" data-testid="history-active">
                            Active
                          </span>
                        ) : (
                          <span className="badge">Snapshot</span>
                        )}
                        {batch.isSample ? (
                          <span className="badge badge--sample">Sample</span>
                        ) : null}
                      </span>
                    </div>
                  </td>
                  <td className="history-kind">
                    <span className="history-kind__label" data-testid="history-kind">
                      {KIND_LABELS[batch.kind]}
                    </span>
                    <span className="muted history-kind__format">
                      {FORMAT_LABELS[summary.format]}
                    </span>
                  </td>
                  <td className="history-nowrap">{formatImportedAt(batch.importedAt)}</td>
                  <td className="num">{formatCount(summary.rowsRead)}</td>
                  <td className="num">{formatCount(summary.imported)}</td>
                  <td className={`num${summary.rejected > 0 ? ' history-danger' : ''}`}>
                    {formatCount(summary.rejected)}
                  </td>
                  <td
                    className={`num${figures.duplicateIds !== null && figures.duplicateIds.length > 0 ? ' history-warn' : ''}`}
                  >
                    {figures.duplicateIds === null ? (
                      <NotApplicable />
                    ) : (
                      formatCount(figures.duplicateIds.length)
                    )}
                  </td>
                  <td className="num history-nowrap">
                    {match === null ||
                    figures.amountRead === null ||
                    figures.amountStored === null ? (
                      <NotApplicable />
                    ) : match ? (
                      <>{formatAmount(figures.amountStored)} ✓</>
                    ) : (
                      <span className="history-warn">
                        {formatAmount(figures.amountRead)} / {formatAmount(figures.amountStored)}
                      </span>
                    )}
                  </td>
                  <td
                    className={`num history-nowrap${summary.footerMatches === false ? ' history-warn' : ''}`}
                  >
                    {footerText(batch)}
                  </td>
                  <td className="history-actions">
                    <button
                      type="button"
                      className="btn btn--ghost btn--sm"
                      onClick={() => {
                        setError(null);
                        setConfirming(batch.id);
                      }}
                      disabled={busy}
                      data-testid="history-delete"
                      aria-label={`Delete the import of ${batch.fileName}`}
                    >
                      Delete…
                    </button>
                  </td>
                </tr>
                {confirming === batch.id ? (
                  <tr className="history-confirm">
                    <td colSpan={10}>
                      <div className="row danger-confirm" role="group" aria-label="Delete import">
                        <span>
                          Delete <UserText value={batch.fileName} max={60} /> and its{' '}
                          {recordCount(batch.kind, summary.format, summary.imported)} from this
                          computer? {deleteConsequence(batch, batches)}
                        </span>
                        <button
                          type="button"
                          className="btn btn--danger btn--sm"
                          disabled={busy}
                          onClick={() => void remove(batch.id)}
                          data-testid="history-delete-confirm"
                        >
                          Delete import
                        </button>
                        <button
                          type="button"
                          className="btn btn--ghost btn--sm"
                          onClick={() => setConfirming(null)}
                        >
                          Keep
                        </button>
                        {error ? (
                          <span className="field__error" role="alert">
                            Nothing was deleted: {error}
                          </span>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A figure the kind does not have (meetings have no ids, leads no amounts). */
function NotApplicable() {
  return (
    <span className="muted" title="Not applicable to this kind of record">
      —
    </span>
  );
}
