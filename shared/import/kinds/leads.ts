import type { Lead, LeadField } from '../../records';
import type { KindDefinition } from '../kind-definition';

/**
 * Leads and contacts: Salesforce leads reports and HubSpot contacts exports, whose
 * "Became a … Date" lifecycle columns give the MQL, SQL, opportunity and customer dates.
 */
export const LEADS: KindDefinition<Lead, LeadField> = {
  noun: 'lead',
  fields: [
    {
      field: 'id',
      label: 'Lead id',
      required: true,
      aliases: [
        'lead id',
        'record id',
        'contact id',
        'lead 18 digit id',
        'contact 18 digit id',
        'mql id',
        'id',
      ],
    },
    {
      field: 'createdDate',
      label: 'Created date',
      required: true,
      type: 'date',
      aliases: [
        'created date',
        'create date',
        'created',
        'created on',
        'created at',
        'creation date',
        'date created',
        'first contact date',
      ],
    },
    {
      field: 'accountName',
      label: 'Company / account',
      required: false,
      aliases: [
        'company account',
        'company',
        'associated company',
        'associated company primary',
        'company name',
        'account name',
        'account',
        'organization',
        'organisation',
      ],
    },
    {
      field: 'email',
      label: 'Email',
      required: false,
      aliases: ['email', 'email address', 'e mail'],
    },
    {
      field: 'leadSource',
      label: 'Lead source',
      required: false,
      aliases: [
        'lead source',
        'original source',
        'original source type',
        'original traffic source',
        'source',
        'origin',
        'channel',
      ],
    },
    { field: 'status', label: 'Lead status', required: false, aliases: ['lead status', 'status'] },
    {
      field: 'statusDate',
      label: 'Status date',
      required: false,
      type: 'date',
      aliases: [
        'lead status date',
        'status date',
        'status changed date',
        'last status change date',
      ],
    },
    {
      field: 'lifecycleStage',
      label: 'Lifecycle stage',
      required: false,
      aliases: ['lifecycle stage'],
    },
    {
      field: 'mqlDate',
      label: 'MQL date',
      required: false,
      type: 'date',
      aliases: [
        'became a marketing qualified lead date',
        'mql date',
        'marketing qualified date',
        'date became mql',
      ],
    },
    {
      field: 'sqlDate',
      label: 'SQL date',
      required: false,
      type: 'date',
      aliases: [
        'became a sales qualified lead date',
        'sql date',
        'sales qualified date',
        'date became sql',
      ],
    },
    {
      field: 'opportunityDate',
      label: 'Opportunity date',
      required: false,
      type: 'date',
      aliases: ['became an opportunity date', 'opportunity date'],
    },
    {
      field: 'customerDate',
      label: 'Customer date',
      required: false,
      type: 'date',
      aliases: ['became a customer date', 'customer date'],
    },
    {
      field: 'converted',
      label: 'Converted (true/false)',
      required: false,
      aliases: ['converted', 'is converted'],
    },
    {
      field: 'convertedDate',
      label: 'Converted date',
      required: false,
      type: 'date',
      aliases: ['converted date', 'conversion date'],
    },
    {
      field: 'convertedOpportunityId',
      label: 'Converted opportunity id',
      required: false,
      aliases: ['converted opportunity id', 'converted opportunity', 'opportunity id'],
    },
  ],
  formats: [
    {
      format: 'salesforce-leads',
      signs: [
        'lead id',
        'company account',
        'lead status',
        'converted',
        'converted date',
        'converted opportunity',
        'converted opportunity id',
        'lead owner',
      ],
    },
    {
      format: 'hubspot-contacts',
      signs: [
        'record id',
        'contact id',
        'create date',
        'lifecycle stage',
        'lead status',
        'original source',
        'original source drill down 1',
        'original source drill down 2',
        'became a lead date',
        'became a marketing qualified lead date',
        'became a sales qualified lead date',
        'became an opportunity date',
        'became a customer date',
        'associated company',
      ],
    },
  ],
  hallmarks: [
    'lead id',
    'lead status',
    'lead owner',
    'converted',
    'converted date',
    'converted opportunity',
    'converted opportunity id',
    'email',
    'lifecycle stage',
    'became a lead date',
    'became a marketing qualified lead date',
    'became a sales qualified lead date',
    'became an opportunity date',
    'became a customer date',
    'original source drill down 1',
  ],
  requiredGroups: [['id'], ['createdDate']],
  keyFields: ['id'],
  dateOrderPriority: [
    'createdDate',
    'convertedDate',
    'mqlDate',
    'sqlDate',
    'opportunityDate',
    'customerDate',
    'statusDate',
  ],
  hasAmount: false,
  countsSkips: false,
  toRecord: (read) => {
    const id = read.id('id', 'an id');
    const createdDate = read.date('createdDate', 'a created date');
    const statusDate = read.date('statusDate');
    const mqlDate = read.date('mqlDate');
    const sqlDate = read.date('sqlDate');
    const opportunityDate = read.date('opportunityDate');
    const customerDate = read.date('customerDate');
    const converted = read.flag('converted');
    const convertedDate = read.date('convertedDate');
    const convertedOpportunityId = read.id('convertedOpportunityId');
    if (read.errors.length > 0 || id === null || createdDate === null) return null;
    const record: Lead = {
      id,
      createdDate,
      accountName: read.text('accountName'),
      email: read.text('email'),
      leadSource: read.text('leadSource'),
      status: read.text('status'),
      statusDate,
      lifecycleStage: read.text('lifecycleStage'),
      mqlDate,
      sqlDate,
      opportunityDate,
      customerDate,
      converted,
      convertedDate,
      convertedOpportunityId,
    };
    return { record, cents: null };
  },
  identity: (record) => ({ key: record.id, shown: record.id }),
};
