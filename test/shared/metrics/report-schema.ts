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
    }),
    create: z.strictObject({
      ...createdFigures.shape,
      byDemandSource: bySource(createdFigures),
      bySegment: bySegment(createdFigures),
      bySourceAndSegment: bySource(bySegment(createdFigures)),
      previousQuarter: z.strictObject({ ...createdFigures.shape, label: z.string() }),
      yearAgo: z.strictObject({ ...createdFigures.shape, label: z.string() }),
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
    integrity: z.strictObject({
      undated: z.int().min(0),
      overdueCount: z.int().min(0),
      unknownSourceShare: rate,
      rejectedRows: z.int().min(0),
    }),
  })
  .meta({
    title: 'Quarterdeck report',
    description:
      'The CLI report JSON (metrics.md §12): amounts unrounded in the reporting currency, rates as fractions 0–1, null where a denominator is empty.',
  });

/** The JSON Schema (draft 2020-12) that docs/report.schema.json must equal. */
export function reportJsonSchema(): unknown {
  return z.toJSONSchema(reportSchema, { target: 'draft-2020-12' });
}
