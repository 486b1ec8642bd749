import type { Account, Opportunity } from '../records';
import { accountKey } from '../import/choices';
import { idKeys } from '../import/coerce-id';

/** What joining an accounts list did, for a data note. */
export interface AccountJoinSummary {
  /** Opportunities linked to an account, whether or not it filled anything. */
  linked: number;
  /** Opportunities that got at least one field (segment, employees, region) from their account. */
  enriched: number;
  /** Opportunities that name an account (by id or name) that is not in the accounts list. */
  unmatched: number;
}

/**
 * Finds each opportunity's account (metrics.md §5): by id where both have one, else by
 * normalised name. Salesforce's 15- and 18-character ids are one id exactly as duplicate
 * detection treats them (`idKeys` over both files' ids). When several accounts share an id
 * or a normalised name, the last one in the list wins, as duplicate rows do.
 */
function linkAccounts(
  opportunities: readonly Opportunity[],
  accounts: readonly Account[],
): (Account | null)[] {
  const accountIds = accounts.map((a) => a.id).filter((id): id is string => id !== null);
  const opportunityIds = opportunities
    .map((o) => o.accountId)
    .filter((id): id is string => id !== null);
  const keys = idKeys([...accountIds, ...opportunityIds]);
  const keyOf = new Map<string, string>();
  [...accountIds, ...opportunityIds].forEach((id, i) => keyOf.set(id, keys[i] ?? id));

  const byId = new Map<string, Account>();
  // By name: any account (for an opportunity without an account id), and only accounts
  // without an id (for one whose id matched nothing: two ids that differ are two accounts).
  const byName = new Map<string, Account>();
  const byNameWithoutId = new Map<string, Account>();
  for (const account of accounts) {
    if (account.id !== null) byId.set(keyOf.get(account.id) ?? account.id, account);
    const name = nameKey(account.name);
    if (name === null) continue;
    byName.set(name, account);
    if (account.id === null) byNameWithoutId.set(name, account);
  }

  return opportunities.map((opp) => {
    const name = nameKey(opp.accountName);
    if (opp.accountId === null) return name === null ? null : (byName.get(name) ?? null);
    const byIdMatch = byId.get(keyOf.get(opp.accountId) ?? opp.accountId);
    if (byIdMatch !== undefined) return byIdMatch;
    return name === null ? null : (byNameWithoutId.get(name) ?? null);
  });
}

/** A name's join key, or `null` for a blank name or one with no letters or digits. */
function nameKey(name: string | null): string | null {
  if (name === null) return null;
  const key = accountKey(name);
  return key === '' ? null : key;
}

/** The opportunity with its blank fields filled from its account, or the same object when nothing is filled. */
function fill(opp: Opportunity, account: Account | null): Opportunity {
  if (account === null) return opp;
  const segmentRaw = opp.segmentRaw ?? account.segmentRaw;
  const employees = opp.employees ?? account.employees;
  const region = opp.region ?? account.region;
  if (segmentRaw === opp.segmentRaw && employees === opp.employees && region === opp.region) {
    return opp;
  }
  return { ...opp, segmentRaw, employees, region };
}

/**
 * The opportunities with each blank `segmentRaw`, `employees` and `region` filled from the
 * linked account (metrics.md §3, §5). An opportunity's own values always win; accounts link
 * by id where both have one, else by normalised name, and among accounts sharing an id or
 * a name the last in the list wins. Opportunities that change are new objects; the others
 * (and the inputs) are left as they are.
 */
export function joinAccounts(
  opportunities: readonly Opportunity[],
  accounts: readonly Account[],
): Opportunity[] {
  if (accounts.length === 0) return [...opportunities];
  const links = linkAccounts(opportunities, accounts);
  return opportunities.map((opp, i) => fill(opp, links[i] ?? null));
}

/** How many opportunities the accounts list linked and filled, and how many name an account it lacks. */
export function accountJoinSummary(
  opportunities: readonly Opportunity[],
  accounts: readonly Account[],
): AccountJoinSummary {
  const links = linkAccounts(opportunities, accounts);
  const summary: AccountJoinSummary = { linked: 0, enriched: 0, unmatched: 0 };
  opportunities.forEach((opp, i) => {
    const account = links[i] ?? null;
    if (account === null) {
      if (opp.accountId !== null || nameKey(opp.accountName) !== null) summary.unmatched += 1;
      return;
    }
    summary.linked += 1;
    if (fill(opp, account) !== opp) summary.enriched += 1;
  });
  return summary;
}
