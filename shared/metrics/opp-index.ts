import type { PreparedOpportunity } from './prepared';
import { accountKey } from '../import/choices';

/**
 * Lookups over one report's opportunities that several sections need, worked out once per
 * `ctx.opps` array. Looking a raw account name or id up in a map costs a cache miss per row
 * (the strings lie scattered over a large heap), so each section repeating it over 200,000
 * opportunities was most of its time; here it is paid once per report.
 */
interface OppIndex {
  /** The report's account names, numbered (see `NameTable`). */
  names: NameTable;
  /** Per opportunity, its account name's number (−1 when blank). */
  oppNumbers?: Int32Array;
  /** Per opportunity, its account-name key. */
  oppNames?: (string | null)[];
  /** Opportunities by the raw value of an id field, made on first use. */
  chains: Partial<Record<OppIdField, ValueChains>>;
}

/**
 * Every raw account name a report's sections have looked up, numbered by its §5 key: one map
 * read per row, and the sections compare small integers rather than keys.
 */
interface NameTable {
  /** Raw name → its key's number, or −1 for a name whose key is blank. */
  ofRaw: Map<string, number>;
  /** Key → its number. */
  ofKey: Map<string, number>;
  /** Number → key. */
  keys: string[];
}

const indexes = new WeakMap<readonly PreparedOpportunity[], OppIndex>();

/** The index of `opps`, made on first use. */
function indexOf(opps: readonly PreparedOpportunity[]): OppIndex {
  let x = indexes.get(opps);
  if (x === undefined) {
    x = { names: { ofRaw: new Map(), ofKey: new Map(), keys: [] }, chains: {} };
    indexes.set(opps, x);
  }
  return x;
}

/** The number of a raw name's key, given one when the key is new; −1 for a blank key. */
function numberOf(table: NameTable, name: string): number {
  let g = table.ofRaw.get(name);
  if (g === undefined) {
    const key = accountKey(name);
    if (key === '') g = -1;
    else {
      g = table.ofKey.get(key);
      if (g === undefined) {
        g = table.keys.length;
        table.ofKey.set(key, g);
        table.keys.push(key);
      }
    }
    table.ofRaw.set(name, g);
  }
  return g;
}

/**
 * The number of a raw account name's §5 key (`accountKey`), −1 for a missing or blank one. Two
 * names share a number exactly when they share a key; numbers are shared by every section
 * computed over the same `opps` and run 0…`nameCount(opps) − 1`.
 */
export function sharedNameNumberer(
  opps: readonly PreparedOpportunity[],
): (name: string | null) => number {
  const table = indexOf(opps).names;
  return (name) => (name === null ? -1 : numberOf(table, name));
}

/**
 * The number `sharedNameNumberer` gives every raw name whose §5 key is `key` (a key as
 * `accountKey` writes it, not blank), numbering the key when it is new: lists that hold keys,
 * such as deduplicated target accounts, then compare by number with the sections' names.
 */
export function sharedKeyNumberer(opps: readonly PreparedOpportunity[]): (key: string) => number {
  const table = indexOf(opps).names;
  return (key) => {
    let g = table.ofKey.get(key);
    if (g === undefined) {
      g = table.keys.length;
      table.ofKey.set(key, g);
      table.keys.push(key);
    }
    return g;
  };
}

/** How many keys `sharedNameNumberer` has numbered so far. */
export function nameCount(opps: readonly PreparedOpportunity[]): number {
  return indexOf(opps).names.keys.length;
}

/** The key of a number that `sharedNameNumberer` gave. */
export function nameOfNumber(opps: readonly PreparedOpportunity[], g: number): string {
  return indexOf(opps).names.keys[g];
}

/**
 * A memoised §5 account-name key (`accountKey`, `null` for a blank name or one without letters
 * or digits), one memo shared by every section computed over the same `opps`.
 */
export function sharedNameKeyer(
  opps: readonly PreparedOpportunity[],
): (name: string | null) => string | null {
  const table = indexOf(opps).names;
  return (name) => {
    if (name === null) return null;
    const g = numberOf(table, name);
    return g === -1 ? null : table.keys[g];
  };
}

/** Each opportunity's account-name number (see `sharedNameNumberer`), by its index in `opps`. */
export function oppNameNumbers(opps: readonly PreparedOpportunity[]): Int32Array {
  const x = indexOf(opps);
  if (x.oppNumbers === undefined) {
    const numbers = new Int32Array(opps.length);
    const table = x.names;
    for (let i = 0; i < opps.length; i++) {
      const name = opps[i].opp.accountName;
      numbers[i] = name === null ? -1 : numberOf(table, name);
    }
    x.oppNumbers = numbers;
  }
  return x.oppNumbers;
}

/** Each opportunity's account-name key (see `sharedNameKeyer`), by its index in `opps`. */
export function oppNameKeys(opps: readonly PreparedOpportunity[]): readonly (string | null)[] {
  const x = indexOf(opps);
  if (x.oppNames === undefined) {
    const numbers = oppNameNumbers(opps);
    const { keys } = x.names;
    const out: (string | null)[] = [];
    for (const g of numbers) out.push(g === -1 ? null : keys[g]);
    x.oppNames = out;
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
