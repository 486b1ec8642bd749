import type { Spend, SpendField } from '../../records';
import { money } from '../../units';
import { readSpendPeriod } from '../choices';
import type { KindDefinition } from '../kind-definition';

/** Marketing spend: an amount per channel and period (a fiscal quarter or a month) or per day. */
export const SPEND: KindDefinition<Spend, SpendField> = {
  noun: 'spend row',
  fields: [
    {
      field: 'period',
      label: 'Period (FY2026-Q3 or 2026-03)',
      required: false,
      aliases: ['period', 'month', 'quarter', 'fiscal period', 'fiscal quarter', 'spend period'],
    },
    {
      field: 'date',
      label: 'Date',
      required: false,
      type: 'date',
      aliases: ['date', 'spend date', 'invoice date', 'transaction date', 'day'],
    },
    {
      field: 'channel',
      label: 'Channel',
      required: true,
      aliases: ['channel', 'marketing channel', 'campaign type', 'source', 'medium', 'category'],
    },
    {
      field: 'amount',
      label: 'Amount spent',
      required: true,
      aliases: [
        'spend',
        'amount',
        'cost',
        'amount spent',
        'spend amount',
        'media spend',
        'total spend',
        'total cost',
        'budget spent',
      ],
    },
    {
      field: 'currency',
      label: 'Currency',
      required: false,
      aliases: ['currency', 'currency code'],
    },
    {
      field: 'campaign',
      label: 'Campaign',
      required: false,
      aliases: ['campaign', 'campaign name'],
    },
  ],
  formats: [],
  hallmarks: [
    'spend',
    'cost',
    'amount spent',
    'spend amount',
    'media spend',
    'total spend',
    'total cost',
    'budget spent',
  ],
  requiredGroups: [['period', 'date'], ['channel'], ['amount']],
  keyFields: ['channel'],
  hasAmount: true,
  countsSkips: false,
  toRecord: (read) => {
    const period = read.choice(
      'period',
      readSpendPeriod,
      'is not a period (expected a fiscal quarter like FY2026-Q3 or a month like 2026-03)',
    );
    const date = read.date('date');
    const channel = read.text('channel');
    if (channel === null) read.failBlank('channel', 'a channel');
    const amount = read.amount('amount', 'an amount');
    if (read.errors.length > 0 || channel === null || amount.cents === null) return null;
    if (period === null && date === null) {
      const column = read.has('period') ? 'period' : 'date';
      read.fail(
        column,
        `${read.header(column)} is blank; every spend row needs a period or a date.`,
      );
      return null;
    }
    const currencyCell = read.text('currency');
    const record: Spend = {
      period,
      date,
      channel,
      amount: money(amount.cents / 100),
      currency: read.has('currency')
        ? currencyCell === null
          ? null
          : currencyCell.toUpperCase()
        : amount.currency,
      campaign: read.text('campaign'),
    };
    return { record, cents: amount.cents };
  },
  currencyOf: (record) => record.currency,
  // Spend rows always have an amount; a blank one was rejected.
  withAmount: (record, cents, currency) => ({
    ...record,
    amount: money((cents ?? 0) / 100),
    currency,
  }),
};
