import type { Lead, Touchpoint } from '../records';
import type { IsoDate } from '../units';
import type { PreparedOpportunity } from './prepared';
import { isSalesforce15 } from '../import/coerce-id';
import { lastWithLookup, nameCount, oppNameNumbers, sharedNameNumberer } from './opp-index';
import { dateOrdinal, rememberTouchDays, UNREAD_NAME } from './touch-days';

/**
 * The touchpoints linked to each opportunity (metrics.md §5) and how many linked to none (§10).
 * Links are not listed: a touch without an opportunity id reaches every opportunity of its
 * account (about ten in a large export), so listing them would make millions of pairs. Instead
 * touches are bucketed by what they link through — an opportunity, an account id, a normalised
 * account name, a lead — each bucket sorted by date, and one opportunity's links are read from
 * its few buckets on demand: `touchesOf` lists them, `linkedTouchWithin` asks for a date range.
 */
export interface TouchLinks {
  touchpoints: readonly Touchpoint[];
  /** How many opportunities were linked (`opps.length`); they are numbered by their index. */
  opportunityCount: number;
  /** Touchpoints (dated by D when an as-of date was given) that link to no opportunity. */
  orphans: number;
  /** The buckets the readers of this module use; not for other modules to read. */
  index: LinkIndex;
}

/** Touches grouped into buckets by what they link through, each bucket in date order. */
interface LinkIndex {
  /** `buckets + 1` entries; bucket `b` holds entries `offsets[b]` up to `offsets[b + 1]`. */
  offsets: Int32Array;
  /** Each entry's touch (an index into `touchpoints`), grouped by bucket, by date within one. */
  touches: Int32Array;
  /** Each entry's `dateOrdinal`, beside `touches`, for binary search. */
  days: Int32Array;
  /** Per opportunity: its account-id bucket, else −1. */
  accountBucket: Int32Array;
  /** Per opportunity: its bucket of same-name touches without an account id, else −1. */
  nameBucket: Int32Array;
  /** Per opportunity: 1 when it has no account id, so same-name touches with an id link too. */
  noAccountId: Uint8Array;
  /** Per opportunity: the bucket of its `leadId`, else −1. */
  leadBucket: Int32Array;
  /** Per opportunity: the first lead bucket converting into it, else −1 (chained by `nextConverted`). */
  firstConverted: Int32Array;
  /** Per lead bucket: the next lead bucket converting into the same opportunity, else −1. */
  nextConverted: Int32Array;
  /** The first lead bucket's number; lead bucket `b` is chained at `nextConverted[b − leadBase]`. */
  leadBase: number;
}

const NONE = -1;

// Bound once: under tsx (CommonJS) an imported binding is a getter read on every use, and
// this runs once per row.
const ordinalOf = dateOrdinal;

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

/** Whether every id of a kind is its own key: the kind holds only one of the two lengths. */
function keepsIds(kind: IdKind): boolean {
  return !kind.eighteen || kind.fifteen.length === 0;
}

/**
 * An id's join key with the semantics of `idKeys`: an 18-character Salesforce id whose first
 * 15 characters are a 15-character id seen among the same kind of ids is that id. Ids of a
 * kind holding only one of the two lengths are their own keys, with no per-id work.
 */
function idKeyer(kind: IdKind): (id: string) => string {
  if (keepsIds(kind)) return (id) => id;
  const shortIds = new Set(kind.fifteen.filter(isSalesforce15));
  return (id) => {
    if (id.length !== 18) return id;
    const short = id.slice(0, 15);
    // A known 15-character prefix leaves only the 3-character checksum to check.
    return shortIds.has(short) && CHECKSUM.test(id.slice(15)) ? short : id;
  };
}

/** Numbers distinct keys 0, 1, 2… in order of first sight. */
class Interner {
  readonly numbers = new Map<string, number>();

  /** The key's number, given a new one when unseen. */
  add(key: string): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(key, n);
    }
    return n;
  }

  /** The key's number, or −1 when unseen. */
  find(key: string): number {
    return this.numbers.get(key) ?? NONE;
  }
}

/**
 * Links every touchpoint to opportunities as metrics.md §5 says. A touch with an
 * `opportunityId` links to that opportunity only (none when it is not among `opps`). One
 * without links to every opportunity of its account — by account id where the touch and the
 * opportunity both have one, else by normalised account name — and, through its `leadId`, to
 * the opportunities whose `leadId` it is and to its lead's `convertedOpportunityId`.
 * Salesforce 15- and 18-character ids are one id. Runs in O(touches + opportunities + leads),
 * normalising each distinct account name once and listing no link.
 */
export function linkTouchpoints(
  touchpoints: readonly Touchpoint[],
  opps: readonly PreparedOpportunity[],
  options: LinkOptions = {},
): TouchLinks {
  const leads = options.leads ?? [];
  const asOf = options.asOf === undefined ? Number.MAX_SAFE_INTEGER : ordinalOf(options.asOf);
  // Each kind of id (opportunity, account, lead) is keyed over every list that holds it.
  const oppIds: IdKind = { fifteen: [], eighteen: false };
  const accountIds: IdKind = { fifteen: [], eighteen: false };
  const leadIds: IdKind = { fifteen: [], eighteen: false };

  // Opportunities number their account names (and below their ids); touches only look them
  // up, so a touch key no opportunity shares has no bucket and links nothing that way. Name
  // numbers are the report's (shared with the other sections); `localName` gives the ones an
  // opportunity carries a bucket pair of their own.
  const n = opps.length;
  const nameNumber = sharedNameNumberer(opps);
  const oppNumbers = oppNameNumbers(opps);
  const localName = new Int32Array(nameCount(opps)).fill(NONE);
  let localNames = 0;
  const oppName = new Int32Array(n).fill(NONE);
  const noAccountId = new Uint8Array(n);
  // Names carried by an opportunity without an account id: only those link id'd touches by name.
  const nameWithoutId: number[] = [];
  for (let i = 0; i < n; i++) {
    const { opp } = opps[i];
    note(oppIds, opp.id);
    note(accountIds, opp.accountId);
    note(leadIds, opp.leadId);
    const g = oppNumbers[i];
    let l = NONE;
    if (g !== NONE) {
      l = localName[g];
      if (l === NONE) {
        l = localNames++;
        localName[g] = l;
      }
    }
    oppName[i] = l;
    if (opp.accountId === null) {
      noAccountId[i] = 1;
      if (l !== NONE) nameWithoutId[l] = 1;
    }
  }
  for (const lead of leads) {
    note(oppIds, lead.convertedOpportunityId);
    note(leadIds, lead.id);
  }
  const known = localName.length;

  // First pass over the touches: dates, name links and the ids to key once every id is seen.
  // Each touch sits in up to three buckets (slots): its opportunity's alone, or its account
  // id's, its name's and its lead's. Name slots hold the name number until buckets are numbered.
  const t = touchpoints.length;
  const slots = new Int32Array(3 * t).fill(NONE);
  const days = new Int32Array(t);
  // Each touch's name number, kept for target accounts, which read the touches of P again.
  const touchNames = new Int32Array(t).fill(UNREAD_NAME);
  // The touches naming an opportunity, with the ids, so the second pass reads none again;
  // then those carrying an account or lead id (read again: fewer, and their ids keyed apart).
  const byOpp = new Int32Array(t);
  const oppIdOf: string[] = [];
  const byOtherId: number[] = [];
  let usesAccountIds = false;
  let usesLeadIds = false;
  let firstDay = Number.MAX_SAFE_INTEGER;
  for (let k = 0; k < t; k++) {
    const touch = touchpoints[k];
    const { opportunityId, accountId, leadId } = touch;
    const day = ordinalOf(touch.date);
    days[k] = day;
    if (opportunityId !== null) {
      note(oppIds, opportunityId);
      note(accountIds, accountId);
      note(leadIds, leadId);
      // After D: ignored everywhere, in no bucket and not an orphan.
      if (day > asOf) continue;
      if (day < firstDay) firstDay = day;
      byOpp[oppIdOf.length] = k;
      oppIdOf.push(opportunityId);
      continue;
    }
    if (accountId !== null) note(accountIds, accountId);
    if (leadId !== null) note(leadIds, leadId);
    if (day > asOf) continue;
    if (day < firstDay) firstDay = day;
    const raw = touch.accountName;
    if (raw !== null) {
      const g = nameNumber(raw);
      touchNames[k] = g;
      const l = g === NONE || g >= known ? NONE : localName[g];
      // A touch with an account id links by name only to opportunities without one.
      if (l !== NONE && (accountId === null || nameWithoutId[l] === 1)) {
        slots[3 * k + 1] = 2 * l + (accountId === null ? 0 : 1);
      }
    }
    if (accountId !== null || leadId !== null) {
      byOtherId.push(k);
      if (accountId !== null) usesAccountIds = true;
      if (leadId !== null) usesLeadIds = true;
    }
  }
  rememberTouchDays(touchpoints, opps, days, touchNames);
  const oppKey = idKeyer(oppIds);
  const accountIdKey = idKeyer(accountIds);
  const leadKey = idKeyer(leadIds);

  // Ids are numbered only when some touch links through them: each is a map over every opportunity.
  // Ids kept as written use the report's shared index (target accounts reuse it); keyed ones a map.
  const byOppId = new Map<string, number>();
  const lastWithId = keepsIds(oppIds) ? lastWithLookup(opps, 'id') : null;
  const oppAt = (id: string): number | undefined => {
    if (lastWithId !== null) {
      const i = lastWithId(id);
      return i === NONE ? undefined : i;
    }
    return byOppId.get(oppKey(id));
  };
  const accounts = new Interner();
  const leadNumbers = new Interner();
  const oppAccount = new Int32Array(n).fill(NONE);
  const oppLead = new Int32Array(n).fill(NONE);
  if (lastWithId === null || usesAccountIds || usesLeadIds) {
    for (let i = 0; i < n; i++) {
      const { opp } = opps[i];
      // Duplicate opportunity ids: the last one wins, as duplicate rows do on import.
      if (lastWithId === null) byOppId.set(oppKey(opp.id), i);
      if (usesAccountIds && opp.accountId !== null) {
        oppAccount[i] = accounts.add(accountIdKey(opp.accountId));
      }
      if (usesLeadIds && opp.leadId !== null) oppLead[i] = leadNumbers.add(leadKey(opp.leadId));
    }
  }
  // A lead's converted opportunity, by lead number; the last lead of a key wins.
  const convertedTo: number[] = [];
  if (usesLeadIds) {
    for (const lead of leads) {
      if (lead.convertedOpportunityId === null) continue;
      const target = oppAt(lead.convertedOpportunityId);
      if (target !== undefined) convertedTo[leadNumbers.add(leadKey(lead.id))] = target;
    }
  }
  const leadCount = leadNumbers.numbers.size;
  const firstConverted = new Int32Array(n).fill(NONE);
  const nextConverted = new Int32Array(leadCount).fill(NONE);
  convertedTo.forEach((target, l) => {
    nextConverted[l] = firstConverted[target];
    firstConverted[target] = l;
  });

  // Buckets: opportunity i (touches naming it), then account ids, then two per name (touches
  // without an account id, touches with one), then lead ids.
  const accountBase = n;
  const nameStart = accountBase + accounts.numbers.size;
  const leadBase = nameStart + 2 * localNames;
  const bucketCount = leadBase + leadCount;

  // Second pass, over the touches carrying an id only.
  for (let w = 0; w < oppIdOf.length; w++) {
    const i = oppAt(oppIdOf[w]);
    if (i !== undefined) slots[3 * byOpp[w]] = i;
  }
  for (const k of byOtherId) {
    const { accountId, leadId } = touchpoints[k];
    const s = 3 * k;
    if (accountId !== null) {
      const a = accounts.find(accountIdKey(accountId));
      if (a !== NONE) slots[s] = accountBase + a;
    }
    if (leadId !== null) {
      const l = leadNumbers.find(leadKey(leadId));
      if (l !== NONE) slots[s + 2] = leadBase + l;
    }
  }

  const counts = new Int32Array(bucketCount + 1);
  let orphans = 0;
  for (let k = 0; k < t; k++) {
    if (days[k] > asOf) continue;
    const s = 3 * k;
    if (slots[s + 1] !== NONE) slots[s + 1] += nameStart;
    let linked = false;
    for (let j = s; j < s + 3; j++) {
      if (slots[j] !== NONE) {
        counts[slots[j] + 1]++;
        linked = true;
      }
    }
    if (!linked) orphans++;
  }
  for (let b = 0; b < bucketCount; b++) counts[b + 1] += counts[b];
  const offsets = counts;
  const entries = offsets[bucketCount];
  const bucketTouches = new Int32Array(entries);
  const bucketDays = new Int32Array(entries);
  if (entries > 0) {
    // Touches enter their buckets in input order; each bucket is then sorted by date, stably.
    const next = offsets.slice(0, bucketCount);
    for (let k = 0; k < t; k++) {
      if (days[k] > asOf) continue;
      for (let j = 3 * k; j < 3 * k + 3; j++) {
        const b = slots[j];
        if (b === NONE) continue;
        const at = next[b]++;
        bucketTouches[at] = k;
        bucketDays[at] = days[k];
      }
    }
    sortBuckets(offsets, bucketCount, bucketTouches, bucketDays, firstDay, t);
  }
  const nameBucket = new Int32Array(n).fill(NONE);
  const accountBucket = new Int32Array(n).fill(NONE);
  const leadBucket = new Int32Array(n).fill(NONE);
  for (let i = 0; i < n; i++) {
    if (oppAccount[i] !== NONE) accountBucket[i] = accountBase + oppAccount[i];
    if (oppName[i] !== NONE) nameBucket[i] = nameStart + 2 * oppName[i];
    if (oppLead[i] !== NONE) leadBucket[i] = leadBase + oppLead[i];
  }
  return {
    touchpoints,
    opportunityCount: n,
    orphans,
    index: {
      offsets,
      touches: bucketTouches,
      days: bucketDays,
      accountBucket,
      nameBucket,
      noAccountId,
      leadBucket,
      firstConverted,
      nextConverted,
      leadBase,
    },
  };
}

/** Buckets up to this size are insertion-sorted; larger ones go through a typed-array sort. */
const SMALL_BUCKET = 24;

/**
 * Sorts each bucket's entries by date, keeping input order (the touch number) among equal
 * dates. Most buckets hold a few dozen touches, so an insertion sort in place; a large one is
 * sorted as one number per entry (date, then touch) with the typed array's numeric sort.
 */
function sortBuckets(
  offsets: Int32Array,
  bucketCount: number,
  touches: Int32Array,
  days: Int32Array,
  firstDay: number,
  touchCount: number,
): void {
  let scratch: Float64Array | null = null;
  for (let b = 0; b < bucketCount; b++) {
    const start = offsets[b];
    const end = offsets[b + 1];
    if (end - start < 2) continue;
    if (end - start <= SMALL_BUCKET) {
      for (let i = start + 1; i < end; i++) {
        const day = days[i];
        if (days[i - 1] <= day) continue;
        const k = touches[i];
        let j = i - 1;
        // Entries arrive in touch order, so moving only past later dates keeps the sort stable.
        while (j >= start && days[j] > day) {
          days[j + 1] = days[j];
          touches[j + 1] = touches[j];
          j--;
        }
        days[j + 1] = day;
        touches[j + 1] = k;
      }
      continue;
    }
    // (date − first date) · touches + touch is below 2^53 for any real span, so exact.
    if (scratch === null) scratch = new Float64Array(largestBucket(offsets, bucketCount));
    const keys = scratch.subarray(0, end - start);
    let sorted = true;
    for (let i = start; i < end; i++) {
      keys[i - start] = (days[i] - firstDay) * touchCount + touches[i];
      if (i > start && days[i - 1] > days[i]) sorted = false;
    }
    if (sorted) continue;
    keys.sort();
    for (let i = start; i < end; i++) {
      const key = keys[i - start];
      const k = key % touchCount;
      touches[i] = k;
      days[i] = (key - k) / touchCount + firstDay;
    }
  }
}

/** The most entries any bucket holds. */
function largestBucket(offsets: Int32Array, bucketCount: number): number {
  let most = 0;
  for (let b = 0; b < bucketCount; b++) most = Math.max(most, offsets[b + 1] - offsets[b]);
  return most;
}

/** The buckets holding opportunity `i`'s links (a touch may sit in more than one of them). */
function bucketsOf(x: LinkIndex, i: number): number[] {
  const out = [i];
  if (x.accountBucket[i] !== NONE) out.push(x.accountBucket[i]);
  if (x.nameBucket[i] !== NONE) {
    out.push(x.nameBucket[i]);
    if (x.noAccountId[i] === 1) out.push(x.nameBucket[i] + 1);
  }
  if (x.leadBucket[i] !== NONE) out.push(x.leadBucket[i]);
  for (let l = x.firstConverted[i]; l !== NONE; l = x.nextConverted[l]) out.push(x.leadBase + l);
  return out;
}

/** The touches linked to opportunity `i` (its index in the `opps` that were linked), in input order, each once. */
export function touchesOf(links: TouchLinks, i: number): Touchpoint[] {
  const x = links.index;
  const buckets = bucketsOf(x, i);
  let size = 0;
  for (const b of buckets) size += x.offsets[b + 1] - x.offsets[b];
  const found = new Int32Array(size);
  let at = 0;
  for (const b of buckets) {
    for (let k = x.offsets[b]; k < x.offsets[b + 1]; k++) found[at++] = x.touches[k];
  }
  // A numeric sort of a typed array: no comparator called per pair.
  if (buckets.length > 1) found.sort();
  const out: Touchpoint[] = [];
  for (let j = 0; j < size; j++) {
    // A touch reaching the opportunity both by account and by lead is listed once.
    if (j === 0 || found[j - 1] !== found[j]) out.push(links.touchpoints[found[j]]);
  }
  return out;
}

/**
 * The touches linked to opportunity `i` dated from `from` (no lower bound when `null`) up to
 * `to`, both edges included, in input order, each once: what filtering `touchesOf` by date
 * gives, read from the date-sorted buckets by binary search, so touches outside the range are
 * never read.
 */
export function linkedTouchesWithin(
  links: TouchLinks,
  i: number,
  from: IsoDate | null,
  to: IsoDate,
): Touchpoint[] {
  const low = from === null ? NONE : ordinalOf(from);
  const high = ordinalOf(to);
  if ((from !== null && low === NONE) || high === NONE) {
    return touchesOf(links, i).filter((t) => t.date <= to && (from === null || t.date >= from));
  }
  const x = links.index;
  const buckets = bucketsOf(x, i);
  const starts: number[] = [];
  let size = 0;
  for (const b of buckets) {
    const at = firstDatedFrom(x, b, low);
    starts.push(at);
    for (let e = at; e < x.offsets[b + 1] && x.days[e] <= high; e++) size++;
  }
  const found = new Int32Array(size);
  let n = 0;
  buckets.forEach((b, j) => {
    for (let e = starts[j]; e < x.offsets[b + 1] && x.days[e] <= high; e++)
      found[n++] = x.touches[e];
  });
  if (buckets.length > 1) found.sort();
  const out: Touchpoint[] = [];
  for (let j = 0; j < size; j++) {
    if (j === 0 || found[j - 1] !== found[j]) out.push(links.touchpoints[found[j]]);
  }
  return out;
}

/** Reusable buffers `linkedEntriesWithin` writes into, grown as needed. */
export interface LinkedEntries {
  /** Touch numbers (indices into the linked touchpoints), by date, ties in input order. */
  touches: Int32Array;
  /** Each touch's `dateOrdinal`, beside `touches`. */
  days: Int32Array;
  /** Sort keys (date, then touch) for merging several buckets. */
  keys: Float64Array;
}

/** Buffers for `linkedEntriesWithin`, room for `size` entries to start with. */
export function linkedEntries(size = 64): LinkedEntries {
  return {
    touches: new Int32Array(size),
    days: new Int32Array(size),
    keys: new Float64Array(size),
  };
}

/**
 * The touches linked to opportunity `i` dated from ordinal `low` up to `high` (both included;
 * see `dateOrdinal`), each once, in date order with ties in input order: what sorting
 * `linkedTouchesWithin` by date (stably) gives, as touch numbers written to `into`. Returns how
 * many. Each bucket is already in that order, so one bucket is copied and several are merged by
 * a numeric sort of one key per entry: no object per touch and no comparator.
 */
export function linkedEntriesWithin(
  links: TouchLinks,
  i: number,
  low: number,
  high: number,
  into: LinkedEntries,
): number {
  const x = links.index;
  const t = links.touchpoints.length;
  let size = 0;
  let parts = 0;
  const take = (b: number): void => {
    if (b === NONE) return;
    const end = x.offsets[b + 1];
    let e = firstDatedFrom(x, b, low);
    if (e === end || x.days[e] > high) return;
    parts++;
    for (; e < end && x.days[e] <= high; e++) {
      if (size === into.touches.length) grow(into);
      into.touches[size] = x.touches[e];
      into.days[size] = x.days[e];
      size++;
    }
  };
  take(i);
  take(x.accountBucket[i]);
  const name = x.nameBucket[i];
  take(name);
  if (name !== NONE && x.noAccountId[i] === 1) take(name + 1);
  take(x.leadBucket[i]);
  for (let l = x.firstConverted[i]; l !== NONE; l = x.nextConverted[l]) take(x.leadBase + l);
  if (parts < 2) return size;
  // Dates are ordinals below 2^23 and touch numbers below 2^30, so the key is an exact integer.
  const keys = into.keys.subarray(0, size);
  for (let j = 0; j < size; j++) keys[j] = into.days[j] * t + into.touches[j];
  keys.sort();
  let out = 0;
  for (let j = 0; j < size; j++) {
    // A touch reaching the opportunity through two buckets has one key: keep it once.
    if (j > 0 && keys[j] === keys[j - 1]) continue;
    const k = keys[j] % t;
    into.touches[out] = k;
    into.days[out] = (keys[j] - k) / t;
    out++;
  }
  return out;
}

/** Doubles the buffers of `into`, keeping what they hold. */
function grow(into: LinkedEntries): void {
  const size = into.touches.length * 2;
  const touches = new Int32Array(size);
  touches.set(into.touches);
  const days = new Int32Array(size);
  days.set(into.days);
  into.touches = touches;
  into.days = days;
  into.keys = new Float64Array(size);
}

/**
 * The earliest touch linked to opportunity `i` dated from `from` up to `to`, both edges
 * included, the one listed first among equal dates; `null` without one. The same touch as
 * scanning `touchesOf` for the earliest date in the range, read from the date-sorted buckets
 * by binary search instead of from every linked touch.
 */
export function firstLinkedTouch(
  links: TouchLinks,
  i: number,
  from: IsoDate,
  to: IsoDate,
): Touchpoint | null {
  const low = ordinalOf(from);
  const high = ordinalOf(to);
  if (low === NONE || high === NONE) return firstByScan(links, i, from, to);
  return firstLinkedTouchWithin(links, i, low, high);
}

/**
 * `firstLinkedTouch` for a range given as date ordinals (`dateOrdinal`, both ≥ 0): for callers
 * that work out each range's ordinals once rather than per opportunity.
 */
export function firstLinkedTouchWithin(
  links: TouchLinks,
  i: number,
  low: number,
  high: number,
): Touchpoint | null {
  const x = links.index;
  let bestDay = NONE;
  let best = NONE;
  for (const b of bucketsOf(x, i)) {
    const at = firstDatedFrom(x, b, low);
    if (at === x.offsets[b + 1] || x.days[at] > high) continue;
    // Within a bucket equal dates keep input order, so `at` is its first-listed on that date.
    const day = x.days[at];
    const k = x.touches[at];
    if (best === NONE || day < bestDay || (day === bestDay && k < best)) {
      bestDay = day;
      best = k;
    }
  }
  return best === NONE ? null : links.touchpoints[best];
}

/** `firstLinkedTouch` for dates outside the YYYY-MM-DD form, compared as strings. */
function firstByScan(links: TouchLinks, i: number, from: IsoDate, to: IsoDate): Touchpoint | null {
  let first: Touchpoint | null = null;
  for (const t of touchesOf(links, i)) {
    if (t.date < from || t.date > to) continue;
    if (first === null || t.date < first.date) first = t;
  }
  return first;
}

/**
 * Whether a touch linked to opportunity `i` is dated from `from` (no lower bound when `null`)
 * up to `to`, both edges included: a binary search in each of its few buckets.
 */
export function linkedTouchWithin(
  links: TouchLinks,
  i: number,
  from: IsoDate | null,
  to: IsoDate,
): boolean {
  return linkedTouchDatedWithin(links, i, from === null ? NONE : ordinalOf(from), ordinalOf(to));
}

/**
 * `linkedTouchWithin` for a range given as date ordinals (`dateOrdinal`; `low` −1 for no lower
 * bound): for callers that work out each range's ordinals once rather than per opportunity.
 */
export function linkedTouchDatedWithin(
  links: TouchLinks,
  i: number,
  low: number,
  high: number,
): boolean {
  const x = links.index;
  if (high < low) return false;
  // The buckets of `bucketsOf`, read in place: this runs once per opportunity of the report.
  if (datedWithin(x, i, low, high)) return true;
  const name = x.nameBucket[i];
  if (
    datedWithin(x, x.accountBucket[i], low, high) ||
    datedWithin(x, name, low, high) ||
    (name !== NONE && x.noAccountId[i] === 1 && datedWithin(x, name + 1, low, high)) ||
    datedWithin(x, x.leadBucket[i], low, high)
  ) {
    return true;
  }
  for (let l = x.firstConverted[i]; l !== NONE; l = x.nextConverted[l]) {
    if (datedWithin(x, x.leadBase + l, low, high)) return true;
  }
  return false;
}

/** Whether bucket `b` (none when −1) holds an entry dated from `low` up to `high`. */
function datedWithin(x: LinkIndex, b: number, low: number, high: number): boolean {
  if (b === NONE) return false;
  const at = firstDatedFrom(x, b, low);
  return at < x.offsets[b + 1] && x.days[at] <= high;
}

/** The first entry of bucket `b` dated on or after `low` (the bucket's end when none): a binary search. */
function firstDatedFrom(x: LinkIndex, b: number, low: number): number {
  let lo = x.offsets[b];
  let hi = x.offsets[b + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (x.days[mid] < low) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** §10's count of touchpoints that link to no opportunity. */
export function orphanTouchpoints(links: TouchLinks): number {
  return links.orphans;
}
