import { describe, expect, it } from 'vitest';
import type { Opportunity, Touchpoint } from '../../../shared/records';
import { computeReport } from '../../../shared/metrics/index';
import { input } from './factory';
import { linkedOpp, touch } from './influence-fixture';

// P = FY2026 Q1 (January start, 2026-01-01..2026-03-31), D = 2026-02-15.
const asOf = '2026-02-15';

/** A deal of P with a lead source and, when given, a primary campaign. */
function deal(
  id: string,
  over: { amount: number; source: string; campaign?: string; status?: Opportunity['status'] },
): Opportunity {
  return {
    ...linkedOpp({
      id,
      amount: over.amount,
      created: '2026-01-20',
      close: over.status === 'won' ? '2026-02-10' : '2026-03-20',
      status: over.status ?? 'open',
      source: over.source,
    }),
    primaryCampaign: over.campaign ?? null,
  };
}

// Four deals, all in P's landings and creation:
//   a  won  1,000  Lead Source "Web"          campaign "Spring webinar"   first touch "Partner summit"
//   b  open 2,000  Lead Source "Outbound"     campaign "Q1 paid search"   first touch "Paid search"
//   c  open 4,000  Lead Source "Web"          campaign "Partner co-marketing"   no touch
//   d  open 8,000  Lead Source "SDR"          no campaign                 first touch after creation only
const deals = [
  deal('a', { amount: 1_000, source: 'Web', campaign: 'Spring webinar', status: 'won' }),
  deal('b', { amount: 2_000, source: 'Outbound', campaign: 'Q1 paid search' }),
  deal('c', { amount: 4_000, source: 'Web', campaign: 'Partner co-marketing' }),
  deal('d', { amount: 8_000, source: 'SDR' }),
];
const touches: Touchpoint[] = [
  // a: the partner touch is first (Jan 5); the webinar comes later (Jan 15), both before creation.
  touch({ date: '2026-01-15', opportunityId: 'a', channel: 'Webinar' }),
  touch({ date: '2026-01-05', opportunityId: 'a', channel: 'Partner summit' }),
  // b: a channel no keyword names is still a marketing touch.
  touch({ date: '2026-01-19', opportunityId: 'b', channel: null, campaign: 'Harbor newsletter' }),
  // d: touched only after its creation (Jan 20): that does not source it.
  touch({ date: '2026-01-25', opportunityId: 'd', channel: 'Webinar' }),
];

describe('the definition lock: sourced pipeline under each definition', () => {
  it('classifies by Lead Source by default and reports it as the definition applied', () => {
    const report = computeReport(input(deals, { asOf }));
    expect(report.definitions.sourcedBy).toBe('leadSource');
    // Marketing by Lead Source: a (1,000 landed) + c (4,000 due) = 5,000 of 15,000.
    expect(report.landings.byDemandSource.marketing.total).toBe(5_000);
    expect(report.definitions.comparison.leadSource?.landings.marketing).toEqual({
      landed: 1_000,
      due: 4_000,
      total: 5_000,
    });
    expect(report.definitions.comparison.leadSource?.sourcedShare).toBe(5_000 / 15_000);
  });

  it('by Primary Campaign: a campaign sources by its name, a plain one as marketing, none falls back to Lead Source', () => {
    const report = computeReport({ ...input(deals, { asOf }), touchpoints: touches });
    const byCampaign = report.definitions.comparison.primaryCampaign;
    // a webinar → marketing 1,000; b paid search → marketing 2,000; c partner → channel 4,000;
    // d no campaign → Lead Source SDR → tele 8,000.
    expect(byCampaign?.landings.marketing).toEqual({ landed: 1_000, due: 2_000, total: 3_000 });
    expect(byCampaign?.landings.channel.total).toBe(4_000);
    expect(byCampaign?.landings.tele.total).toBe(8_000);
    expect(byCampaign?.landings.sales.total).toBe(0);
    expect(byCampaign?.created.marketing).toEqual({ created: 3_000, createdCount: 2 });
    expect(byCampaign?.sourcedShare).toBe(3_000 / 15_000);
  });

  it('by first touch: the earliest touch up to creation decides; a later touch does not', () => {
    const report = computeReport({ ...input(deals, { asOf }), touchpoints: touches });
    const byTouch = report.definitions.comparison.firstTouch;
    // a partner first → channel 1,000; b newsletter → marketing 2,000; c untouched → Lead
    // Source Web → marketing 4,000; d touched after creation → Lead Source SDR → tele 8,000.
    expect(byTouch?.landings.channel).toEqual({ landed: 1_000, due: 0, total: 1_000 });
    expect(byTouch?.landings.marketing).toEqual({ landed: 0, due: 6_000, total: 6_000 });
    expect(byTouch?.landings.tele.total).toBe(8_000);
    expect(byTouch?.sourcedShare).toBe(6_000 / 15_000);
  });

  it('cannot compare first touch without touchpoints, and says so with null', () => {
    const report = computeReport(input(deals, { asOf }));
    expect(report.definitions.comparison.firstTouch).toBeNull();
  });

  it('applies the chosen definition to every figure, so the landings equal its column', () => {
    const report = computeReport({
      ...input(deals, { asOf, sourcedBy: 'primaryCampaign' }),
      touchpoints: touches,
    });
    expect(report.definitions.sourcedBy).toBe('primaryCampaign');
    expect(report.landings.byDemandSource.marketing.total).toBe(3_000);
    expect(report.landings.byDemandSource.channel.total).toBe(4_000);
    expect(report.landings.sourcedShare).toBe(3_000 / 15_000);
    expect(report.create.byDemandSource.marketing).toEqual({ created: 3_000, createdCount: 2 });
  });

  it('falls back to Lead Source when first touch is chosen but no touchpoints were imported', () => {
    const report = computeReport(input(deals, { asOf, sourcedBy: 'firstTouch' }));
    expect(report.definitions.requestedSourcedBy).toBe('firstTouch');
    expect(report.definitions.sourcedBy).toBe('leadSource');
    expect(report.landings.byDemandSource.marketing.total).toBe(5_000);
  });

  it('names the other definitions every slide footnotes: lookback, win-rate window and D', () => {
    const report = computeReport(input(deals, { asOf, lookbackDays: 90 }));
    expect(report.definitions.lookbackDays).toBe(90);
    // The four fiscal quarters before FY2026 Q1: 2025-01-01 to 2025-12-31.
    expect(report.definitions.winRateWindow).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(report.definitions.asOf).toBe(asOf);
  });

  it('treats settings stored before the lock (no sourcedBy) as Lead Source', () => {
    const old = input(deals, { asOf });
    // A settings row read back from an older workspace, as JSON, without the field.
    const stored: unknown = JSON.parse(JSON.stringify({ ...old.settings, sourcedBy: undefined }));
    const report = computeReport({ ...old, settings: stored as typeof old.settings });
    expect(report.definitions.sourcedBy).toBe('leadSource');
  });
});
