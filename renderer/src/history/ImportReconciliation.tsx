import type { ImportBatch } from '../data/db';
import { FORMAT_LABELS, KIND_LABELS, plural } from '../import/labels';
import { reconciliationOf } from '../import/reconciliation';
import { Check, ReconciliationFigures } from '../import/ReconciliationFigures';
import { UserText } from '../slides/UserText';
import { formatImportedAt } from './history-format';

/**
 * The reconciliation of a confirmed import, with the same figures and checks the review
 * showed before it was confirmed (rows read, imported, rejected, duplicate ids, Σ amount read
 * vs stored, the footer's record count), read back from what was stored with the batch.
 */
export function ImportReconciliation({ batch }: { batch: ImportBatch }) {
  const { summary } = batch;
  return (
    <section className="card" aria-labelledby="reconciliation-title" data-testid="history-detail">
      <div className="card__header">
        <div className="card__title">
          <h2 id="reconciliation-title">
            What was imported from <UserText value={batch.fileName} max={80} />
          </h2>
          <p>
            {KIND_LABELS[batch.kind]} · {FORMAT_LABELS[summary.format]}, confirmed{' '}
            {formatImportedAt(batch.importedAt)}. The same figures the review showed before it was
            confirmed.
          </p>
        </div>
      </div>
      <ReconciliationFigures figures={reconciliationOf(batch.kind, summary)} idPrefix="history">
        {batch.errors.length > 0 ? (
          <Check tone="warn">
            {plural(batch.errors.length, 'problem was', 'problems were')} found
            {batch.errors.length > 1 ? ', for example ' : ': '}
            {batch.errors.slice(0, 3).map((error, i) => (
              <span key={i}>
                {i > 0 ? '; ' : ''}line {error.line}
                {error.column === null ? (
                  ''
                ) : (
                  <>
                    , <UserText value={error.column} max={40} />
                  </>
                )}
                : <UserText value={error.reason.replace(/\.$/, '')} max={120} />
              </span>
            ))}
            .
          </Check>
        ) : (
          <Check tone="ok">No row was rejected.</Check>
        )}
      </ReconciliationFigures>
    </section>
  );
}
