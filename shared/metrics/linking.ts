import type { Lead, Touchpoint } from '../records';
import type { IsoDate } from '../units';
import type { PreparedOpportunity } from './prepared';
import { accountKey } from '../import/choices';
import { isSalesforce15 } from '../import/coerce-id';

/**
 * The touchpoints linked to each opportunity (metrics.md §5) and how many linked to none (§10),
 * stored compactly: the touches of opportunity `i` (its index in the `opps` given to
 * `linkTouchpoints`) are `touchpoints[touchIndexes[k]]` for `k` in `offsets[i] .. offsets[i + 1] − 1`,
 * in input order, each touch once however many ways it links. `touchesOf` reads one list.
 */
export interface TouchLinks {
  touchpoints: readonly Touchpoint[];
  /** `opps.length + 1` entries; opportunity `i`'s links are `offsets[i]` up to `offsets[i + 1]`. */
  offsets: Int32Array;
  /** Indexes into `touchpoints`, grouped by opportunity. */
  touchIndexes: Int32Array;
  /** Touchpoints (dated by D when an as-of date was given) that link to no opportunity. */
  orphans: number;
}

/** What `linkTouchpoints` may also use: leads (for `convertedOpportunityId`) and D. */
export interface LinkOptions {
  /** Leads whose `convertedOpportunityId` links a touch carrying their id to that opportunity. */
  leads?: readonly Lead[];
  /** Touches dated after D are ignored everywhere (§2): neither linked nor counted as orphans. */
  asOf?: IsoDate;
}

const CHECKSUM = /^[A-Za-z0-9]{3}$/;

/** The ids of one kind (opportunity, account or lead) across every list that holds them. */
interface IdKind {
  /** Ids of 15 characters, checked as Salesforce ids only when an 18-character id exists too. */
  fifteen: string[];
  eighteen: boolean;
}

/** Notes one id of a kind; only lengths are read, so a million ids cost no hashing. */
function note(kind: IdKind, id: string | null): void {
  if (id === null) return;
  if (id.length === 15) kind.fifteen.push(id);
  else if (id.length === 18) kind.eighteen = true;
}

/**
 * An id's join key with the semantics of `idKeys`: an 18-character Salesforce id whose first
 * 15 characters are a 15-character id seen among the same kind of ids is that id. Ids of a
 * kind holding only one of the two lengths are their own keys, with no per-id work.
 */
function idKeyer(kind: IdKind): (id: string) => string {
  if (!kind.eighteen || kind.fifteen.length === 0) return (id) => id;
  const shortIds = new Set(kind.fifteen.filter(isSalesforce15));
  return (id) => {
    if (id.length !== 18) return id;
    const short = id.slice(0, 15);
    // A known 15-character prefix leaves only the 3-character checksum to check.
    return shortIds.has(short) && CHECKSUM.test(id.slice(15)) ? short : id;
  };
}

/** The opportunities of one normalised account name: all of them, and those without an account id. */
interface NameGroup {
  all: number[];
  withoutId: number[];
}

/**
 * The name group of a raw account name, normalised once per distinct raw name (a million
 * touches repeat a few thousand names): one lookup per touch. `null` for a blank name.
 */
function nameGrouper(): (name: string | null) => NameGroup | null {
  const byKey = new Map<string, NameGroup>();
  const byRaw = new Map<string, NameGroup | null>();
  return (name) => {
    if (name === null) return null;
    let group = byRaw.get(name);
    if (group === undefined) {
      const key = accountKey(name);
      group = null;
      if (key !== '') {
        group = byKey.get(key) ?? { all: [], withoutId: [] };
        byKey.set(key, group);
      }
      byRaw.set(name, group);
    }
    return group;
  };
}

/** Appends `value` to the list under `key`. */
function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Links every touchpoint to opportunities as metrics.md §5 says. A touch with an
 * `opportunityId` links to that opportunity only (none when it is not among `opps`). One
 * without links to every opportunity of its account — by account id where the touch and the
 * opportunity both have one, else by normalised account name — and, through its `leadId`, to
 * the opportunities whose `leadId` it is and to its lead's `convertedOpportunityId`.
 * Salesforce 15- and 18-character ids are one id. Runs in O(touches + opportunities + links).
 */
export function linkTouchpoints(
  touchpoints: readonly Touchpoint[],
  opps: readonly PreparedOpportunity[],
  options: LinkOptions = {},
): TouchLinks {
  const leads = options.leads ?? [];
  const { asOf } = options;
  // Each kind of id (opportunity, account, lead) is keyed over every list that holds it.
  const oppIds: IdKind = { fifteen: [], eighteen: false };
  const accountIds: IdKind = { fifteen: [], eighteen: false };
  const leadIds: IdKind = { fifteen: [], eighteen: false };
  for (const { opp } of opps) {
    note(oppIds, opp.id);
    note(accountIds, opp.accountId);
    note(leadIds, opp.leadId);
  }
  for (const touch of touchpoints) {
    note(oppIds, touch.opportunityId);
    note(accountIds, touch.accountId);
    note(leadIds, touch.leadId);
  }
  for (const lead of leads) {
    note(oppIds, lead.convertedOpportunityId);
    note(leadIds, lead.id);
  }
  const oppKey = idKeyer(oppIds);
  const accountIdKey = idKeyer(accountIds);
  const leadKey = idKeyer(leadIds);
  const nameGroup = nameGrouper();

  // Duplicate opportunity ids: the last one wins, as duplicate rows do on import.
  const byOppId = new Map<string, number>();
  const byAccountId = new Map<string, number[]>();
  const byLeadId = new Map<string, number[]>();
  opps.forEach((p, i) => {
    const { opp } = p;
    byOppId.set(oppKey(opp.id), i);
    if (opp.accountId !== null) push(byAccountId, accountIdKey(opp.accountId), i);
    const group = nameGroup(opp.accountName);
    if (group !== null) {
      // An opportunity with an account id matches a touch by name only when the touch has no id.
      group.all.push(i);
      if (opp.accountId === null) group.withoutId.push(i);
    }
    if (opp.leadId !== null) push(byLeadId, leadKey(opp.leadId), i);
  });
  const convertedOf = new Map<string, number>();
  for (const lead of leads) {
    if (lead.convertedOpportunityId === null) continue;
    const target = byOppId.get(oppKey(lead.convertedOpportunityId));
    if (target !== undefined) convertedOf.set(leadKey(lead.id), target);
  }

  // Links are gathered as (opportunity, touch) pairs in typed arrays, then grouped by a
  // counting sort: no per-opportunity arrays, so millions of links cost no garbage.
  let pairOpp = new Int32Array(Math.max(16, touchpoints.length));
  let pairTouch = new Int32Array(pairOpp.length);
  let pairs = 0;
  const counts = new Int32Array(opps.length + 1);
  // stamp[i] = 1 + the index of the last touch linked to opportunity i, so a touch reaching one
  // opportunity by account and by lead is listed once, without a per-touch set.
  const stamp = new Int32Array(opps.length);
  /** Links touch number `t` to opportunity `i`; how many new links that made (0 or 1). */
  const link = (t: number, i: number): number => {
    if (stamp[i] === t + 1) return 0;
    stamp[i] = t + 1;
    if (pairs === pairOpp.length) {
      const grownOpp = new Int32Array(pairs * 2);
      grownOpp.set(pairOpp);
      pairOpp = grownOpp;
      const grownTouch = new Int32Array(pairs * 2);
      grownTouch.set(pairTouch);
      pairTouch = grownTouch;
    }
    pairOpp[pairs] = i;
    pairTouch[pairs] = t;
    pairs++;
    counts[i + 1]++;
    return 1;
  };
  const linkAll = (t: number, indexes: readonly number[] | undefined): number => {
    let made = 0;
    if (indexes !== undefined) for (const i of indexes) made += link(t, i);
    return made;
  };
  let orphans = 0;
  for (let t = 0; t < touchpoints.length; t++) {
    const touch = touchpoints[t];
    if (asOf !== undefined && touch.date > asOf) continue;
    let made = 0;
    if (touch.opportunityId !== null) {
      const i = byOppId.get(oppKey(touch.opportunityId));
      if (i !== undefined) made += link(t, i);
    } else {
      const group = nameGroup(touch.accountName);
      if (touch.accountId !== null) {
        made += linkAll(t, byAccountId.get(accountIdKey(touch.accountId)));
        if (group !== null) made += linkAll(t, group.withoutId);
      } else if (group !== null) {
        made += linkAll(t, group.all);
      }
      if (touch.leadId !== null) {
        const key = leadKey(touch.leadId);
        made += linkAll(t, byLeadId.get(key));
        const converted = convertedOf.get(key);
        if (converted !== undefined) made += link(t, converted);
      }
    }
    if (made === 0) orphans++;
  }

  const offsets = counts;
  for (let i = 0; i < opps.length; i++) offsets[i + 1] += offsets[i];
  const next = offsets.slice(0, opps.length);
  const touchIndexes = new Int32Array(pairs);
  // Pairs were made in touch order, so each opportunity's list keeps the input order.
  for (let k = 0; k < pairs; k++) touchIndexes[next[pairOpp[k]]++] = pairTouch[k];
  return { touchpoints, offsets, touchIndexes, orphans };
}

/** The touches linked to opportunity `i` (its index in the `opps` that were linked), in input order. */
export function touchesOf(links: TouchLinks, i: number): Touchpoint[] {
  const out: Touchpoint[] = [];
  for (let k = links.offsets[i]; k < links.offsets[i + 1]; k++) {
    out.push(links.touchpoints[links.touchIndexes[k]]);
  }
  return out;
}

/** §10's count of touchpoints that link to no opportunity. */
export function orphanTouchpoints(links: TouchLinks): number {
  return links.orphans;
}
