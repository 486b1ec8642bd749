import type { ReportContext } from '../metrics/report-context';
import type { Meeting } from '../records';
import type { IsoDate } from '../units';
import type { DrillColumn, DrillResult } from './drill-types';
import { dayNumber, fromDayNumber } from '../calendar';
import { creationWindow } from '../metrics/created';
import { firstWins, forEachNetNewMeeting, histories, isoWeekOfDay } from '../metrics/meetings';
import { sharedNameKeyer } from '../metrics/opp-index';
import { idKeyer } from '../metrics/target-accounts';

/** One net-new meeting as `computeMeetings` counts it: an account's first meeting day after a 365-day gap. */
export interface NetNewMeeting {
  account: string;
  accountId: string | null;
  date: IsoDate;
  week: string;
  kind: 'prospect' | 'customer';
  /** How many meetings were logged with the account that day (they count once). */
  logged: number;
}

const MEETING_COLUMNS: DrillColumn[] = [
  { key: 'date', label: 'Date', align: 'left' },
  { key: 'week', label: 'ISO week', align: 'left' },
  { key: 'account', label: 'Account', align: 'left' },
  { key: 'accountId', label: 'Account id', align: 'left' },
  { key: 'kind', label: 'Net-new', align: 'left' },
  { key: 'logged', label: 'Meetings that day', align: 'right' },
];

/**
 * Every net-new meeting of P up to D, found exactly as `computeMeetings` finds them (the same
 * account histories and first wins), in date order then account.
 */
export function netNewMeetings(rc: ReportContext, meetings: readonly Meeting[]): NetNewMeeting[] {
  const { ctx } = rc;
  const span = creationWindow(ctx.period, ctx.asOf);
  const known = meetings.filter((m) => m.date <= ctx.asOf);
  const ids: (string | null)[] = known.map((m) => m.accountId);
  for (const p of ctx.opps) ids.push(p.opp.accountId);
  const keyOf = idKeyer(ids);
  const nameOf = sharedNameKeyer(ctx.opps);
  const wins = firstWins(ctx, keyOf);
  const from = dayNumber(span.from);
  const to = dayNumber(span.to);
  const out: NetNewMeeting[] = [];
  if (from > to) return out;
  forEachNetNewMeeting(histories(known, keyOf, nameOf), wins, from, to, (h, day, customer) => {
    out.push({
      account: [...h.names].sort().join(' / ') || (h.id ?? ''),
      accountId: h.id,
      date: fromDayNumber(day),
      week: isoWeekOfDay(day),
      kind: customer ? 'customer' : 'prospect',
      logged: h.days.filter((d) => d === day).length,
    });
  });
  return out.sort((a, b) =>
    a.date !== b.date ? (a.date < b.date ? -1 : 1) : a.account < b.account ? -1 : 1,
  );
}

/** The drill-down of net-new meetings (no amounts). */
export function meetingDrill(
  path: string,
  title: string,
  list: readonly NetNewMeeting[],
): DrillResult {
  return {
    ok: true,
    path,
    title,
    recordKind: 'meeting',
    columns: MEETING_COLUMNS,
    rows: list.map((m) => [m.date, m.week, m.account, m.accountId, m.kind, m.logged]),
    count: list.length,
    sum: null,
    sumColumn: null,
  };
}
