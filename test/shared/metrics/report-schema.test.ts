import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { computeReport } from '../../../shared/metrics/index';
import { reportInputArb } from './arbitraries';
import { isoDate, money } from '../../../shared/units';
import { input, opp } from './factory';
import { smallHistory } from './history';
import { reportJsonSchema, reportSchema } from './report-schema';

const schemaFile = resolve(import.meta.dirname, '../../../docs/report.schema.json');
const published: unknown = JSON.parse(readFileSync(schemaFile, 'utf8'));

describe('report JSON schema (metrics.md §12)', () => {
  it('keeps docs/report.schema.json equal to the schema the tests check', () => {
    // On failure: regenerate docs/report.schema.json from reportJsonSchema() in report-schema.ts.
    expect(published).toEqual(reportJsonSchema());
  });

  it('describes a report with every key present', () => {
    const report = computeReport(
      input(
        [
          ...smallHistory(),
          opp({ source: 'Web', close: '2026-03-01', created: '2026-01-03', amount: 5 }),
        ],
        {
          asOf: '2026-02-01',
        },
      ),
    );
    expect(reportSchema.safeParse(report).error).toBeUndefined();
    expect(
      z.fromJSONSchema(published as Parameters<typeof z.fromJSONSchema>[0]).safeParse(report)
        .success,
    ).toBe(true);
  });

  it('describes a report over every record kind, with every figure measured', () => {
    const day = isoDate('2026-01-20');
    const report = computeReport({
      ...input(
        [
          ...smallHistory(),
          opp({ source: 'Web', close: '2026-03-01', created: '2026-01-03', amount: 5 }),
        ],
        { asOf: '2026-02-01' },
      ),
      touchpoints: [
        {
          date: day,
          opportunityId: null,
          accountId: null,
          accountName: 'Nowhere Ltd',
          leadId: null,
          campaign: 'Webinar',
          channel: 'Webinar',
          type: null,
        },
      ],
      leads: [
        {
          id: 'L1',
          createdDate: day,
          accountName: 'Stark',
          email: null,
          leadSource: 'Webinar',
          status: 'Disqualified',
          statusDate: day,
          lifecycleStage: null,
          mqlDate: day,
          sqlDate: null,
          opportunityDate: null,
          customerDate: null,
          converted: null,
          convertedDate: null,
          convertedOpportunityId: null,
        },
      ],
      meetings: [{ date: day, accountName: 'Stark', accountId: null, kind: null, owner: null }],
      targetAccounts: [{ accountName: 'Stark', accountId: null, tier: 'Tier 1', owner: null }],
      spend: [
        {
          period: 'FY2026-Q1',
          date: null,
          channel: 'Webinar',
          amount: money(1000),
          currency: null,
          campaign: null,
        },
      ],
      targets: [
        {
          period: 'FY2026-Q1',
          demandSource: 'marketing',
          segment: 'all',
          kind: 'pipeline',
          amount: money(10),
        },
      ],
    });
    expect(reportSchema.safeParse(report).error).toBeUndefined();
    expect(
      z.fromJSONSchema(published as Parameters<typeof z.fromJSONSchema>[0]).safeParse(report)
        .success,
    ).toBe(true);
    // Every kind was given, so no figure is left unmeasured.
    expect(report.landings.influenced).not.toBeNull();
    expect(report.landings.acceleration).not.toBeNull();
    expect(report.create.leads).toEqual({ created: 1, mqls: 1, sqls: 0, converted: 0 });
    expect(report.create.meetings?.netNewProspect).toBe(1);
    expect(report.create.targetAccounts).toEqual({
      accounts: 1,
      touched: 0,
      met: 1,
      withPipeline: 0,
      won: 0,
    });
    expect(report.targets).toHaveLength(1);
    // The one touch names an account with no deal: it links to nothing.
    expect(report.integrity.orphanTouchpoints).toBe(1);
    expect(report.integrity.strippedPairs).toBe(0);
  });

  it('rejects a report missing a demand source key', () => {
    const report = computeReport(input(smallHistory(), { asOf: '2026-02-01' }));
    const rest: Partial<typeof report.landings.byDemandSource> = {
      ...report.landings.byDemandSource,
    };
    delete rest.channel;
    const broken = { ...report, landings: { ...report.landings, byDemandSource: rest } };
    expect(reportSchema.safeParse(broken).success).toBe(false);
    expect(
      z.fromJSONSchema(published as Parameters<typeof z.fromJSONSchema>[0]).safeParse(broken)
        .success,
    ).toBe(false);
  });

  it('describes every generated report', () => {
    fc.assert(
      fc.property(reportInputArb, (i) => {
        expect(reportSchema.safeParse(computeReport(i)).error).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });
});
