import { companyNameFactory, OWNERS } from './names';
import type { Rng } from './prng';
import { salesforceId } from './salesforce-ids';
import type { SampleAccount, SampleWorld } from './world';
import { compareText } from './world';

/** One row of the target-account (ABM) list. */
export interface SampleTargetAccount {
  name: string;
  id: string;
  tier: 'Tier 1' | 'Tier 2' | 'Tier 3';
  owner: string;
  employees: number;
  /** The account among the opportunities' accounts, or `null` for one no deal was opened with yet. */
  account: SampleAccount | null;
}

/** How many accounts marketing goes after: most already have deals, some are not worked yet. */
export const TARGET_ACCOUNT_COUNT = 150;
const PROSPECT_COUNT = 40;

/** Larger accounts are likelier targets: ABM lists favour enterprise. */
function weightOf(account: SampleAccount): number {
  const employees = account.employees ?? 0;
  if (employees >= 1000) return 6;
  if (employees >= 100) return 2;
  return 0.4;
}

function tierOf(rng: Rng, employees: number): SampleTargetAccount['tier'] {
  if (employees >= 1000) return rng.chance(0.6) ? 'Tier 1' : 'Tier 2';
  if (employees >= 100) return rng.chance(0.3) ? 'Tier 2' : 'Tier 3';
  return 'Tier 3';
}

/**
 * Harborline's target-account list: TARGET_ACCOUNT_COUNT − PROSPECT_COUNT of the deals'
 * accounts (weighted towards the large ones) and PROSPECT_COUNT companies with no deal yet,
 * named unlike any deal's account or lead's company (`taken`, normalised names).
 */
export function generateSampleTargetAccounts(
  rng: Rng,
  world: SampleWorld,
  taken: ReadonlySet<string>,
): SampleTargetAccount[] {
  const pool = [...world.accounts];
  const chosen: SampleTargetAccount[] = [];
  const fromDeals = Math.min(TARGET_ACCOUNT_COUNT - PROSPECT_COUNT, pool.length);
  for (let i = 0; i < fromDeals; i += 1) {
    const total = pool.reduce((sum, a) => sum + weightOf(a), 0);
    let roll = rng.next() * total;
    let at = pool.length - 1;
    for (let j = 0; j < pool.length; j += 1) {
      roll -= weightOf(pool[j]);
      if (roll < 0) {
        at = j;
        break;
      }
    }
    const [account] = pool.splice(at, 1);
    if (account === undefined) break;
    const employees = account.employees ?? 0;
    chosen.push({
      name: account.name,
      id: account.id,
      tier: tierOf(rng, employees),
      owner: account.owner,
      employees,
      account,
    });
  }
  const nextName = companyNameFactory(rng, new Set([...world.accountKeys, ...taken]));
  for (let i = 0; i < PROSPECT_COUNT; i += 1) {
    const employees = rng.chance(0.6) ? rng.int(1, 40) * 500 : rng.int(2, 9) * 100;
    const name = nextName();
    chosen.push({
      name,
      // Serials far above the deals' accounts' keep the ids distinct from theirs.
      id: salesforceId('001', ((500_000 + i) * 104_729 + 7_919) % 916_132_832),
      tier: tierOf(rng, employees),
      owner: rng.pick(OWNERS),
      employees,
      account: null,
    });
  }
  return chosen.sort((a, b) => compareText(a.tier, b.tier) || compareText(a.name, b.name));
}
