import type { ReactNode } from 'react';
import type { ImportBatch } from '../data/db';
import { formatAmount } from '../workspace/format';
import { formatCount } from '../../../shared/format';
import { FORMAT_LABELS, plural } from '../import/labels';
import { UserText } from '../slides/UserText';
import { formatImportedAt } from './history-format';

type CheckTone = 'ok' | 'warn' | 'info';

const MARKS: Record<CheckTone, string> = { ok: '✓', warn: '!', info: 'i' };

function Check({ tone, children }: { tone: CheckTone; children: ReactNode }) {
  return (
    <li className={`check check--${tone}`}>
      <span className="check__mark" aria-hidden="true">
        {MARKS[tone]}
      </span>
      <span>{children}</span>
    </li>
  );
}

function Stat({
  label,
  value,
  tone,
  testId,
}: {
  label: string;
  value: number;
  tone?: 'danger' | 'warning';
  testId: string;
}) {
  return (
    <div className="stat">
      <span className="stat__label">{label}</span>
      <span
        className={`stat__value${value > 0 && tone ? ` stat__value--${tone}` : ''}`}
        data-testid={testId}
      >
        {formatCount(value)}
      </span>
    </div>
  );
}

/**
 * The reconciliation of a confirmed import, with the same figures and checks the review
 * showed before it was confirmed (rows read, imported, rejected, duplicate ids, Σ amount read
 * vs stored, the footer's record count), read back from what was stored with the batch.
 */
export function ImportReconciliation({ batch }: { batch: ImportBatch }) {
  const { summary } = batch;
  const amountsMatch = Math.abs(summary.amountRead - summary.amountStored) < 0.005;
  return (
    <section className="card" aria-labelledby="reconciliation-title" data-testid="history-detail">
      <div className="card__header">
        <div className="card__title">
          <h2 id="reconciliation-title">
            What was imported from <UserText value={batch.fileName} max={80} />
          </h2>
          <p>
            {FORMAT_LABELS[summary.format]}, confirmed {formatImportedAt(batch.importedAt)}. The
            same figures the review showed before it was confirmed.
          </p>
        </div>
      </div>
      <div className="stats">
        <Stat label="Rows read" value={summary.rowsRead} testId="history-rows-read" />
        <Stat label="Imported" value={summary.imported} testId="history-imported" />
        <Stat label="Rejected" value={summary.rejected} tone="danger" testId="history-rejected" />
        <Stat
          label="Duplicate ids"
          value={summary.duplicateIds.length}
          tone="warning"
          testId="history-duplicates"
        />
      </div>
      <ul className="checks">
        <Check tone={amountsMatch ? 'ok' : 'warn'}>
          Σ amount read <strong className="figure">{formatAmount(summary.amountRead)}</strong>,
          stored <strong className="figure">{formatAmount(summary.amountStored)}</strong>
          {amountsMatch
            ? ' ✓'
            : '. The difference is the amount of duplicate rows that a later row with the same id replaced.'}
        </Check>
        {summary.footerRecordCount === null ? (
          summary.format === 'salesforce-opportunities' ? (
            <Check tone="info">
              No “Grand Totals” footer to reconcile against; the report may have been re-saved.
            </Check>
          ) : null
        ) : summary.footerMatches ? (
          <Check tone="ok">
            Grand Totals says {plural(summary.footerRecordCount, 'record', 'records')};{' '}
            <strong>{formatCount(summary.rowsRead)} read</strong> ✓
          </Check>
        ) : (
          <Check tone="warn">
            Grand Totals says {plural(summary.footerRecordCount, 'record', 'records')}, but{' '}
            <strong>{formatCount(summary.rowsRead)} were read</strong>.
          </Check>
        )}
        {batch.errors.length > 0 ? (
          <Check tone="warn">
            {plural(batch.errors.length, 'problem was', 'problems were')} found, for example{' '}
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
                : <UserText value={error.reason} max={120} />
              </span>
            ))}
            .
          </Check>
        ) : (
          <Check tone="ok">No row was rejected.</Check>
        )}
      </ul>
    </section>
  );
}
