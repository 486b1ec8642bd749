import type { Meeting, TargetAccount, Touchpoint } from '../records';
import type { IsoDate } from '../units';
import type { MetricContext } from './metric-context';
import { quarterFromIndex } from '../calendar';
import { accountKey } from '../import/choices';
import { isSalesforce15 } from '../import/coerce-id';
import { creationWindow } from './created';
import type { PreparedOpportunity } from './prepared';
import { lastWithLookup, oppNameNumbers, sharedKeyNumberer, sharedNameNumberer } from './opp-index';
import { dateOrdinal, touchDays, touchNameNumbers, UNREAD_NAME } from './touch-days';

/** Target-account coverage of metrics.md §7 (§12 `create.targetAccounts`), as account counts. */
export interface TargetAccountFigures {
  /** Distinct accounts on the imported list (deduplicated by id, else normalised name). */
  accounts: number;
  /** Accounts with at least one touch dated in P (up to D). */
  touched: number;
  /** Accounts with at least one meeting dated in P (up to D). */
  met: number;
  /** Accounts with an open opportunity existing at D. */
  withPipeline: number;
  /** Accounts with a deal won in the four fiscal quarters ending with P, closed by D. */
  won: number;
}

/** Whether the last three characters of an 18-character id are ASCII letters or digits. */
function hasChecksum(id: string): boolean {
  for (let i = 15; i < 18; i++) {
    const code = id.charCodeAt(i);
    const digit = code >= 0x30 && code <= 0x39;
    const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
    if (!digit && !letter) return false;
  }
  return true;
}

/** The keyer of an id universe where no id has a twin: every id is its own key. */
const ownId = (id: string): string => id;

/** Whether an `idKeyer` keeps every id as it is, so raw ids can be compared directly. */
export function keepsEveryId(keyOf: (id: string) => string): boolean {
  return keyOf === ownId;
}

/** What `idKeyer` reads of a list of ids: the 15-character prefixes of 18-character ids, and the 15-character ids. */
export interface IdShapes {
  prefixes: Set<string>;
  shorts: string[];
}

/** The `IdShapes` of a list of ids. */
function idShapes(ids: Iterable<string | null>): IdShapes {
  const prefixes = new Set<string>();
  const shorts: string[] = [];
  for (const id of ids) {
    if (id === null) continue;
    if (id.length === 18 && isSalesforce15(id.slice(0, 15)) && hasChecksum(id)) {
      prefixes.add(id.slice(0, 15));
    } else if (isSalesforce15(id)) shorts.push(id);
  }
  return { prefixes, shorts };
}

/** Per report (its `opps`), the `IdShapes` of each opportunity id field, read once. */
const oppShapes = new WeakMap<
  readonly PreparedOpportunity[],
  Partial<Record<'id' | 'accountId' | 'leadId', IdShapes>>
>();

/**
 * The `IdShapes` of one id field over the report's opportunities, read once per report:
 * meetings, target accounts and the funnel each key ids over every opportunity's beside their own.
 */
export function oppIdShapes(
  opps: readonly PreparedOpportunity[],
  field: 'id' | 'accountId' | 'leadId',
): IdShapes {
  let byField = oppShapes.get(opps);
  if (byField === undefined) {
    byField = {};
    oppShapes.set(opps, byField);
  }
  let shapes = byField[field];
  if (shapes === undefined) {
    const ids: (string | null)[] = [];
    for (const p of opps) ids.push(p.opp[field]);
    shapes = idShapes(ids);
    byField[field] = shapes;
  }
  return shapes;
}

/**
 * A function giving each id its identity key with `idKeys` semantics over every id passed in
 * (`ids`, and the lists `also` read): an 18-character Salesforce id whose first 15 characters
 * are another id of the lists is that 15-character id; every other id is itself. Keyed lazily
 * (two sets, no per-id map), because it runs over hundreds of thousands of ids.
 */
export function idKeyer(
  ids: Iterable<string | null>,
  ...also: readonly IdShapes[]
): (id: string) => string {
  const lists = [idShapes(ids), ...also];
  const twinned = new Set<string>();
  for (const list of lists) {
    for (const id of list.shorts) {
      if (lists.some((other) => other.prefixes.has(id))) twinned.add(id);
    }
  }
  if (twinned.size === 0) return ownId;
  return (id) => {
    if (id.length !== 18) return id;
    const short = id.slice(0, 15);
    return twinned.has(short) && hasChecksum(id) ? short : id;
  };
}

/** A memoised `accountNameKey`, for one computation over many rows repeating few names. */
export function accountNameKeyer(): (name: string | null) => string | null {
  const seen = new Map<string, string | null>();
  return (name) => {
    if (name === null) return null;
    let key = seen.get(name);
    if (key === undefined) {
      key = accountNameKey(name);
      seen.set(name, key);
    }
    return key;
  };
}

/** The §5 normalised account name, or `null` for a blank one or one with no letters or digits. */
export function accountNameKey(name: string | null): string | null {
  if (name === null) return null;
  const key = accountKey(name);
  return key === '' ? null : key;
}

/** One deduplicated target account: its id key (if any) and every normalised name it carries. */
export interface TargetEntry {
  id: string | null;
  names: Set<string>;
}

/** Whether a date lies in an inclusive span. */
const inRange = (date: IsoDate | null, from: IsoDate, to: IsoDate): boolean =>
  date !== null && date >= from && date <= to;

/**
 * Deduplicates the list: entries with an id are one account per id (15/18 as one); an entry
 * without an id joins an id'd entry carrying the same name, else one account per name. Done
 * in two passes so the result does not depend on the list's order.
 */
function dedupeTargets(
  list: readonly TargetAccount[],
  keyOf: (id: string) => string,
): TargetEntry[] {
  const byId = new Map<string, TargetEntry>();
  for (const t of list) {
    if (t.accountId === null) continue;
    const id = keyOf(t.accountId);
    const entry = byId.get(id) ?? { id, names: new Set<string>() };
    const name = accountNameKey(t.accountName);
    if (name !== null) entry.names.add(name);
    byId.set(id, entry);
  }
  const idNames = new Set<string>();
  for (const e of byId.values()) for (const n of e.names) idNames.add(n);
  const byName = new Map<string, TargetEntry>();
  for (const t of list) {
    if (t.accountId !== null) continue;
    const name = accountNameKey(t.accountName);
    if (name === null || idNames.has(name) || byName.has(name)) continue;
    byName.set(name, { id: null, names: new Set([name]) });
  }
  return [...byId.values(), ...byName.values()];
}

/**
 * Matches an account reference (id, name number) to target accounts as §5 links accounts: by
 * id where both have one; a reference whose id matches no target links by name only to targets
 * without an id (two different ids are two accounts); one without an id links to every target
 * of that name. Names are compared by their number (`sharedNameNumberer`; −1 for none).
 */
function targetMatcher(
  targets: readonly TargetEntry[],
  keyOf: (id: string) => string,
  numberOfKey: (key: string) => number,
): (accountId: string | null, name: number) => readonly number[] {
  const byId = new Map<string, number>();
  const byName = new Map<number, number[]>();
  const byNameWithoutId = new Map<number, number[]>();
  const push = (map: Map<number, number[]>, key: number, i: number): void => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [i]);
    else list.push(i);
  };
  targets.forEach((t, i) => {
    if (t.id !== null) byId.set(t.id, i);
    for (const name of t.names) {
      const g = numberOfKey(name);
      push(byName, g, i);
      if (t.id === null) push(byNameWithoutId, g, i);
    }
  });
  const none: readonly number[] = [];
  // One array per target, made once: matching a million touches must not allocate per touch.
  const single = targets.map((_, i): readonly number[] => [i]);
  // A list without ids matches no reference by id: skip keying and looking up every id.
  const noIds = byId.size === 0;
  return (accountId, name) => {
    if (accountId !== null) {
      const hit = noIds ? undefined : byId.get(keyOf(accountId));
      if (hit !== undefined) return single[hit] ?? none;
      return name === -1 ? none : (byNameWithoutId.get(name) ?? none);
    }
    return name === -1 ? none : (byName.get(name) ?? none);
  };
}

/**
 * The indices of the touches dated from `from` up to `to` (both included), in order. Compares
 * the report's date ordinals (`touchDays`, read once by linking) rather than each touch's date
 * string; a date outside the ordinary YYYY-MM-DD form is compared as a string, as `inRange` would.
 */
function touchesWithin(
  touchpoints: readonly Touchpoint[],
  ctx: MetricContext,
  from: IsoDate,
  to: IsoDate,
): number[] {
  const out: number[] = [];
  const low = dateOrdinal(from);
  const high = dateOrdinal(to);
  if (low === -1 || high === -1) {
    touchpoints.forEach((t, k) => {
      if (inRange(t.date, from, to)) out.push(k);
    });
    return out;
  }
  const days = touchDays(touchpoints, ctx.opps);
  for (let k = 0; k < days.length; k++) {
    const day = days[k];
    if (day === -1 ? inRange(touchpoints[k].date, from, to) : day >= low && day <= high) {
      out.push(k);
    }
  }
  return out;
}

/** The deduplicated target accounts and, per coverage step, the indices of those it reached. */
export interface Coverage {
  targets: readonly TargetEntry[];
  touched: Set<number>;
  met: Set<number>;
  withPipeline: Set<number>;
  won: Set<number>;
}

/**
 * Which target accounts (by index in the deduplicated list) had a touch in P, a meeting in P,
 * open pipeline at D and a deal won in the four quarters up to D (§7): the figure counts them,
 * the drill-down lists them.
 */
export function targetCoverage(
  ctx: MetricContext,
  targetAccounts: readonly TargetAccount[],
  touchpoints: readonly Touchpoint[],
  meetings: readonly Meeting[],
): Coverage {
  const span = creationWindow(ctx.period, ctx.asOf);
  const wonFrom = quarterFromIndex(ctx.index - 3, ctx.settings.fiscalYearStartMonth).start;
  const touches = touchesWithin(touchpoints, ctx, span.from, span.to);
  const met = meetings.filter((m) => inRange(m.date, span.from, span.to));

  // One id universe for accounts so 15- and 18-character forms agree across every file.
  const accountIds: (string | null)[] = [];
  for (const t of targetAccounts) accountIds.push(t.accountId);
  for (const k of touches) accountIds.push(touchpoints[k].accountId);
  for (const m of met) accountIds.push(m.accountId);
  const accountKeyOf = idKeyer(accountIds, oppIdShapes(ctx.opps, 'accountId'));

  const targets = dedupeTargets(targetAccounts, accountKeyOf);
  const numberOf = sharedNameNumberer(ctx.opps);
  const oppNames = oppNameNumbers(ctx.opps);
  // The name numbers linking read for this report; a touch it did not read is read here.
  const touchNames = touchNameNumbers(touchpoints, ctx.opps);
  const match = targetMatcher(targets, accountKeyOf, sharedKeyNumberer(ctx.opps));
  const flags = {
    touched: new Set<number>(),
    met: new Set<number>(),
    withPipeline: new Set<number>(),
    won: new Set<number>(),
  };
  const mark = (set: Set<number>, hits: readonly number[]): void => {
    for (const i of hits) set.add(i);
  };

  // A touch counts for its own account; one naming only an opportunity counts for its account.
  const viaOpp: Touchpoint[] = [];
  for (const k of touches) {
    const t = touchpoints[k];
    let name = touchNames === null ? UNREAD_NAME : touchNames[k];
    if (name === UNREAD_NAME) name = numberOf(t.accountName);
    if (t.accountId !== null || name !== -1) mark(flags.touched, match(t.accountId, name));
    else if (t.opportunityId !== null) viaOpp.push(t);
  }
  // The opportunities those touches name, by index in ctx.opps (the last of a duplicated id).
  const oppOfTouch = new Map<string, number>();
  if (viaOpp.length > 0) {
    const oppKeyOf = idKeyer(
      viaOpp.map((t) => t.opportunityId),
      oppIdShapes(ctx.opps, 'id'),
    );
    if (keepsEveryId(oppKeyOf)) {
      // Ids as written: look the few wanted ones up rather than keying every opportunity.
      const lastWithId = lastWithLookup(ctx.opps, 'id');
      for (const t of viaOpp) {
        const id = t.opportunityId;
        if (id === null || oppOfTouch.has(id)) continue;
        const i = lastWithId(id);
        if (i !== -1) oppOfTouch.set(id, i);
      }
    } else {
      const wanted = new Set<string>();
      for (const t of viaOpp) if (t.opportunityId !== null) wanted.add(oppKeyOf(t.opportunityId));
      const byKey = new Map<string, number>();
      ctx.opps.forEach((p, i) => {
        const key = oppKeyOf(p.opp.id);
        if (wanted.has(key)) byKey.set(key, i);
      });
      for (const t of viaOpp) {
        const id = t.opportunityId;
        const i = id === null ? undefined : byKey.get(oppKeyOf(id));
        if (id !== null && i !== undefined) oppOfTouch.set(id, i);
      }
    }
  }
  ctx.opps.forEach((p, i) => {
    const { opp } = p;
    if (opp.status === 'open') mark(flags.withPipeline, match(opp.accountId, oppNames[i]));
    if (opp.status === 'won' && inRange(opp.closeDate, wonFrom, span.to)) {
      mark(flags.won, match(opp.accountId, oppNames[i]));
    }
  });
  for (const t of viaOpp) {
    const i = t.opportunityId === null ? undefined : oppOfTouch.get(t.opportunityId);
    if (i !== undefined) mark(flags.touched, match(ctx.opps[i].opp.accountId, oppNames[i]));
  }
  for (const m of met) mark(flags.met, match(m.accountId, numberOf(m.accountName)));

  return { targets, ...flags };
}

/**
 * Coverage of the imported target-account list (metrics.md §7): how many accounts had a touch
 * in P, a meeting in P (both up to D), open pipeline at D, and a deal won in the four fiscal
 * quarters ending with P (closed by D). A touch counts for its own account fields; one with
 * only an `opportunityId` counts for that opportunity's account.
 */
export function computeTargetAccounts(
  ctx: MetricContext,
  targetAccounts: readonly TargetAccount[],
  touchpoints: readonly Touchpoint[],
  meetings: readonly Meeting[],
): TargetAccountFigures {
  const c = targetCoverage(ctx, targetAccounts, touchpoints, meetings);
  return {
    accounts: c.targets.length,
    touched: c.touched.size,
    met: c.met.size,
    withPipeline: c.withPipeline.size,
    won: c.won.size,
  };
}
