import { accountJoinSummary } from '../shared/metrics';
import type { Account, Opportunity } from '../shared/records';

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * The stderr note on joining `--accounts` to the opportunities: how many deals took their
 * segment, employees or region from an account, and how many name an account the files lack.
 * `null` without accounts, when there is nothing to say.
 */
export function accountJoinNote(
  opportunities: readonly Opportunity[],
  accounts: readonly Account[],
): string | null {
  if (accounts.length === 0) return null;
  const { linked, enriched, unmatched } = accountJoinSummary(opportunities, accounts);
  const missing =
    unmatched === 0
      ? ''
      : ` ${plural(unmatched, 'opportunity names an account', 'opportunities name accounts')} not in the accounts files.`;
  return (
    `Accounts: ${plural(linked, 'opportunity', 'opportunities')} linked to an account by id or name; ` +
    `${enriched.toLocaleString('en-US')} of them took a blank segment, employee count or region from it.${missing}`
  );
}
