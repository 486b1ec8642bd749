import type { DemandSource, Lead } from '../records';
import type { IsoDate } from '../units';
import type { MetricContext } from './metric-context';
import type { PreparedOpportunity } from './prepared';
import { addDays } from '../calendar';
import { leadSourceClassifier } from '../demand-source';
import { fromCents } from '../money';
import { oppNameNumbers, sharedNameNumberer } from './opp-index';

/** The lead statuses that mean marketing's lead was turned down (metrics.md §10 default list). */
export const DEFAULT_DISQUALIFIED = /no opportunity|disqualified|unqualified|junk/i;

/** Days after a disqualified status within which a non-marketing opportunity counts as stripping. */
export const STRIPPING_WINDOW_DAYS = 90;

/**
 * One stripped opportunity (metrics.md §10): a non-marketing opportunity created within 90 days
 * after a marketing lead on the same account was disqualified, with the lead that explains it.
 */
export interface StrippedPair {
  /** The disqualified lead closest before the opportunity (latest status date). */
  leadId: string;
  /** The lead's status as written. */
  leadStatus: string;
  /** Other disqualified marketing leads of the account that also pair with this opportunity. */
  otherLeadIds: string[];
  opportunityId: string;
  /** The opportunity's account name as written. */
  account: string;
  /** The lead's status date d. */
  statusDate: IsoDate;
  /** The opportunity's created date, in `[d, d + 90 days]`. */
  createdDate: IsoDate;
  /** The opportunity's amount; a blank amount is 0. */
  amount: number;
  /** The opportunity's demand source (never marketing). */
  source: DemandSource;
}

/** Lead-source stripping (metrics.md §10): the drill-down list, its count and its amount. */
export interface StrippingResult {
  /** One entry per stripped opportunity, by created date then the order of the opportunities. */
  strippedPairs: StrippedPair[];
  /** The number of stripped opportunities (`strippedPairs.length`). */
  count: number;
  /** Σ amount of the stripped opportunities, each once. */
  amount: number;
}

/** The §12 `integrity` keys for stripping: the count of pairs and their amount. */
export interface StrippingIntegrity {
  strippedPairs: number;
  strippedAmount: number;
}

interface Candidate {
  created: IsoDate;
  /** Position in ctx.opps: the tie-break that keeps the output deterministic. */
  order: number;
  p: PreparedOpportunity;
}

interface Match {
  candidate: Candidate;
  lead: Lead;
  statusDate: IsoDate;
  others: string[];
}

/** A copy of the pattern without `g`/`y`, whose `test` would otherwise carry state between leads. */
function stateless(pattern: RegExp): RegExp {
  return pattern.global || pattern.sticky
    ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''))
    : pattern;
}

/**
 * Non-marketing opportunities with a created date and an account name, by the number of their
 * normalised account name (`sharedNameNumberer`), oldest first.
 */
function candidatesByAccount(opps: readonly PreparedOpportunity[]): (Candidate[] | undefined)[] {
  const byAccount: (Candidate[] | undefined)[] = [];
  const names = oppNameNumbers(opps);
  opps.forEach((p, order) => {
    const { createdDate } = p.opp;
    // ctx.opps already drops deals created after D, so every candidate is created ≤ D.
    if (p.source === 'marketing' || createdDate === null) return;
    const g = names[order];
    if (g === -1) return;
    const list = byAccount[g];
    if (list === undefined) byAccount[g] = [{ created: createdDate, order, p }];
    else list.push({ created: createdDate, order, p });
  });
  for (const list of byAccount) {
    if (list === undefined || list.length < 2) continue;
    list.sort((a, b) =>
      a.created < b.created ? -1 : a.created > b.created ? 1 : a.order - b.order,
    );
  }
  return byAccount;
}

/** The first index whose created date is ≥ `date` (binary search on the sorted list). */
function firstFrom(list: readonly Candidate[], date: IsoDate): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].created < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds lead-source stripping (metrics.md §10): a marketing lead with a status matching
 * `disqualified` at its status date d ≤ D, followed by a non-marketing opportunity on the same
 * normalised account created in `[d, d + 90 days]` and ≤ D. Each opportunity is reported and
 * summed once, paired with the lead of the latest such d.
 */
export function computeStripping(
  ctx: MetricContext,
  leads: readonly Lead[],
  disqualified: RegExp = DEFAULT_DISQUALIFIED,
): StrippingResult {
  const isDisqualified = stateless(disqualified);
  const sourceOf = leadSourceClassifier(ctx.settings.demandSourceTable);
  const numberOf = sharedNameNumberer(ctx.opps);
  const byAccount = candidatesByAccount(ctx.opps);
  const matches = new Map<Candidate, Match>();
  // Status dates repeat across many leads: work out each window's end once.
  const windowEnd = new Map<IsoDate, IsoDate>();
  for (const lead of leads) {
    const d = lead.statusDate;
    if (d === null || d > ctx.asOf || lead.createdDate > ctx.asOf) continue;
    if (lead.accountName === null || lead.status === null) continue;
    if (!isDisqualified.test(lead.status)) continue;
    if (sourceOf(lead.leadSource) !== 'marketing') continue;
    const g = numberOf(lead.accountName);
    const list = g === -1 ? undefined : byAccount[g];
    if (list === undefined) continue;
    let last = windowEnd.get(d);
    if (last === undefined) {
      last = addDays(d, STRIPPING_WINDOW_DAYS);
      windowEnd.set(d, last);
    }
    for (let i = firstFrom(list, d); i < list.length && list[i].created <= last; i++) {
      const candidate = list[i];
      const previous = matches.get(candidate);
      if (previous === undefined) {
        matches.set(candidate, { candidate, lead, statusDate: d, others: [] });
      } else if (d > previous.statusDate) {
        // The latest disqualification before the deal is the one that most plausibly explains it.
        previous.others.push(previous.lead.id);
        previous.lead = lead;
        previous.statusDate = d;
      } else {
        // An equal or earlier status date keeps the lead found first (the leads file's order).
        previous.others.push(lead.id);
      }
    }
  }
  const ordered = [...matches.values()].sort((a, b) =>
    a.candidate.created < b.candidate.created
      ? -1
      : a.candidate.created > b.candidate.created
        ? 1
        : a.candidate.order - b.candidate.order,
  );
  let cents = 0;
  const strippedPairs = ordered.map((m): StrippedPair => {
    const { p, created } = m.candidate;
    cents += p.cents;
    return {
      leadId: m.lead.id,
      leadStatus: m.lead.status ?? '',
      otherLeadIds: m.others,
      opportunityId: p.opp.id,
      account: p.opp.accountName ?? '',
      statusDate: m.statusDate,
      createdDate: created,
      amount: fromCents(p.cents),
      source: p.source,
    };
  });
  return { strippedPairs, count: strippedPairs.length, amount: fromCents(cents) };
}

/** The `integrity.strippedPairs` (a count) and `integrity.strippedAmount` of metrics.md §12. */
export function strippingIntegrity(result: StrippingResult): StrippingIntegrity {
  return { strippedPairs: result.count, strippedAmount: result.amount };
}
