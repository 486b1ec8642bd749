import type { Opportunity, OpportunityField } from '../../records';
import { money } from '../../units';
import { headerKey, MAPPABLE_FIELDS } from '../fields';
import type { FieldSpec, KindDefinition } from '../kind-definition';
import { statusFromFlags, statusFromStage } from '../status';

/**
 * Header keys (see headerKey) that name each field, best first: Salesforce and HubSpot
 * labels, then the common names of hand-made exports.
 */
const FIELD_ALIASES: Record<OpportunityField, readonly string[]> = {
  id: ['opportunity id', 'record id', 'deal id', 'opportunity 18 digit id', 'opp id', 'id'],
  name: ['opportunity name', 'deal name', 'opportunity', 'deal', 'name', 'title'],
  accountId: ['account id', 'company id', 'associated company id', 'customer id'],
  accountName: [
    'account name',
    'associated company',
    'associated company primary',
    'company name',
    'account',
    'company',
    'customer',
    'customer name',
    'organization',
    'organisation',
  ],
  // A converted amount is already in the corporate currency: preferring it keeps a
  // multi-currency org's export importable without conversion rates.
  amount: [
    'amount converted',
    'amount in company currency',
    'amount',
    'deal amount',
    'opportunity amount',
    'value',
    'deal value',
    'close value',
  ],
  currency: [
    'amount converted currency',
    'amount currency',
    'currency',
    'currency code',
    'currency iso code',
    'opportunity currency',
    'deal currency code',
  ],
  createdDate: [
    'created date',
    'create date',
    'created',
    'created on',
    'created at',
    'creation date',
    'date created',
  ],
  closeDate: [
    'close date',
    'closed date',
    'expected close date',
    'closing date',
    'close',
    'closed on',
    'closed at',
  ],
  stage: ['stage', 'deal stage', 'opportunity stage', 'stage name', 'sales stage'],
  forecastCategory: ['forecast category', 'forecast category name', 'forecast'],
  probability: ['probability', 'deal probability', 'win probability'],
  leadSource: [
    'lead source',
    'original source type',
    'original traffic source',
    'original source',
    'opportunity source',
    'deal source',
    'source',
    'channel',
  ],
  type: ['type', 'deal type', 'opportunity type', 'business type'],
  segmentRaw: ['segment', 'market segment', 'customer segment', 'account segment'],
  employees: [
    'employees',
    'number of employees',
    'employee count',
    'no of employees',
    'headcount',
    'account employees',
  ],
  region: ['region', 'sales region', 'territory', 'geo'],
  owner: ['opportunity owner', 'deal owner', 'owner', 'owner name', 'sales rep', 'sales agent'],
  leadId: ['lead id', 'converted lead id', 'original lead id'],
  primaryCampaign: ['primary campaign source', 'primary campaign', 'campaign', 'campaign name'],
  won: ['won', 'is won', 'is closed won'],
  closed: ['closed', 'is closed'],
};

/** Amount columns already converted to one currency; their currency is only the converted one. */
const CONVERTED_AMOUNTS = new Set(['amount converted', 'amount in company currency']);

/** Headers only a Salesforce opportunities report has. */
const SALESFORCE_SIGNS = [
  'opportunity id',
  'opportunity name',
  'opportunity owner',
  'account name',
  'probability',
  'forecast category',
  'primary campaign source',
  'amount currency',
  'fiscal period',
];

/** Headers only a HubSpot deals export has. */
const HUBSPOT_SIGNS = [
  'record id',
  'deal id',
  'deal name',
  'deal stage',
  'deal owner',
  'pipeline',
  'deal type',
  'deal probability',
  'create date',
  'associated company',
  'original source type',
  'original traffic source',
];

/** The opportunity fields read as dates. */
const DATE_FIELDS = new Set<OpportunityField>(['createdDate', 'closeDate']);

/** Every opportunity field with its label and aliases, in MAPPABLE_FIELDS order. */
const FIELDS: FieldSpec<OpportunityField>[] = MAPPABLE_FIELDS.map(({ field, label, required }) => ({
  field,
  label,
  required,
  aliases: FIELD_ALIASES[field],
  ...(DATE_FIELDS.has(field) ? { type: 'date' as const } : {}),
  ...(field === 'probability'
    ? { type: 'percent' as const, fractionHeaders: ['deal probability'] }
    : {}),
}));

/** A currency cell as an upper-case ISO code when it looks like one, else as written. */
function normaliseCurrency(value: string | null): string | null {
  if (value === null) return null;
  // A file names one currency, or a few: the last answer is usually the answer.
  if (value === lastCurrency.value) return lastCurrency.normalised;
  const normalised = /^[a-z]{3}$/i.test(value) ? value.toUpperCase() : value;
  lastCurrency.value = value;
  lastCurrency.normalised = normalised;
  return normalised;
}

/** The cell normaliseCurrency read last and its answer. */
const lastCurrency: { value: string | null; normalised: string | null } = {
  value: null,
  normalised: null,
};

/**
 * Opportunities: Salesforce opportunities reports, HubSpot deals exports, or any CSV with
 * a mapping. Only `id` is required; status comes from won/closed flags, else the stage.
 */
export const OPPORTUNITIES: KindDefinition<Opportunity, OpportunityField> = {
  noun: 'opportunity',
  fields: FIELDS,
  formats: [
    { format: 'salesforce-opportunities', signs: SALESFORCE_SIGNS },
    { format: 'hubspot-deals', signs: HUBSPOT_SIGNS },
  ],
  hallmarks: [
    'opportunity id',
    'opportunity name',
    'opportunity owner',
    'deal id',
    'deal name',
    'deal stage',
    'deal owner',
    'stage',
    'close date',
    'probability',
    'deal probability',
    'forecast category',
    'pipeline',
    'fiscal period',
  ],
  requiredGroups: [['id']],
  keyFields: ['id'],
  // One export is written in one locale; the close date, present in every report, decides first.
  dateOrderPriority: ['closeDate', 'createdDate'],
  hasAmount: true,
  countsSkips: false,
  // A converted amount's currency is only the converted one (see CONVERTED_AMOUNTS).
  skipAlias: (field, alias, mapping) => {
    const amount = mapping.amount;
    return (
      field === 'currency' &&
      amount !== undefined &&
      CONVERTED_AMOUNTS.has(headerKey(amount)) &&
      alias !== 'amount converted currency'
    );
  },
  toRecord: (read, context) => {
    const id = read.id('id', 'an id');
    const amount = read.amount('amount');
    const createdDate = read.date('createdDate');
    const closeDate = read.date('closeDate');
    const probability = read.percent('probability');
    const employees = read.count('employees', 'employees');
    const won = read.flag('won');
    const closed = read.flag('closed');
    if (read.errors.length > 0 || id === null) return null;

    const stage = read.text('stage');
    const status = statusFromFlags(won, closed, statusFromStage(stage, context.stageRules));
    const { cents } = amount;
    const record: Opportunity = {
      id,
      name: read.text('name'),
      accountId: read.text('accountId'),
      accountName: read.text('accountName'),
      amount: cents === null ? null : money(cents / 100),
      currency: read.has('currency') ? normaliseCurrency(read.text('currency')) : amount.currency,
      createdDate,
      closeDate,
      stage,
      status,
      forecastCategory: read.text('forecastCategory'),
      probability,
      leadSource: read.text('leadSource'),
      type: read.text('type'),
      segmentRaw: read.text('segmentRaw'),
      employees,
      region: read.text('region'),
      owner: read.text('owner'),
      leadId: read.text('leadId'),
      primaryCampaign: read.text('primaryCampaign'),
    };
    return { record, cents };
  },
  identity: (record) => ({ key: record.id, shown: record.id }),
  currencyOf: (record) => record.currency,
  withAmount: (record, cents, currency) => ({
    ...record,
    amount: cents === null ? null : money(cents / 100),
    currency,
  }),
};
