import { daysFrom, shiftDays } from './dates';
import type { IsoDate } from '../units';
import type { Rng } from './prng';
import type { SampleTargetAccount } from './target-account-model';
import type { SampleAccount, SampleWorld } from './world';
import { compareText, earlierOf } from './world';

/** One row of the sales team's meetings log. */
export interface SampleMeeting {
  date: IsoDate;
  subject: string;
  accountName: string;
  accountId: string;
  /** As the log says it: a customer once the account has won a deal before the meeting. */
  kind: 'Prospect' | 'Customer';
  owner: string;
}

/** Meetings while a deal is worked, after the first, by segment. */
const WORKING_MEETINGS: Readonly<Record<string, readonly [number, number]>> = {
  smb: [0, 2],
  midmarket: [1, 3],
  enterprise: [2, 5],
  unknown: [0, 2],
};

const WORKING_SUBJECTS = ['Demo', 'Technical deep-dive', 'Proposal review', 'Negotiation call'];

function kindOn(account: SampleAccount | null, date: IsoDate): SampleMeeting['kind'] {
  return account !== null && account.firstWin !== null && account.firstWin < date
    ? 'Customer'
    : 'Prospect';
}

/**
 * Harborline's meetings log: a first call before each deal is opened and a few more while it is
 * worked, quarterly business reviews with most larger customers (so their next deal's meetings
 * are repeats, not net-new), and intro meetings with some target accounts not yet worked.
 * Nothing is dated after the deals' latest date. By date, then account.
 */
export function generateSampleMeetings(
  rng: Rng,
  world: SampleWorld,
  targetAccounts: readonly SampleTargetAccount[],
): SampleMeeting[] {
  const meetings: SampleMeeting[] = [];
  // The current account's meeting days, so a yearly check-in can follow a quiet year.
  let own: IsoDate[] = [];
  const add = (account: SampleAccount, date: IsoDate, subject: string): void => {
    if (date > world.latest) return;
    own.push(date);
    meetings.push({
      date,
      subject,
      accountName: account.name,
      accountId: account.id,
      kind: kindOn(account, date),
      owner: account.owner,
    });
  };
  for (const account of world.accounts) {
    own = [];
    for (const deal of account.deals) {
      const created = deal.opp.createdDate;
      const first = deal.opp.type === 'New Business' ? 'Discovery call' : 'Account check-in';
      add(account, shiftDays(created, -rng.int(0, 10)), first);
      const end = earlierOf(
        deal.status === 'open' ? world.latest : (deal.opp.closeDate ?? world.latest),
        world.latest,
      );
      const span = daysFrom(created, end);
      const [low, high] = WORKING_MEETINGS[deal.segment] ?? [0, 2];
      if (span < 3) continue;
      const count = rng.int(low, high);
      for (let i = 0; i < count; i += 1) {
        add(account, shiftDays(created, rng.int(3, span)), rng.pick(WORKING_SUBJECTS));
      }
    }
    // Most larger customers get quarterly business reviews; the others meet about once a year,
    // a year after their last meeting (net-new customer meetings, metrics.md §7).
    const large = (account.employees ?? 0) >= 100;
    if (account.firstWin === null) continue;
    if (rng.chance(large ? 0.6 : 0.1)) {
      for (
        let date = shiftDays(account.firstWin, rng.int(20, 60));
        date <= world.latest;
        date = shiftDays(date, rng.int(80, 100))
      ) {
        add(account, date, 'Quarterly business review');
      }
      continue;
    }
    let date = shiftDays(account.firstWin, rng.int(370, 400));
    while (date <= world.latest) {
      const since = shiftDays(date, -366);
      const before = own.filter((d) => d > since && d < date);
      if (before.length === 0) {
        add(account, date, 'Annual check-in');
        date = shiftDays(date, rng.int(370, 400));
      } else {
        date = shiftDays(
          before.reduce((a, b) => (a > b ? a : b)),
          rng.int(370, 400),
        );
      }
    }
  }
  for (const target of targetAccounts) {
    if (target.account !== null || !rng.chance(0.35)) continue;
    const prospect: SampleAccount = {
      id: target.id,
      name: target.name,
      employees: target.employees,
      owner: target.owner,
      deals: [],
      firstWin: null,
    };
    const count = rng.int(1, 2);
    for (let i = 0; i < count; i += 1) {
      add(prospect, shiftDays(world.latest, -rng.int(0, 170)), 'Intro meeting');
    }
  }
  return meetings.sort(
    (a, b) => compareText(a.date, b.date) || compareText(a.accountName, b.accountName),
  );
}
