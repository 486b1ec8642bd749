import type { Account, AccountField } from '../../records';
import { accountKey } from '../choices';
import type { KindDefinition } from '../kind-definition';

/** Accounts (Salesforce accounts report, HubSpot companies export): joined to opportunities by id or normalised name. */
export const ACCOUNTS: KindDefinition<Account, AccountField> = {
  noun: 'account',
  fields: [
    {
      field: 'id',
      label: 'Account id',
      required: false,
      aliases: ['account id', 'record id', 'company id', 'account 18 digit id', 'id'],
    },
    {
      field: 'name',
      label: 'Account name',
      required: false,
      aliases: [
        'account name',
        'company name',
        'name',
        'company',
        'account',
        'organization',
        'organisation',
      ],
    },
    {
      field: 'employees',
      label: 'Employees',
      required: false,
      aliases: [
        'employees',
        'number of employees',
        'employee count',
        'no of employees',
        'headcount',
      ],
    },
    {
      field: 'segmentRaw',
      label: 'Segment',
      required: false,
      aliases: ['segment', 'market segment', 'customer segment', 'account segment'],
    },
    {
      field: 'region',
      label: 'Region',
      required: false,
      aliases: [
        'region',
        'sales region',
        'territory',
        'geo',
        'country region',
        'billing country',
        'country',
      ],
    },
  ],
  formats: [
    {
      format: 'salesforce-accounts',
      signs: [
        'account id',
        'account name',
        'account owner',
        'billing country',
        'billing state province',
        'industry',
        'employees',
        'annual revenue',
        'type',
      ],
    },
    {
      format: 'hubspot-companies',
      signs: [
        'record id',
        'company name',
        'company owner',
        'company domain name',
        'number of employees',
        'country region',
        'industry',
        'annual revenue',
        'create date',
      ],
    },
  ],
  hallmarks: [
    'employees',
    'number of employees',
    'industry',
    'annual revenue',
    'billing country',
    'billing state province',
    'company domain name',
    'segment',
    'region',
    'country region',
  ],
  requiredGroups: [['id', 'name']],
  keyFields: ['id', 'name'],
  hasAmount: false,
  countsSkips: false,
  toRecord: (read) => {
    const id = read.id('id');
    const employees = read.count('employees', 'employees');
    if (read.errors.length > 0) return null;
    const name = read.text('name');
    if (id === null && name === null) {
      read.fail(
        null,
        'This row has neither an account id nor a name; every account needs one of them.',
      );
      return null;
    }
    const record: Account = {
      id,
      name,
      employees,
      segmentRaw: read.text('segmentRaw'),
      region: read.text('region'),
    };
    return { record, cents: null };
  },
  identity: (record) =>
    record.id !== null
      ? { key: record.id, shown: record.id }
      : record.name === null
        ? null
        : { key: `name ${accountKey(record.name)}`, shown: record.name },
};
