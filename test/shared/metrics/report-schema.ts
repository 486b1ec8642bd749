import { z } from 'zod';

/** A rate as a fraction 0–1, or null where its denominator is empty (metrics.md §12). */
const rate = z.number().min(0).max(1).nullable();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const amount = z.number();
const basis = z.enum(['recent', 'history', 'overall', 'none']);

const landingFigures = z.strictObject({
  landed: amount,
  due: amount,
  overdue: amount,
  lost: amount,
  total: amount,
  expected: amount.nullable(),
});
const createdFigures = z.strictObject({ created: amount, createdCount: z.int().min(0) });

/** One record with every demand source as a key. */
const bySource = <T extends z.ZodType>(v: T) =>
  z.strictObject({ marketing: v, sales: v, tele: v, channel: v, unknown: v });
/** One record with every segment as a key. */
const bySegment = <T extends z.ZodType>(v: T) =>
  z.strictObject({ smb: v, midmarket: v, enterprise: v, unknown: v });

const count = z.int().min(0);
const influenced = z.strictObject({ landed: amount, due: amount, share: rate });
const acceleration = z.strictObject({
  dueInfluencedAmount: amount,
  dueInfluencedCount: count,
  dueInfluencedShare: rate,
  winRateInfluenced: rate,
  winRateNotInfluenced: rate,
  cycleDaysInfluenced: z.number().min(0).nullable(),
  cycleDaysNotInfluenced: z.number().min(0).nullable(),
});
const leads = z.strictObject({ created: count, mqls: count, sqls: count, converted: count });
const funnelStages = z.strictObject({
  leads: count,
  mql: count,
  sql: count,
  opportunity: count,
  won: count,
});
const meetings = z.strictObject({
  netNewProspect: count,
  netNewCustomer: count,
  byWeek: z.array(
    z.strictObject({ week: z.string().regex(/^\d{4}-W\d{2}$/), prospect: count, customer: count }),
  ),
});
const targetAccounts = z.strictObject({
  accounts: count,
  touched: count,
  met: count,
  withPipeline: count,
  won: count,
});
const channelFigures = z.strictObject({
  spend: amount,
  pipeline: amount,
  opportunities: count,
  costPerOpportunity: amount.nullable(),
  pipelinePerSpend: z.number().min(0).nullable(),
});
const targetResult = z.strictObject({
  demandSource: z.enum(['marketing', 'sales', 'tele', 'channel', 'all']),
  segment: z.enum(['smb', 'midmarket', 'enterprise', 'all']),
  kind: z.enum(['pipeline', 'revenue']),
  target: amount,
  actual: amount,
  attainment: z.number().min(0).nullable(),
  onPace: z.boolean().nullable(),
});
const sourceShare = z.strictObject({ createdShare: rate, landedShare: rate });
const channelCredit = z.strictObject({ landed: amount, due: amount });
const creditsByChannel = z.record(z.string(), channelCredit);
const attribution = z.strictObject({
  channels: z.array(z.string()),
  byModel: z.strictObject({
    firstTouch: creditsByChannel,
    lastTouch: creditsByChannel,
    linear: creditsByChannel,
    uShaped: creditsByChannel,
    wShaped: creditsByChannel,
  }),
  landed: amount,
  due: amount,
  touchedOpportunities: count,
});
const sourcedBy = z.enum(['leadSource', 'primaryCampaign', 'firstTouch']);
const sourcingView = z.strictObject({
  sourcedShare: rate,
  landings: bySource(z.strictObject({ landed: amount, due: amount, total: amount })),
  created: bySource(createdFigures),
});
const definitions = z.strictObject({
  sourcedBy,
  requestedSourcedBy: sourcedBy,
  lookbackDays: count,
  winRateWindow: z.strictObject({ start: isoDate, end: isoDate }),
  asOf: isoDate,
  comparison: z.strictObject({
    leadSource: sourcingView,
    primaryCampaign: sourcingView,
    firstTouch: sourcingView.nullable(),
  }),
});

/** The zod twin of docs/report.schema.json: the Report of shared/metrics/report-types.ts. */
export const reportSchema = z
  .strictObject({
    period: z.strictObject({
      label: z.string().regex(/^FY\d{4} Q[1-4]$/),
      id: z.string().regex(/^FY\d{4}-Q[1-4]$/),
      start: isoDate,
      end: isoDate,
      asOf: isoDate,
      elapsed: z.number().min(0).max(1),
    }),
    landings: z.strictObject({
      ...landingFigures.shape,
      sourcedShare: rate,
      byDemandSource: bySource(landingFigures),
      bySegment: bySegment(landingFigures),
      influenced: influenced.nullable(),
      acceleration: acceleration.nullable(),
    }),
    create: z.strictObject({
      ...createdFigures.shape,
      byDemandSource: bySource(createdFigures),
      bySegment: bySegment(createdFigures),
      bySourceAndSegment: bySource(bySegment(createdFigures)),
      previousQuarter: z.strictObject({ ...createdFigures.shape, label: z.string() }),
      yearAgo: z.strictObject({ ...createdFigures.shape, label: z.string() }),
      leads: leads.nullable(),
      funnelByChannel: z.record(z.string(), funnelStages).nullable(),
      meetings: meetings.nullable(),
      targetAccounts: targetAccounts.nullable(),
      channelEfficiency: z.record(z.string(), channelFigures).nullable(),
    }),
    forward: z.strictObject({
      quarters: z
        .array(z.strictObject({ label: z.string(), landed: amount, expected: amount.nullable() }))
        .length(5),
      lag: z
        .tuple([rate.unwrap(), rate.unwrap(), rate.unwrap(), rate.unwrap(), rate.unwrap()])
        .nullable(),
      lagSampleSize: z.int().min(0),
    }),
    rates: z.strictObject({
      winRate: z.strictObject({
        overall: rate,
        bySource: bySource(rate),
        lowSample: z.boolean(),
        basis: z.strictObject({ overall: basis, bySource: bySource(basis) }),
      }),
      cycleDays: z.number().min(0).nullable(),
    }),
    targets: z.array(targetResult).nullable(),
    sourceShares: bySource(sourceShare),
    integrity: z.strictObject({
      undated: z.int().min(0),
      overdueCount: z.int().min(0),
      unknownSourceShare: rate,
      rejectedRows: z.int().min(0),
      orphanTouchpoints: count.nullable(),
      strippedPairs: count.nullable(),
      strippedAmount: amount.nullable(),
    }),
    attribution: attribution.nullable(),
    definitions,
  })
  .meta({
    title: 'Quarterdeck report',
    description:
      'The CLI report JSON (metrics.md §12): amounts unrounded in the reporting currency, rates as fractions 0–1, null where a denominator is empty, and null for a figure whose records were not imported (influence without touchpoints, leads and funnel without leads, meetings, target accounts, channel efficiency without spend, targets).',
  });

/** The JSON Schema (draft 2020-12) that docs/report.schema.json must equal. */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(reportSchema, { target: 'draft-2020-12' });
}
