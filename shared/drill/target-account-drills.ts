import type { ReportContext } from '../metrics/report-context';
import type { TargetAccountFigures } from '../metrics/target-accounts';
import type { Touchpoint } from '../records';
import type { IsoDate } from '../units';
import type { DrillColumn, DrillResult } from './drill-types';
import { quarterFromIndex } from '../calendar';
import { creationWindow } from '../metrics/created';
import { oppNameKeys, sharedNameKeyer } from '../metrics/opp-index';
import { dedupeTargets, idKeyer, targetMatcher } from '../metrics/target-accounts';

/** The coverage figures of `create.targetAccounts`. */
export const COVERAGE_FIELDS = ['accounts', 'touched', 'met', 'withPipeline', 'won'] as const;

const COLUMNS: DrillColumn[] = [
  { key: 'account', label: 'Account (normalised)', align: 'left' },
  { key: 'accountId', label: 'Account id', align: 'left' },
];

const inRange = (date: IsoDate | null, from: IsoDate, to: IsoDate): boolean =>
  date !== null && date >= from && date <= to;

/**
 * The deduplicated target accounts one coverage figure counts, matched exactly as
 * `computeTargetAccounts` matches them, as rows of (names, id) sorted by name.
 */
export function coverageAccounts(
  rc: ReportContext,
  field: keyof TargetAccountFigures,
): { account: string; accountId: string | null }[] {
  const { ctx } = rc;
  const list = rc.targetAccounts ?? [];
  const touchpoints = rc.touchpoints ?? [];
  const meetings = rc.meetings ?? [];
  const span = creationWindow(ctx.period, ctx.asOf);
  const wonFrom = quarterFromIndex(ctx.index - 3, ctx.settings.fiscalYearStartMonth).start;
  const touches = touchpoints.filter((t) => inRange(t.date, span.from, span.to));
  const met = meetings.filter((m) => inRange(m.date, span.from, span.to));
  const accountIds: (string | null)[] = [];
  for (const t of list) accountIds.push(t.accountId);
  for (const t of touches) accountIds.push(t.accountId);
  for (const m of met) accountIds.push(m.accountId);
  for (const p of ctx.opps) accountIds.push(p.opp.accountId);
  const keyOf = idKeyer(accountIds);
  const targets = dedupeTargets(list, keyOf);
  const nameOf = sharedNameKeyer(ctx.opps);
  const oppNames = oppNameKeys(ctx.opps);
  const match = targetMatcher(targets, keyOf);
  const hit = new Set<number>();
  const mark = (hits: readonly number[]): void => {
    for (const i of hits) hit.add(i);
  };
  if (field === 'accounts') targets.forEach((_, i) => hit.add(i));
  if (field === 'touched') {
    const viaOpp: Touchpoint[] = [];
    for (const t of touches) {
      const name = nameOf(t.accountName);
      if (t.accountId !== null || name !== null) mark(match(t.accountId, name));
      else if (t.opportunityId !== null) viaOpp.push(t);
    }
    if (viaOpp.length > 0) {
      // The last opportunity of an id (15/18 characters as one), as the figure reads it.
      const oppIds: (string | null)[] = viaOpp.map((t) => t.opportunityId);
      for (const p of ctx.opps) oppIds.push(p.opp.id);
      const oppKeyOf = idKeyer(oppIds);
      const byKey = new Map<string, number>();
      ctx.opps.forEach((p, i) => byKey.set(oppKeyOf(p.opp.id), i));
      for (const t of viaOpp) {
        const i = t.opportunityId === null ? undefined : byKey.get(oppKeyOf(t.opportunityId));
        if (i !== undefined) mark(match(ctx.opps[i].opp.accountId, oppNames[i]));
      }
    }
  }
  if (field === 'met') for (const m of met) mark(match(m.accountId, nameOf(m.accountName)));
  if (field === 'withPipeline' || field === 'won') {
    ctx.opps.forEach(({ opp }, i) => {
      if (field === 'withPipeline' && opp.status === 'open')
        mark(match(opp.accountId, oppNames[i]));
      if (field === 'won' && opp.status === 'won' && inRange(opp.closeDate, wonFrom, span.to)) {
        mark(match(opp.accountId, oppNames[i]));
      }
    });
  }
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
