import type { Meeting, MeetingField } from '../../records';
import { readMeetingKind } from '../choices';
import type { KindDefinition } from '../kind-definition';

/** Meetings from a meetings log: a date, the account met, and optionally the kind and owner. */
export const MEETINGS: KindDefinition<Meeting, MeetingField> = {
  noun: 'meeting',
  fields: [
    {
      field: 'date',
      label: 'Meeting date',
      required: true,
      type: 'date',
      aliases: [
        'meeting date',
        'date',
        'start date',
        'start',
        'start date time',
        'activity date',
        'event date',
        'scheduled date',
        'held on',
      ],
    },
    {
      field: 'accountName',
      label: 'Account name',
      required: false,
      aliases: [
        'account name',
        'account',
        'company',
        'company name',
        'associated company',
        'organization',
        'organisation',
        'customer',
        'related to',
      ],
    },
    {
      field: 'accountId',
      label: 'Account id',
      required: false,
      aliases: ['account id', 'company id', 'associated company id'],
    },
    {
      field: 'kind',
      label: 'Kind (prospect or customer)',
      required: false,
      aliases: [
        'meeting kind',
        'meeting type',
        'kind',
        'type',
        'customer or prospect',
        'prospect or customer',
      ],
    },
    {
      field: 'owner',
      label: 'Owner',
      required: false,
      aliases: [
        'meeting owner',
        'owner',
        'assigned',
        'assigned to',
        'activity owner',
        'organizer',
        'organiser',
        'host',
        'sales rep',
      ],
    },
  ],
  formats: [],
  hallmarks: [
    'meeting date',
    'meeting type',
    'meeting kind',
    'meeting owner',
    'meeting',
    'meeting outcome',
    'kind',
  ],
  requiredGroups: [['date'], ['accountName', 'accountId']],
  keyFields: ['date'],
  hasAmount: false,
  countsSkips: false,
  toRecord: (read) => {
    const date = read.date('date', 'a date');
    const accountId = read.id('accountId');
    const kind = read.choice(
      'kind',
      readMeetingKind,
      'is not a meeting kind (expected prospect or customer)',
    );
    if (read.errors.length > 0 || date === null) return null;
    const accountName = read.text('accountName');
    if (accountName === null && accountId === null) {
      const column = read.has('accountName') ? 'accountName' : 'accountId';
      read.fail(column, `${read.header(column)} is blank; every meeting needs an account.`);
      return null;
    }
    const record: Meeting = { date, accountName, accountId, kind, owner: read.text('owner') };
    return { record, cents: null };
  },
};
