import type { PreparedOpportunity } from './prepared';
import { accountKey } from '../import/choices';

/**
 * Lookups over one report's opportunities that several sections need, worked out once per
 * `ctx.opps` array. Looking a raw account name or id up in a map costs a cache miss per row
 * (the strings lie scattered over a large heap), so each section repeating it over 200,000
 * opportunities was most of its time; here it is paid once per report.
 */
interface OppIndex {
  /** Raw account name → its §5 key (`null` when blank), shared by every section of the report. */
  nameKeys: Map<string, string | null>;
  /** Per opportunity, its account-name key. */
  oppNames?: (string | null)[];
  /** Opportunities by the raw value of an id field, made on first use. */
  chains: Partial<Record<OppIdField, ValueChains>>;
}

const indexes = new WeakMap<readonly PreparedOpportunity[], OppIndex>();

/** The index of `opps`, made on first use. */
function indexOf(opps: readonly PreparedOpportunity[]): OppIndex {
  let x = indexes.get(opps);
  if (x === undefined) {
    x = { nameKeys: new Map(), chains: {} };
    indexes.set(opps, x);
  }
  return x;
}

/**
 * A memoised §5 account-name key (`accountKey`, `null` for a blank name or one without letters
 * or digits), one memo shared by every section computed over the same `opps`.
 */
export function sharedNameKeyer(
  opps: readonly PreparedOpportunity[],
): (name: string | null) => string | null {
  const seen = indexOf(opps).nameKeys;
  return (name) => {
    if (name === null) return null;
    let key = seen.get(name);
    if (key === undefined) {
      const k = accountKey(name);
      key = k === '' ? null : k;
      seen.set(name, key);
    }
    return key;
  };
}

/** Each opportunity's account-name key (see `sharedNameKeyer`), by its index in `opps`. */
export function oppNameKeys(opps: readonly PreparedOpportunity[]): readonly (string | null)[] {
  const x = indexOf(opps);
  if (x.oppNames === undefined) {
    const nameOf = sharedNameKeyer(opps);
    x.oppNames = opps.map((p) => nameOf(p.opp.accountName));
  }
  return x.oppNames;
}

/** The opportunity fields `forEachWith` finds opportunities by. */
export type OppIdField = 'id' | 'leadId';

/** Per field: raw value → first opportunity carrying it; later ones chain through `next`. */
interface ValueChains {
  first: Map<string, number>;
  next: Int32Array;
  /** Per first index, the last opportunity of its value. */
  tail: Int32Array;
}

/** The chains of one field over `opps`. */
function chainsOf(opps: readonly PreparedOpportunity[], field: OppIdField): ValueChains {
  const first = new Map<string, number>();
  const next = new Int32Array(opps.length).fill(-1);
  // Per first index, the last one of its value so far: duplicates are rare, one map suffices.
  const tail = new Int32Array(opps.length);
  opps.forEach((p, i) => {
    const value = p.opp[field];
    if (value === null) return;
    const f = first.get(value);
    if (f === undefined) {
      first.set(value, i);
      tail[i] = i;
    } else {
      next[tail[f]] = i;
      tail[f] = i;
    }
  });
  return { first, next, tail };
}

/** The chains of one field over `opps`, made once per report. */
function sharedChains(opps: readonly PreparedOpportunity[], field: OppIdField): ValueChains {
  const x = indexOf(opps);
  let chains = x.chains[field];
  if (chains === undefined) {
    chains = chainsOf(opps, field);
    x.chains[field] = chains;
  }
  return chains;
}

/**
 * A lookup giving the index of the last opportunity whose `field` is exactly a value (raw, not
 * keyed), else −1. Take it once and call it per row: it holds the index, so rows cost one map read.
 */
export function lastWithLookup(
  opps: readonly PreparedOpportunity[],
  field: OppIdField,
): (value: string) => number {
  const { first, tail } = sharedChains(opps, field);
  return (value) => {
    const f = first.get(value);
    return f === undefined ? -1 : tail[f];
  };
}

/**
 * Calls `each` with the index of every opportunity whose `field` is exactly `value` (raw, not
 * keyed), in the order of `opps`. Meant for sections whose id keyer keeps every id as it is.
 */
export function forEachWith(
  opps: readonly PreparedOpportunity[],
  field: OppIdField,
  value: string,
  each: (index: number) => void,
): void {
  const chains = sharedChains(opps, field);
  const { next } = chains;
  for (let i = chains.first.get(value) ?? -1; i !== -1; i = next[i]) each(i);
}
