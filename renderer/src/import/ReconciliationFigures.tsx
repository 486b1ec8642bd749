import type { ReactNode } from 'react';
import type { ImportSummary } from '../../../shared/import/types';
import { formatAmount } from '../workspace/format';
import { formatCount } from '../../../shared/format';
import { displayText } from '../../../shared/text/display';
import { plural } from './labels';

/** How a check reads: fine, needs a look, or for information. */
export type CheckTone = 'ok' | 'warn' | 'info';

const MARKS: Record<CheckTone, string> = { ok: '✓', warn: '!', info: 'i' };

/** One line of the reconciliation: a mark for its tone, then what it says. */
export function Check({
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

function FooterCheck({ summary, testId }: { summary: ImportSummary; testId: string | undefined }) {
  if (summary.footerRecordCount === null) {
    if (summary.format !== 'salesforce-opportunities') return null;
    return (
      <Check tone="info" testId={testId}>
        No “Grand Totals” footer to reconcile against; the report may have been re-saved.
      </Check>
    );
  }
  const says = plural(summary.footerRecordCount, 'record', 'records');
  if (summary.footerMatches) {
    return (
      <Check tone="ok" testId={testId}>
        Grand Totals says {says}; <strong>{formatCount(summary.rowsRead)} read</strong> ✓
      </Check>
    );
  }
  return (
    <Check tone="warn" testId={testId}>
      Grand Totals says {says}, but <strong>{formatCount(summary.rowsRead)} were read</strong>. The
      export may be cut short or hold extra rows; compare it with the report in Salesforce.
    </Check>
  );
}

/** One count of the reconciliation, red or amber when a non-zero value needs a look. */
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

/** Props of the reconciliation figures: the summary, a test-id prefix, and checks to add. */
export interface ReconciliationFiguresProps {
  summary: ImportSummary;
  /** `summary` on the review before confirming, `history` after: the figures are the same. */
  idPrefix: 'summary' | 'history';
  /** Further checks, listed after the standard ones. */
  children?: ReactNode;
}

/**
 * What an import did with every row (metrics.md §10), the same before and after confirming:
 * rows read, imported, rejected, duplicate ids, Σ amount read vs stored, the footer's count,
 * undated deals and open deals without an amount.
 */
export function ReconciliationFigures({ summary, idPrefix, children }: ReconciliationFiguresProps) {
  const amountsMatch = Math.abs(summary.amountRead - summary.amountStored) < 0.005;
  // The review screen's checks keep their own test ids; after confirming they need none.
  const checkId = (id: string) => (idPrefix === 'summary' ? id : undefined);
  return (
    <>
      <div className="stats">
        <Stat label="Rows read" value={summary.rowsRead} testId={`${idPrefix}-rows-read`} />
        <Stat label="Imported" value={summary.imported} testId={`${idPrefix}-imported`} />
        <Stat
          label="Rejected"
          value={summary.rejected}
          tone="danger"
          testId={`${idPrefix}-rejected`}
        />
        <Stat
          label="Duplicate ids"
          value={summary.duplicateIds.length}
          tone="warning"
          testId={`${idPrefix}-duplicates`}
        />
      </div>
      <ul className="checks">
        <Check tone={amountsMatch ? 'ok' : 'warn'} testId={checkId('import-amount-check')}>
          Σ amount read <strong className="figure">{formatAmount(summary.amountRead)}</strong>,
          stored <strong className="figure">{formatAmount(summary.amountStored)}</strong>
          {amountsMatch
            ? ' ✓'
            : '. The difference is the amount of duplicate rows that a later row with the same id replaced.'}
        </Check>
        <FooterCheck summary={summary} testId={checkId('import-footer-check')} />
        {summary.duplicateIds.length > 0 ? (
          <Check tone="warn">
            {plural(summary.duplicateIds.length, 'id appears', 'ids appear')} more than once; the
            last row of each was kept:{' '}
            <bdi className="user-text">{someIds(summary.duplicateIds)}</bdi>.
          </Check>
        ) : null}
        {summary.undatedIds.length > 0 ? (
          <Check tone="info" testId={checkId('import-undated')}>
            {plural(summary.undatedIds.length, 'deal has', 'deals have')} no close date:{' '}
            {summary.undatedIds.length === 1
              ? 'it is kept and listed under data notes, but lands in no quarter.'
              : 'they are kept and listed under data notes, but land in no quarter.'}
          </Check>
        ) : (
          <Check tone="ok">Every deal has a close date.</Check>
        )}
        {summary.openWithoutAmount.length > 0 ? (
          <Check tone="warn" testId={checkId('import-open-without-amount')}>
            {plural(summary.openWithoutAmount.length, 'open deal has', 'open deals have')} no amount
            and {summary.openWithoutAmount.length === 1 ? 'counts' : 'count'} as 0:{' '}
            <bdi className="user-text">{someIds(summary.openWithoutAmount)}</bdi>.
          </Check>
        ) : (
          <Check tone="ok">Every open deal has an amount.</Check>
        )}
        {children}
      </ul>
    </>
  );
}
