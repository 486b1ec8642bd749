import type { ChannelFigures } from '../../../shared/metrics/channel-efficiency';
import type { Report } from '../../../shared/metrics/report-types';
import { sampleReport } from './report-fixture';

const channel = (spend: number, pipeline: number, opportunities: number): ChannelFigures => ({
  spend,
  pipeline,
  opportunities,
  costPerOpportunity: opportunities === 0 ? null : spend / opportunities,
  pipelinePerSpend: spend === 0 ? null : pipeline / spend,
});

/**
 * The sample FY2026 Q3 report (landings total $9.8M: $4.2M landed, $5.6M due) with every
 * supporting record imported: touchpoints, leads, meetings, targets, spend and a target list.
 */
export function fullReport(): Report {
  const r = sampleReport();
  // $4.0M of the $9.8M landings total influenced: 41%; $2.1M of the $5.6M due: 37.5%.
  r.landings.influenced = { landed: 1_900_000, due: 2_100_000, share: 4_000_000 / 9_800_000 };
  r.landings.acceleration = {
    dueInfluencedAmount: 2_100_000,
    dueInfluencedCount: 14,
    dueInfluencedShare: 2_100_000 / 5_600_000,
    winRateInfluenced: 0.384,
    winRateNotInfluenced: 0.266,
    cycleDaysInfluenced: 62,
    cycleDaysNotInfluenced: 95.5,
  };
  r.create.leads = { created: 1240, mqls: 410, sqls: 96, converted: 41 };
  // 1,240 leads in the cohort, largest channel first as the report orders them.
  r.create.funnelByChannel = {
    'Web.Inbound': { leads: 520, mql: 200, sql: 50, opportunity: 30, won: 6 },
    'Paid Search': { leads: 300, mql: 100, sql: 20, opportunity: 12, won: 2 },
    Events: { leads: 150, mql: 50, sql: 10, opportunity: 5, won: 1 },
    Partner: { leads: 100, mql: 30, sql: 8, opportunity: 4, won: 1 },
    Webinar: { leads: 80, mql: 20, sql: 4, opportunity: 2, won: 0 },
    Content: { leads: 50, mql: 6, sql: 2, opportunity: 1, won: 0 },
    '(none)': { leads: 25, mql: 3, sql: 1, opportunity: 1, won: 0 },
    Referral: { leads: 15, mql: 1, sql: 1, opportunity: 1, won: 0 },
  };
  // ISO weeks W31 (from Mon Jul 28, 2025) to W38 (Sep 17, 2025 is its Wednesday): 30 + 10 meetings.
  const prospect = [1, 4, 5, 3, 6, 4, 5, 2];
  const customer = [0, 1, 2, 1, 2, 1, 2, 1];
  r.create.meetings = {
    netNewProspect: 30,
    netNewCustomer: 10,
    byWeek: prospect.map((p, i) => ({
      week: `2025-W${31 + i}`,
      prospect: p,
      customer: customer[i] ?? 0,
    })),
  };
  r.create.targetAccounts = { accounts: 400, touched: 248, met: 96, withPipeline: 72, won: 30 };
  // Listed in no particular order: the slide sorts by pipeline.
  r.create.channelEfficiency = {
    Social: channel(50_000, 150_000, 4),
    'Paid Search': channel(120_000, 1_200_000, 40),
    Events: channel(200_000, 900_000, 20),
    '(none)': channel(0, 80_000, 3),
    Webinars: channel(30_000, 600_000, 15),
    'Print.Ads': channel(10_000, 0, 0),
    Content: channel(20_000, 300_000, 10),
    Display: channel(40_000, 100_000, 2),
  };
  // Elapsed is 48/92 = 52%: total revenue (42%) is behind, both pipeline targets ahead.
  r.targets = [
    {
      demandSource: 'all',
      segment: 'all',
      kind: 'revenue',
      target: 10_000_000,
      actual: 4_200_000,
      attainment: 0.42,
      onPace: false,
    },
    {
      demandSource: 'marketing',
      segment: 'all',
      kind: 'pipeline',
      target: 3_000_000,
      actual: 2_268_000,
      attainment: 0.756,
      onPace: true,
    },
    {
      demandSource: 'sales',
      segment: 'enterprise',
      kind: 'pipeline',
      target: 1_000_000,
      actual: 700_000,
      attainment: 0.7,
      onPace: true,
    },
    {
      demandSource: 'tele',
      segment: 'all',
      kind: 'revenue',
      target: 0,
      actual: 500_000,
      attainment: null,
      onPace: null,
    },
  ];
  // The same $4.2M landed and $5.6M due under every model: the $2.3M landed and $3.5M due
  // that no touch reached stay with no touch; the touched $1.9M and $2.1M spread over four channels.
  const credit = (landed: number, due: number) => ({ landed, due });
  const untouched = credit(2_300_000, 3_500_000);
  r.attribution = {
    channels: ['Paid Search', 'Webinar', 'Events', 'Partner summit', '(no marketing touch)'],
    byModel: {
      firstTouch: {
        'Paid Search': credit(600_000, 700_000),
        Webinar: credit(800_000, 900_000),
        Events: credit(200_000, 200_000),
        'Partner summit': credit(300_000, 300_000),
        '(no marketing touch)': untouched,
      },
      lastTouch: {
        'Paid Search': credit(900_000, 1_000_000),
        Webinar: credit(500_000, 600_000),
        Events: credit(300_000, 300_000),
        'Partner summit': credit(200_000, 200_000),
        '(no marketing touch)': untouched,
      },
      linear: {
        'Paid Search': credit(700_000, 800_000),
        Webinar: credit(700_000, 800_000),
        Events: credit(250_000, 250_000),
        'Partner summit': credit(250_000, 250_000),
        '(no marketing touch)': untouched,
      },
      uShaped: {
        'Paid Search': credit(750_000, 850_000),
        Webinar: credit(650_000, 750_000),
        Events: credit(250_000, 250_000),
        'Partner summit': credit(250_000, 250_000),
        '(no marketing touch)': untouched,
      },
      wShaped: {
        'Paid Search': credit(720_000, 820_000),
        Webinar: credit(680_000, 780_000),
        Events: credit(240_000, 240_000),
        'Partner summit': credit(260_000, 260_000),
        '(no marketing touch)': untouched,
      },
    },
    landed: 4_200_000,
    due: 5_600_000,
    touchedOpportunities: 37,
  };
  return r;
}
