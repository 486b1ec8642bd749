import type { Touchpoint, TouchpointField } from '../../records';
import type { KindDefinition } from '../kind-definition';

/** Header keys of a Salesforce campaign members report. */
const CAMPAIGN_MEMBER_SIGNS = [
  'campaign name',
  'campaign type',
  'member status',
  'responded',
  'first responded date',
  'lead id',
  'contact id',
  'company account',
];

/**
 * Touchpoints: Salesforce campaign members (only members that responded are touches),
 * campaign influence reports (which add the opportunity), or a generic touchpoint file
 * where every row is a touch dated by its date column (import.md).
 */
export const TOUCHPOINTS: KindDefinition<Touchpoint, TouchpointField> = {
  noun: 'touchpoint',
  fields: [
    {
      field: 'date',
      label: 'Touch date',
      required: false,
      type: 'date',
      aliases: [
        'touch date',
        'touchpoint date',
        'date',
        'activity date',
        'interaction date',
        'created date',
        'member created date',
        'create date',
        'timestamp',
      ],
    },
    {
      field: 'firstRespondedDate',
      label: 'First responded date',
      required: false,
      type: 'date',
      aliases: ['first responded date', 'responded date', 'first response date'],
    },
    {
      field: 'responded',
      label: 'Responded (true/false)',
      required: false,
      aliases: ['responded', 'has responded'],
    },
    {
      field: 'opportunityId',
      label: 'Opportunity id',
      required: false,
      aliases: ['opportunity id', 'deal id', 'opportunity 18 digit id'],
    },
    {
      field: 'accountId',
      label: 'Account id',
      required: false,
      aliases: ['account id', 'company id', 'associated company id'],
    },
    {
      field: 'accountName',
      label: 'Account name',
      required: false,
      aliases: [
        'account name',
        'company account',
        'company',
        'associated company',
        'company name',
        'account',
        'organization',
        'organisation',
      ],
    },
    {
      field: 'leadId',
      label: 'Lead id',
      required: false,
      aliases: ['lead id', 'lead or contact id', 'person id'],
    },
    {
      field: 'contactId',
      label: 'Contact id',
      required: false,
      aliases: ['contact id', 'contact record id'],
    },
    {
      field: 'campaign',
      label: 'Campaign',
      required: false,
      aliases: ['campaign name', 'campaign', 'campaign title', 'utm campaign'],
    },
    {
      field: 'channel',
      label: 'Channel',
      required: false,
      aliases: [
        'campaign type',
        'channel',
        'touch channel',
        'marketing channel',
        'medium',
        'utm medium',
        'source',
      ],
    },
    {
      field: 'type',
      label: 'Touch type',
      required: false,
      aliases: [
        'member status',
        'touch type',
        'touchpoint type',
        'interaction type',
        'activity type',
        'status',
        'type',
      ],
    },
  ],
  formats: [
    { format: 'salesforce-campaign-members', signs: CAMPAIGN_MEMBER_SIGNS },
    {
      format: 'salesforce-campaign-influence',
      signs: [
        ...CAMPAIGN_MEMBER_SIGNS,
        'opportunity id',
        'opportunity name',
        'influence',
        'revenue share',
      ],
    },
  ],
  hallmarks: [
    'campaign name',
    'campaign type',
    'member status',
    'responded',
    'first responded date',
    'influence',
    'revenue share',
    'touch date',
    'touchpoint date',
    'touch type',
    'touchpoint type',
    'campaign',
    'utm campaign',
  ],
  requiredGroups: [
    ['date', 'firstRespondedDate'],
    ['opportunityId', 'accountId', 'accountName', 'leadId', 'contactId'],
  ],
  keyFields: ['date', 'firstRespondedDate'],
  dateOrderPriority: ['firstRespondedDate', 'date'],
  hasAmount: false,
  countsSkips: true,
  toRecord: (read) => {
    const responded = read.flag('responded');
    const firstResponded = read.date('firstRespondedDate');
    const isCampaignMembers = read.has('responded') || read.has('firstRespondedDate');
    // A member that was only sent something is not a touch (import.md): skipped, not rejected.
    if (
      isCampaignMembers &&
      read.errors.length === 0 &&
      responded !== true &&
      firstResponded === null
    ) {
      return 'skip';
    }
    const created = read.date('date');
    const opportunityId = read.id('opportunityId');
    const accountId = read.id('accountId');
    const leadId = read.id('leadId');
    const contactId = read.id('contactId');
    const accountName = read.text('accountName');
    if (read.errors.length > 0) return null;
    const date = firstResponded ?? created;
    if (date === null) {
      const columns = read.has('firstRespondedDate')
        ? `${read.header('firstRespondedDate')}${read.has('date') ? ` and ${read.header('date')} are` : ' is'}`
        : `${read.header('date')} is`;
      read.fail(
        read.has('date') ? 'date' : 'firstRespondedDate',
        `${columns} blank; every touchpoint needs a date.`,
      );
      return null;
    }
    const lead = leadId ?? contactId;
    if (opportunityId === null && accountId === null && accountName === null && lead === null) {
      read.fail(
        null,
        'This row names no opportunity id, account id, account name or lead id, so the touch links to nothing; every touchpoint needs one of them.',
      );
      return null;
    }
    const record: Touchpoint = {
      date,
      opportunityId,
      accountId,
      accountName,
      leadId: lead,
      campaign: read.text('campaign'),
      channel: read.text('channel'),
      type: read.text('type'),
    };
    return { record, cents: null };
  },
};
