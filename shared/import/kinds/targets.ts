import type { Target, TargetField } from '../../records';
import { money } from '../../units';
import {
  readFiscalQuarter,
  readTargetDemandSource,
  readTargetKind,
  readTargetSegment,
} from '../choices';
import type { KindDefinition } from '../kind-definition';

/** Targets (metrics.md §1): pipeline or revenue to reach per fiscal quarter, demand source and segment. */
export const TARGETS: KindDefinition<Target, TargetField> = {
  noun: 'target',
  fields: [
    {
      field: 'period',
      label: 'Period (FY2026-Q3)',
      required: true,
      aliases: ['period', 'quarter', 'fiscal quarter', 'fiscal period'],
    },
    {
      field: 'demandSource',
      label: 'Demand source',
      required: true,
      aliases: ['demand source', 'demandsource', 'source'],
    },
    { field: 'segment', label: 'Segment', required: true, aliases: ['segment', 'market segment'] },
    {
      field: 'kind',
      label: 'Kind (pipeline or revenue)',
      required: true,
      aliases: ['kind', 'target kind', 'target type', 'metric', 'type'],
    },
    {
      field: 'amount',
      label: 'Amount',
      required: true,
      aliases: ['amount', 'target', 'target amount', 'value', 'quota'],
    },
  ],
  formats: [],
  hallmarks: [
    'demand source',
    'demandsource',
    'target',
    'target amount',
    'target kind',
    'target type',
    'quota',
    'kind',
  ],
  requiredGroups: [['period'], ['demandSource'], ['segment'], ['kind'], ['amount']],
  keyFields: ['period'],
  hasAmount: true,
  countsSkips: false,
  toRecord: (read) => {
    const period = read.choice(
      'period',
      readFiscalQuarter,
      'is not a fiscal quarter; write it like FY2026-Q3',
      'a period',
    );
    const demandSource = read.choice(
      'demandSource',
      readTargetDemandSource,
      'is not a demand source (expected marketing, sales, tele, channel or all)',
      'a demand source',
    );
    const segment = read.choice(
      'segment',
      readTargetSegment,
      'is not a segment (expected smb, midmarket, enterprise or all)',
      'a segment',
    );
    const kind = read.choice(
      'kind',
      readTargetKind,
      'is not a target kind (expected pipeline or revenue)',
      'a kind',
    );
    const amount = read.amount('amount', 'an amount');
    if (amount.cents !== null && amount.cents < 0) {
      read.fail('amount', `${read.quoted('amount')} is negative; a target is an amount to reach.`);
    }
    if (
      read.errors.length > 0 ||
      period === null ||
      demandSource === null ||
      segment === null ||
      kind === null ||
      amount.cents === null
    ) {
      return null;
    }
    const record: Target = {
      period,
      demandSource,
      segment,
      kind,
      amount: money(amount.cents / 100),
    };
    return { record, cents: amount.cents };
  },
  identity: (record) => {
    const key = `${record.period} ${record.demandSource} ${record.segment} ${record.kind}`;
    return { key, shown: key };
  },
};
