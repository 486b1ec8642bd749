import type { SupportingRecords } from '../shared/metrics';
import type { RecordsByKind } from './load-inputs';

/**
 * The records of every kind beside the opportunities, as the report takes them: each kind's
 * files in command-line order (a later file's account wins a shared id or name), and a kind
 * with no file left out, so the figures resting on it are reported as not measured.
 */
export function supportingRecords(records: RecordsByKind): SupportingRecords {
  const given = <T>(list: readonly T[]): readonly T[] | undefined =>
    list.length > 0 ? list : undefined;
  const supporting: SupportingRecords = {};
  const accounts = given(records.accounts);
  if (accounts) supporting.accounts = accounts;
  const leads = given(records.leads);
  if (leads) supporting.leads = leads;
  const touchpoints = given(records.touchpoints);
  if (touchpoints) supporting.touchpoints = touchpoints;
  const meetings = given(records.meetings);
  if (meetings) supporting.meetings = meetings;
  const targetAccounts = given(records['target-accounts']);
  if (targetAccounts) supporting.targetAccounts = targetAccounts;
  const spend = given(records.spend);
  if (spend) supporting.spend = spend;
  const targets = given(records.targets);
  if (targets) supporting.targets = targets;
  return supporting;
}
