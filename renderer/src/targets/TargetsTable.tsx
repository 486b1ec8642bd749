import { parsePeriod } from '../../../shared/calendar';
import { formatDate, formatMoneyFull } from '../../../shared/format';
import { TARGET_KIND_LABELS } from '../../../shared/targets/target-labels';
import type { QuarterGroup } from '../../../shared/targets/target-groups';
import type { TargetDraft, TargetRowsCheck } from '../../../shared/targets/target-rows';
import { TargetRow } from './TargetRow';

/** Props of the grouped targets table. */
export interface TargetsTableProps {
  groups: QuarterGroup[];
  check: TargetRowsCheck;
  fiscalYearStartMonth: number;
  currentQuarter: string;
  currency: string | null;
  currencyMark: string;
  addedKey: string | null;
  /** Fiscal quarters the period input suggests. */
  quarterOptions: readonly string[];
  onAdd: (period: string) => void;
  onChange: (key: string, change: Partial<Omit<TargetDraft, 'key'>>) => void;
  onRemove: (key: string) => void;
}

const QUARTER_LIST_ID = 'target-quarters';

const OVERLAP_NOTE =
  'An “All” target covers other rows of this kind, so this sum counts some deals twice: it is not the quarter’s total target.';

/** A quarter's heading: `FY2026 Q3`, its dates, and whether it is the current quarter. */
function QuarterHeading({
  period,
  fiscalYearStartMonth,
  current,
}: {
  period: string | null;
  fiscalYearStartMonth: number;
  current: boolean;
}) {
  if (period === null) {
    return (
      <span className="target-group__title target-group__title--fix">
        Period to fix
        <span className="target-group__dates">write the quarter like FY2026-Q3</span>
      </span>
    );
  }
  const parsed = parsePeriod(period, fiscalYearStartMonth);
  return (
    <span className="target-group__title">
      {parsed.ok ? parsed.quarter.label : period}
      {parsed.ok ? (
        <span className="target-group__dates">
          {formatDate(parsed.quarter.start)} – {formatDate(parsed.quarter.end)}
        </span>
      ) : null}
      {current ? <span className="badge badge--brand">Current quarter</span> : null}
    </span>
  );
}

/** The targets grouped by fiscal quarter, each quarter with its totals per kind and an add button. */
export function TargetsTable({
  groups,
  check,
  fiscalYearStartMonth,
  currentQuarter,
  currency,
  currencyMark,
  addedKey,
  quarterOptions,
  onAdd,
  onChange,
  onRemove,
}: TargetsTableProps) {
  return (
    <div className="table-scroll targets-scroll">
      <datalist id={QUARTER_LIST_ID}>
        {quarterOptions.map((q) => (
          <option key={q} value={q} />
        ))}
      </datalist>
      <table className="table targets-table" data-testid="targets-table">
        <colgroup>
          <col className="targets-col--period" />
          <col className="targets-col--source" />
          <col className="targets-col--segment" />
          <col className="targets-col--kind" />
          <col className="targets-col--amount" />
          <col className="targets-col--actions" />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Demand source</th>
            <th scope="col">Segment</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Amount{currency ? ` (${currency})` : ''}
            </th>
            <th scope="col">
              <span className="visually-hidden">Delete</span>
            </th>
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody
            key={group.period ?? 'to-fix'}
            className="target-group"
            data-testid="target-group"
            data-period={group.period ?? ''}
          >
            <tr className="target-group__head">
              <th scope="rowgroup" colSpan={6}>
                <QuarterHeading
                  period={group.period}
                  fiscalYearStartMonth={fiscalYearStartMonth}
                  current={group.period === currentQuarter}
                />
              </th>
            </tr>
            {group.rows.map((draft) => (
              <TargetRow
                key={draft.key}
                draft={draft}
                problems={check.problems.get(draft.key)}
                currencyMark={currencyMark}
                autoFocusAmount={draft.key === addedKey}
                quarterListId={QUARTER_LIST_ID}
                onChange={onChange}
                onRemove={onRemove}
              />
            ))}
            {/* Rows to fix have no quarter to add to or total. */}
            {group.period !== null ? (
              <tr className="target-group__foot">
                <td colSpan={4}>
                  <button
                    type="button"
                    className="btn btn--ghost btn--sm target-group__add"
                    data-testid="target-add-in-quarter"
                    onClick={() => onAdd(group.period ?? currentQuarter)}
                  >
                    + Add a target to {group.period.replace('-', ' ')}
                  </button>
                </td>
                <td colSpan={2} className="num">
                  <dl className="target-totals" data-testid="target-totals">
                    {group.totals.map((total) => (
                      <div key={total.kind} className="target-totals__item">
                        <dt>
                          {TARGET_KIND_LABELS[total.kind]}
                          {total.count > 1 ? ` · ${String(total.count)} targets` : ''}
                        </dt>
                        <dd>
                          {formatMoneyFull(total.amount, currency)}
                          {total.overlaps ? (
                            <span
                              className="badge badge--warning target-totals__overlap"
                              title={OVERLAP_NOTE}
                              aria-label={OVERLAP_NOTE}
                              data-testid="target-overlap"
                            >
                              overlaps
                            </span>
                          ) : null}
                        </dd>
                      </div>
                    ))}
                  </dl>
                </td>
              </tr>
            ) : null}
          </tbody>
        ))}
      </table>
    </div>
  );
}
