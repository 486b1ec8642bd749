import type { TargetAccount, TargetAccountField } from '../../records';
import { accountKey } from '../choices';
import type { KindDefinition } from '../kind-definition';

/** A target-account (ABM) list: the accounts marketing goes after, with tier and owner. */
export const TARGET_ACCOUNTS: KindDefinition<TargetAccount, TargetAccountField> = {
  noun: 'target account',
  fields: [
    {
      field: 'accountName',
      label: 'Account name',
      required: false,
      aliases: [
        'account name',
        'account',
        'company',
        'company name',
        'name',
        'organization',
        'organisation',
      ],
    },
    {
      field: 'accountId',
      label: 'Account id',
      required: false,
      aliases: ['account id', 'company id', 'record id', 'id'],
    },
    {
      field: 'tier',
      label: 'Tier',
      required: false,
      aliases: [
        'tier',
        'account tier',
        'target tier',
        'abm tier',
        'target account tier',
        'priority',
      ],
    },
    {
      field: 'owner',
      label: 'Owner',
      required: false,
      aliases: ['owner', 'account owner', 'company owner', 'sales rep', 'account executive'],
    },
  ],
  formats: [],
  hallmarks: [
    'tier',
    'account tier',
    'target tier',
    'abm tier',
    'target account tier',
    'target account',
    'target accounts',
  ],
  requiredGroups: [['accountName', 'accountId']],
  keyFields: ['accountName', 'accountId'],
  hasAmount: false,
  countsSkips: false,
  toRecord: (read) => {
    const accountId = read.id('accountId');
    if (read.errors.length > 0) return null;
    const accountName = read.text('accountName');
    if (accountId === null && accountName === null) {
      read.fail(
        null,
        'This row has neither an account name nor an account id; every target account needs one of them.',
      );
      return null;
    }
    const record: TargetAccount = {
      accountName,
      accountId,
      tier: read.text('tier'),
      owner: read.text('owner'),
    };
    return { record, cents: null };
  },
  identity: (record) =>
    record.accountId !== null
      ? { key: record.accountId, shown: record.accountId }
      : record.accountName === null
        ? null
        : { key: `name ${accountKey(record.accountName)}`, shown: record.accountName },
};
