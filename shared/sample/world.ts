import { accountKey } from '../import/choices';
import { leadSourceClassifier } from '../demand-source';
import type { DemandSource, OpportunityStatus, Segment } from '../records';
import { segmentFromEmployees } from '../segment';
import { DEFAULT_SETTINGS } from '../settings';
import type { IsoDate } from '../units';
import type { SampleOpportunity } from './opportunity-model';

/** A generated opportunity with what the other kinds need to know of it. */
export interface SampleDeal {
  opp: SampleOpportunity;
  status: OpportunityStatus;
  /** Under the default demand-source rule (metrics.md §3). */
  source: DemandSource;
  /** Under the default employee bands. */
  segment: Segment;
}

/** One account of the opportunities, with its deals in created order. */
export interface SampleAccount {
  id: string;
  name: string;
  employees: number | null;
  owner: string;
  deals: SampleDeal[];
  /** The earliest close date of a won deal, or `null` while it has none. */
  firstWin: IsoDate | null;
}

/**
 * The generated opportunities as the other kinds see them: every other kind is made from
 * this, so leads, touches and meetings name the deals' accounts, ids and dates.
 */
export interface SampleWorld {
  anchor: IsoDate;
  /**
   * The latest created date, or close date of a closed deal: the default as-of of the
   * opportunities alone (metrics.md §2). Nothing else is dated after it, so adding the other
   * kinds never moves the as-of and every opportunity figure stays as it was.
   */
  latest: IsoDate;
  /** In the order the generator made them (created date order). */
  deals: readonly SampleDeal[];
  /** In order of first deal. */
  accounts: readonly SampleAccount[];
  /** The normalised names of the accounts, which companies made up for leads must avoid. */
  accountKeys: ReadonlySet<string>;
}

function statusOf(stage: string): OpportunityStatus {
  if (stage === 'Closed Won') return 'won';
  if (stage === 'Closed Lost') return 'lost';
  return 'open';
}

/** Builds the world from the generated opportunities (which it never changes). */
export function sampleWorld(
  opportunities: readonly SampleOpportunity[],
  anchor: IsoDate,
): SampleWorld {
  const sourceOf = leadSourceClassifier(DEFAULT_SETTINGS.demandSourceTable);
  const byId = new Map<string, SampleAccount>();
  const accounts: SampleAccount[] = [];
  const deals: SampleDeal[] = [];
  let latest = opportunities[0]?.createdDate ?? anchor;
  for (const opp of opportunities) {
    const status = statusOf(opp.stage);
    const deal: SampleDeal = {
      opp,
      status,
      source: sourceOf(opp.leadSource),
      segment: segmentFromEmployees(opp.employees, DEFAULT_SETTINGS.employeeBands),
    };
    deals.push(deal);
    if (opp.createdDate > latest) latest = opp.createdDate;
    if (status !== 'open' && opp.closeDate !== null && opp.closeDate > latest)
      latest = opp.closeDate;
    let account = byId.get(opp.accountId);
    if (account === undefined) {
      account = {
        id: opp.accountId,
        name: opp.accountName,
        employees: opp.employees,
        owner: opp.owner,
        deals: [],
        firstWin: null,
      };
      byId.set(opp.accountId, account);
      accounts.push(account);
    }
    account.deals.push(deal);
    if (status === 'won' && opp.closeDate !== null) {
      if (account.firstWin === null || opp.closeDate < account.firstWin)
        account.firstWin = opp.closeDate;
    }
  }
  for (const account of accounts) {
    account.deals.sort((a, b) => compareText(a.opp.createdDate, b.opp.createdDate));
  }
  return {
    anchor,
    latest,
    deals,
    accounts,
    accountKeys: new Set(accounts.map((a) => accountKey(a.name))),
  };
}

/** The later of two dates. */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function earlierOf(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}

/** Code-unit order: the same on every machine, unlike `localeCompare`, so the files are too. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
