import type { ReportContext } from '../metrics/report-context';
import type { TargetAccountFigures } from '../metrics/target-accounts';
import type { DrillColumn, DrillResult } from './drill-types';
import { targetCoverage } from '../metrics/target-accounts';

/** The coverage figures of `create.targetAccounts`. */
export const COVERAGE_FIELDS = ['accounts', 'touched', 'met', 'withPipeline', 'won'] as const;

const COLUMNS: DrillColumn[] = [
  { key: 'account', label: 'Account (normalised)', align: 'left' },
  { key: 'accountId', label: 'Account id', align: 'left' },
];

/**
 * The deduplicated target accounts one coverage figure counts, matched exactly as
 * `computeTargetAccounts` matches them, as rows of (names, id) sorted by name.
 */
export function coverageAccounts(
  rc: ReportContext,
  field: keyof TargetAccountFigures,
): { account: string; accountId: string | null }[] {
  const c = targetCoverage(
    rc.ctx,
    rc.targetAccounts ?? [],
    rc.touchpoints ?? [],
    rc.meetings ?? [],
  );
  const hit = field === 'accounts' ? new Set(c.targets.keys()) : c[field];
  const targets = c.targets;
  return [...hit]
    .map((i) => {
      const t = targets[i];
      return { account: t ? [...t.names].sort().join(' / ') : '', accountId: t?.id ?? null };
    })
    .sort((a, b) =>
      a.account !== b.account
        ? a.account < b.account
          ? -1
          : 1
        : (a.accountId ?? '') < (b.accountId ?? '')
          ? -1
          : 1,
    );
}

/** The drill-down of target accounts (no amounts). */
export function targetAccountDrill(
  path: string,
  title: string,
  accounts: readonly { account: string; accountId: string | null }[],
): DrillResult {
  return {
    ok: true,
    path,
    title,
    recordKind: 'target-account',
    columns: COLUMNS,
    rows: accounts.map((a) => [a.account, a.accountId]),
    count: accounts.length,
    sum: null,
    sumColumn: null,
  };
}
