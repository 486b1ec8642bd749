import type { ReactNode } from 'react';
import { formatAmount } from '../workspace/format';
import { formatCount } from '../../../shared/format';
import { displayText } from '../../../shared/text/display';
import { plural, recordCount } from './labels';
import {
  amountsMatch,
  duplicatesLabel,
  expectsFooter,
  type Reconciliation,
} from './reconciliation';

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

function FooterCheck({ figures, testId }: { figures: Reconciliation; testId: string | undefined }) {
  if (figures.footerRecordCount === null) {
    if (!expectsFooter(figures.format)) return null;
    return (
      <Check tone="info" testId={testId}>
        No “Grand Totals” footer to reconcile against; the report may have been re-saved.
      </Check>
    );
  }
  const says = plural(figures.footerRecordCount, 'record', 'records');
  if (figures.footerMatches) {
    return (
      <Check tone="ok" testId={testId}>
        Grand Totals says {says}; <strong>{formatCount(figures.rowsRead)} read</strong> ✓
      </Check>
    );
  }
  return (
    <Check tone="warn" testId={testId}>
      Grand Totals says {says}, but <strong>{formatCount(figures.rowsRead)} were read</strong>. The
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

/** Props of the reconciliation figures: the figures, a test-id prefix, and checks to add. */
export interface ReconciliationFiguresProps {
  figures: Reconciliation;
  /** `summary` on the review before confirming, `history` after: the figures are the same. */
  idPrefix: 'summary' | 'history';
  /** Further checks, listed after the standard ones. */
  children?: ReactNode;
}

/** Σ amount read vs stored, for kinds with amounts. */
function AmountCheck({ figures, testId }: { figures: Reconciliation; testId: string | undefined }) {
  const match = amountsMatch(figures);
  if (match === null || figures.amountRead === null || figures.amountStored === null) return null;
  return (
    <Check tone={match ? 'ok' : 'warn'} testId={testId}>
      Σ amount read <strong className="figure">{formatAmount(figures.amountRead)}</strong>, stored{' '}
      <strong className="figure">{formatAmount(figures.amountStored)}</strong>
      {match
        ? ' ✓'
        : figures.kind === 'spend'
          ? '. Spend rows have no id, so every row is kept: the difference needs a look.'
          : '. The difference is the amount of duplicate rows that a later row with the same key replaced.'}
    </Check>
  );
}

/** The checks only opportunities have: undated deals and open deals without an amount. */
function OpportunityChecks({
  figures,
  checkId,
}: {
  figures: Reconciliation;
  checkId: (id: string) => string | undefined;
}) {
  const { undatedIds, openWithoutAmount } = figures;
  return (
    <>
      {undatedIds === null ? null : undatedIds.length > 0 ? (
        <Check tone="info" testId={checkId('import-undated')}>
          {plural(undatedIds.length, 'deal has', 'deals have')} no close date:{' '}
          {undatedIds.length === 1
            ? 'it is kept and listed under data notes, but lands in no quarter.'
            : 'they are kept and listed under data notes, but land in no quarter.'}
        </Check>
      ) : (
        <Check tone="ok">Every deal has a close date.</Check>
      )}
      {openWithoutAmount === null ? null : openWithoutAmount.length > 0 ? (
        <Check tone="warn" testId={checkId('import-open-without-amount')}>
          {plural(openWithoutAmount.length, 'open deal has', 'open deals have')} no amount and{' '}
          {openWithoutAmount.length === 1 ? 'counts' : 'count'} as 0:{' '}
          <bdi className="user-text">{someIds(openWithoutAmount)}</bdi>.
        </Check>
      ) : (
        <Check tone="ok">Every open deal has an amount.</Check>
      )}
    </>
  );
}

/**
 * What an import of any kind did with every row (metrics.md §10), the same before and after
 * confirming: rows read, imported, rejected, skipped non-responders (campaign members),
 * duplicate ids and Σ amount read vs stored (where the kind has them), the footer's count,
 * and for opportunities undated deals and open deals without an amount.
 */
export function ReconciliationFigures({ figures, idPrefix, children }: ReconciliationFiguresProps) {
  // The review screen's checks keep their own test ids; after confirming they need none.
  const checkId = (id: string) => (idPrefix === 'summary' ? id : undefined);
  const { duplicateIds, skippedNonResponders } = figures;
  return (
    <>
      <div className="stats">
        <Stat label="Rows read" value={figures.rowsRead} testId={`${idPrefix}-rows-read`} />
        <Stat label="Imported" value={figures.imported} testId={`${idPrefix}-imported`} />
        <Stat
          label="Rejected"
          value={figures.rejected}
          tone="danger"
          testId={`${idPrefix}-rejected`}
        />
        {skippedNonResponders !== null ? (
          <Stat label="Not responded" value={skippedNonResponders} testId={`${idPrefix}-skipped`} />
        ) : null}
        {duplicateIds !== null ? (
          <Stat
            label={duplicatesLabel(figures.kind)}
            value={duplicateIds.length}
            tone="warning"
            testId={`${idPrefix}-duplicates`}
          />
        ) : null}
      </div>
      <ul className="checks">
        <AmountCheck figures={figures} testId={checkId('import-amount-check')} />
        <FooterCheck figures={figures} testId={checkId('import-footer-check')} />
        {skippedNonResponders !== null && skippedNonResponders > 0 ? (
          <Check tone="info" testId={checkId('import-skipped-check')}>
            {recordCount(figures.kind, figures.format, skippedNonResponders)}{' '}
            {skippedNonResponders === 1 ? 'was' : 'were'} only sent something and never responded:
            not touches, so not imported, and not errors either.
          </Check>
        ) : null}
        {duplicateIds !== null && duplicateIds.length > 0 ? (
          <Check tone="warn">
            {figures.kind === 'targets'
              ? plural(duplicateIds.length, 'target appears', 'targets appear')
              : plural(duplicateIds.length, 'id appears', 'ids appear')}{' '}
            more than once; the last row of each was kept:{' '}
            <bdi className="user-text">{someIds(duplicateIds)}</bdi>.
          </Check>
        ) : null}
        <OpportunityChecks figures={figures} checkId={checkId} />
        {children}
      </ul>
    </>
  );
}
