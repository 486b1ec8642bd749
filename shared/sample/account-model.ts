import type { Rng } from './prng';
import type { SampleTargetAccount } from './target-account-model';
import type { SampleWorld } from './world';

/** One row of the accounts report. */
export interface SampleAccountRow {
  id: string;
  name: string;
  type: 'Customer' | 'Prospect';
  industry: string;
  country: string;
  /** As on the deals (blank where they are), so the accounts never change a deal's segment. */
  employees: number | null;
  owner: string;
}

const INDUSTRIES = [
  'Technology',
  'Manufacturing',
  'Healthcare',
  'Financial Services',
  'Retail',
  'Transportation',
  'Media',
  'Energy',
  'Education',
  'Hospitality',
] as const;

const COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['United States', 58],
  ['United Kingdom', 12],
  ['Canada', 9],
  ['Germany', 8],
  ['Australia', 6],
  ['Netherlands', 4],
  ['Ireland', 3],
];

/**
 * Harborline's accounts report: every account of the deals (a customer once it has won one) and
 * the target accounts no deal was opened with yet, with industry and billing country.
 */
export function generateSampleAccounts(
  rng: Rng,
  world: SampleWorld,
  targetAccounts: readonly SampleTargetAccount[],
): SampleAccountRow[] {
  const rows: SampleAccountRow[] = world.accounts.map((account) => ({
    id: account.id,
    name: account.name,
    type: account.firstWin === null ? 'Prospect' : 'Customer',
    industry: rng.pick(INDUSTRIES),
    country: rng.weighted(COUNTRIES),
    employees: account.employees,
    owner: account.owner,
  }));
  for (const target of targetAccounts) {
    if (target.account !== null) continue;
    rows.push({
      id: target.id,
      name: target.name,
      type: 'Prospect',
      industry: rng.pick(INDUSTRIES),
      country: rng.weighted(COUNTRIES),
      employees: target.employees,
      owner: target.owner,
    });
  }
  return rows;
}
