import { addDays, daysBetween } from '../calendar';
import type { IsoDate } from '../units';
import { accountNameFactory, campaignFor, opportunityName, OWNERS } from './names';
import type { Rng } from './prng';
import { salesforceId } from './salesforce-ids';

/** One generated opportunity, with the values as the Salesforce report would show them. */
export interface SampleOpportunity {
  id: string;
  name: string;
  accountName: string;
  accountId: string;
  /** `null` for the few open deals nobody priced yet. */
  amount: number | null;
  /** `null` for the few open deals with no close date. */
  closeDate: IsoDate | null;
  createdDate: IsoDate;
  stage: string;
  probability: number;
  forecastCategory: string;
  leadSource: string;
  type: 'New Business' | 'Existing Business';
  owner: string;
  campaign: string;
  employees: number | null;
}

type SourceClass = 'marketing' | 'sales' | 'tele' | 'channel' | 'unknown';
type Size = 'smb' | 'mid' | 'enterprise';

interface Account {
  name: string;
  id: string;
  employees: number | null;
  size: Size;
  owner: string;
}

/** Lead sources as a Salesforce org writes them, their share of deals and who sourced them. */
const LEAD_SOURCES: ReadonlyArray<readonly [readonly [string, SourceClass], number]> = [
  [['Web', 'marketing'], 19],
  [['Webinar', 'marketing'], 8],
  [['Trade Show', 'marketing'], 6],
  [['Paid Search', 'marketing'], 9],
  [['Employee Referral', 'marketing'], 4],
  [['Partner Referral', 'channel'], 8],
  [['Reseller', 'channel'], 5],
  [['SDR Outbound', 'tele'], 10],
  [['BDR Prospecting', 'tele'], 7],
  [['Cold Call', 'sales'], 5],
  [['Sales Generated', 'sales'], 12],
  [['Purchased List', 'unknown'], 3],
  [['', 'unknown'], 4],
];

/** Base win rates: marketing-sourced deals win a bit more often (metrics-relevant realism). */
const WIN_RATE: Readonly<Record<SourceClass, number>> = {
  marketing: 0.3,
  channel: 0.28,
  tele: 0.23,
  sales: 0.2,
  unknown: 0.19,
};

/** Marketing-sourced deals also close faster. */
const CYCLE_FACTOR: Readonly<Record<SourceClass, number>> = {
  marketing: 0.85,
  channel: 0.95,
  tele: 1,
  sales: 1,
  unknown: 1,
};

const CYCLE_DAYS: Readonly<Record<Size, readonly [number, number]>> = {
  smb: [20, 75],
  mid: [40, 130],
  enterprise: [80, 200],
};

/** Salesforce's default stage ladder with its probability and forecast category. */
const OPEN_STAGES = [
  ['Prospecting', 10, 'Pipeline'],
  ['Qualification', 20, 'Pipeline'],
  ['Needs Analysis', 30, 'Pipeline'],
  ['Proposal/Price Quote', 60, 'Best Case'],
  ['Negotiation/Review', 80, 'Commit'],
] as const;

const HISTORY_DAYS = 730;
const OPPORTUNITY_COUNT = 1500;
/** Deals created grow ~9% a quarter, so every quarter beats the one before on average. */
const GROWTH_PER_DAY = Math.log(1.09) / 91;

function roundTo(value: number, step: number): number {
  return Math.round(value / step) * step;
}

function dealSize(rng: Rng, size: Size): number {
  if (size === 'smb') return roundTo(rng.between(8_000, 25_000), 50);
  if (size === 'mid') return roundTo(rng.between(25_000, 90_000), 250);
  // Enterprise deals skew small: most are near 100K, a few near 400K.
  return roundTo(90_000 + 310_000 * rng.next() ** 2, 1_000);
}

function newAccount(rng: Rng, serial: number, nextName: () => string): Account {
  const size = rng.weighted<Size>([
    ['smb', 50],
    ['mid', 35],
    ['enterprise', 15],
  ]);
  const employees =
    size === 'smb'
      ? rng.int(8, 95)
      : size === 'mid'
        ? rng.int(100, 950)
        : roundTo(rng.between(1_000, 25_000), 50);
  return {
    name: nextName(),
    id: salesforceId('001', (serial * 104_729 + 7_919) % 916_132_832),
    // A couple of accounts lack an employee count, as real CRMs do.
    employees: rng.chance(0.02) ? null : employees,
    size,
    owner: rng.pick(OWNERS),
  };
}

/** Created dates over two years up to the anchor, denser towards the anchor (growth). */
function createdDates(rng: Rng, anchorDate: IsoDate): IsoDate[] {
  const start = addDays(anchorDate, -(HISTORY_DAYS - 1));
  const span = Math.exp(GROWTH_PER_DAY * HISTORY_DAYS) - 1;
  const days: number[] = [];
  for (let i = 0; i < OPPORTUNITY_COUNT; i += 1) {
    // Inverse CDF of an exponential density on [0, HISTORY_DAYS), stratified so that
    // growth shows quarter after quarter instead of drowning in sampling noise.
    const u = (i + rng.next()) / OPPORTUNITY_COUNT;
    const t = Math.log(1 + u * span) / GROWTH_PER_DAY;
    days.push(Math.min(HISTORY_DAYS - 1, Math.floor(t)));
  }
  return days.sort((a, b) => a - b).map((d) => addDays(start, d));
}

function openStage(progress: number): (typeof OPEN_STAGES)[number] {
  const index = Math.min(OPEN_STAGES.length - 1, Math.max(0, Math.floor(progress * 5)));
  const stage = OPEN_STAGES[index];
  if (!stage) throw new Error('stage ladder is empty');
  return stage;
}

/** Picks `count` distinct items from `items` with the seeded generator. */
function sample<T>(rng: Rng, items: readonly T[], count: number): T[] {
  const pool = [...items];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

/**
 * Two years of a B2B software company's opportunities up to `anchorDate`: deal size by
 * segment, win rate and cycle by source, growth, open pipeline ahead, and the usual
 * mess (overdue, undated and unpriced open deals).
 */
export function generateSampleOpportunities(rng: Rng, anchorDate: IsoDate): SampleOpportunity[] {
  const nextName = accountNameFactory(rng);
  const accounts: Account[] = [];
  const wins: Array<{ closeDate: IsoDate; account: Account }> = [];
  const deals: SampleOpportunity[] = [];
  const lostRecently: SampleOpportunity[] = [];

  createdDates(rng, anchorDate).forEach((createdDate, index) => {
    const [leadSource, sourceClass] = rng.weighted(LEAD_SOURCES);
    const customers = wins.filter((w) => w.closeDate < createdDate).map((w) => w.account);
    const expansion = customers.length > 0 && rng.chance(0.22);
    let account: Account;
    if (expansion) account = rng.pick(customers);
    else if (accounts.length > 20 && rng.chance(0.1)) account = rng.pick(accounts);
    else {
      account = newAccount(rng, accounts.length + 1, nextName);
      accounts.push(account);
    }

    const size = dealSize(rng, account.size);
    const amount = expansion ? roundTo(size * rng.between(0.3, 0.7), 50) : size;
    const sizeBonus = account.size === 'smb' ? 0.02 : account.size === 'enterprise' ? -0.04 : 0;
    const won = rng.chance(WIN_RATE[sourceClass] + sizeBonus + (expansion ? 0.1 : 0));
    const [low, high] = CYCLE_DAYS[account.size];
    const baseCycle = rng.between(low, high) * CYCLE_FACTOR[sourceClass];
    // Lost deals tend to die before they would have closed.
    const cycle = Math.round(won ? baseCycle : baseCycle * rng.between(0.5, 1));
    const closeDate = addDays(createdDate, Math.min(200, Math.max(20, cycle)));
    const year = Number(createdDate.slice(0, 4));
    const quarter = Math.floor((Number(createdDate.slice(5, 7)) - 1) / 3) + 1;

    const deal: SampleOpportunity = {
      id: salesforceId('006', (index * 7_919 + 104_729) % 916_132_832),
      name: opportunityName(rng, account.name, expansion),
      accountName: account.name,
      accountId: account.id,
      amount,
      closeDate,
      createdDate,
      stage: won ? 'Closed Won' : 'Closed Lost',
      probability: won ? 100 : 0,
      forecastCategory: won ? 'Closed' : 'Omitted',
      leadSource,
      type: expansion ? 'Existing Business' : 'New Business',
      owner: account.owner,
      campaign: campaignFor(rng, leadSource, year, quarter),
      employees: account.employees,
    };

    if (closeDate > anchorDate) {
      const [stage, probability, forecastCategory] = openStage(
        daysBetween(createdDate, anchorDate) / Math.max(1, daysBetween(createdDate, closeDate)),
      );
      Object.assign(deal, { stage, probability, forecastCategory });
    } else if (won) {
      wins.push({ closeDate, account });
    } else if (daysBetween(closeDate, anchorDate) <= 300 && closeDate < anchorDate) {
      lostRecently.push(deal);
    }
    deals.push(deal);
  });

  // Stale pipeline: ~3% of deals that have really died are still open, past their close date.
  for (const deal of sample(rng, lostRecently, Math.round(OPPORTUNITY_COUNT * 0.03))) {
    const [stage, probability, forecastCategory] = openStage(rng.between(0.4, 1));
    Object.assign(deal, { stage, probability, forecastCategory });
  }
  const openAhead = deals.filter((d) => d.closeDate !== null && d.closeDate > anchorDate);
  const picked = sample(rng, openAhead, Math.round(OPPORTUNITY_COUNT * 0.01) + 6);
  // ~1% of open deals were never given a close date, and a few early ones have no amount yet.
  picked.slice(0, Math.round(OPPORTUNITY_COUNT * 0.01)).forEach((deal) => {
    deal.closeDate = null;
  });
  picked.slice(Math.round(OPPORTUNITY_COUNT * 0.01)).forEach((deal) => {
    Object.assign(deal, { amount: null, stage: 'Prospecting', probability: 10 });
    deal.forecastCategory = 'Pipeline';
  });
  return deals;
}
