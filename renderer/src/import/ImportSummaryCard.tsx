import type { ReactNode } from 'react';
import type { ImportSummary } from '../../../shared/import/types';
import { formatAmount } from '../workspace/format';
import { formatCount } from '../../../shared/format';
import { displayText } from '../../../shared/text/display';
import { plural } from './labels';

type CheckTone = 'ok' | 'warn' | 'info';

const MARKS: Record<CheckTone, string> = { ok: '✓', warn: '!', info: 'i' };

function Check({
  tone,
  children,
  testId,
}: {
  tone: CheckTone;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <li className={`check check--${tone}`} data-testid={testId}>
      <span className="check__mark" aria-hidden="true">
        {MARKS[tone]}
      </span>
      <span>{children}</span>
    </li>
  );
}

/** A few ids to show beside a count, so the user can look them up in the CRM. */
function someIds(ids: readonly string[]): string {
  const shown = ids
    .slice(0, 5)
    .map((id) => displayText(id, 40))
    .join(', ');
  return ids.length > 5 ? `${shown} and ${formatCount(ids.length - 5)} more` : shown;
}

function FooterCheck({ summary }: { summary: ImportSummary }) {
  if (summary.footerRecordCount === null) {
    if (summary.format !== 'salesforce-opportunities') return null;
    return (
      <Check tone="info" testId="import-footer-check">
        No “Grand Totals” footer to reconcile against; the report may have been re-saved.
      </Check>
    );
  }
  const says = plural(summary.footerRecordCount, 'record', 'records');
  if (summary.footerMatches) {
    return (
      <Check tone="ok" testId="import-footer-check">
        Grand Totals says {says}; <strong>{formatCount(summary.rowsRead)} read</strong> ✓
      </Check>
    );
  }
  return (
    <Check tone="warn" testId="import-footer-check">
      Grand Totals says {says}, but <strong>{formatCount(summary.rowsRead)} were read</strong>. The
      export may be cut short or hold extra rows; compare it with the report in Salesforce.
    </Check>
  );
}

/** The validation summary shown before anything is stored: counts, reconciliations and data notes. */
export function ImportSummaryCard({ summary }: { summary: ImportSummary }) {
  const amountsMatch = Math.abs(summary.amountRead - summary.amountStored) < 0.005;
  return (
    <section className="card" aria-labelledby="summary-title" data-testid="import-summary">
      <div className="card__header">
        <div className="card__title">
          <h2 id="summary-title">What will be imported</h2>
          <p>Every row is accounted for. Nothing is stored until you confirm.</p>
        </div>
      </div>
      <div className="stats">
        <div className="stat">
          <span className="stat__label">Rows read</span>
          <span className="stat__value" data-testid="summary-rows-read">
            {formatCount(summary.rowsRead)}
          </span>
        </div>
        <div className="stat">
          <span className="stat__label">Imported</span>
          <span className="stat__value" data-testid="summary-imported">
            {formatCount(summary.imported)}
          </span>
        </div>
        <div className="stat">
          <span className="stat__label">Rejected</span>
          <span
            className={`stat__value${summary.rejected > 0 ? ' stat__value--danger' : ''}`}
            data-testid="summary-rejected"
          >
            {formatCount(summary.rejected)}
          </span>
        </div>
        <div className="stat">
          <span className="stat__label">Duplicate ids</span>
          <span
            className={`stat__value${summary.duplicateIds.length > 0 ? ' stat__value--warning' : ''}`}
            data-testid="summary-duplicates"
          >
            {formatCount(summary.duplicateIds.length)}
          </span>
        </div>
      </div>
      <ul className="checks">
        <Check tone={amountsMatch ? 'ok' : 'warn'} testId="import-amount-check">
          Σ amount read <strong className="figure">{formatAmount(summary.amountRead)}</strong>,
          stored <strong className="figure">{formatAmount(summary.amountStored)}</strong>
          {amountsMatch
            ? ' ✓'
            : '. The difference is the amount of duplicate rows that a later row with the same id replaced.'}
        </Check>
        <FooterCheck summary={summary} />
        {summary.duplicateIds.length > 0 ? (
          <Check tone="warn">
            {plural(summary.duplicateIds.length, 'id appears', 'ids appear')} more than once; the
            last row of each was kept:{' '}
            <bdi className="user-text">{someIds(summary.duplicateIds)}</bdi>.
          </Check>
        ) : null}
        {summary.undatedIds.length > 0 ? (
          <Check tone="info" testId="import-undated">
            {plural(summary.undatedIds.length, 'deal has', 'deals have')} no close date:{' '}
            {summary.undatedIds.length === 1 ? 'it is' : 'they are'} kept and listed under data
            notes, but land in no quarter.
          </Check>
        ) : (
          <Check tone="ok">Every deal has a close date.</Check>
        )}
        {summary.openWithoutAmount.length > 0 ? (
          <Check tone="warn" testId="import-open-without-amount">
            {plural(summary.openWithoutAmount.length, 'open deal has', 'open deals have')} no amount
            and {summary.openWithoutAmount.length === 1 ? 'counts' : 'count'} as 0:{' '}
            <bdi className="user-text">{someIds(summary.openWithoutAmount)}</bdi>.
          </Check>
        ) : (
          <Check tone="ok">Every open deal has an amount.</Check>
        )}
      </ul>
    </section>
  );
}
