import type { LandingFigures, Report } from '../../../shared/metrics/report-types';
import type { DraftContext } from '../../../shared/deck/draft-context';
import { isoDate } from '../../../shared/units';

const lf = (
  landed: number,
  due: number,
  overdue: number,
  lost: number,
  expected: number | null,
): LandingFigures => ({
  landed,
  due,
  overdue,
  lost,
  total: landed + due,
  expected,
});

const cf = (created: number, createdCount: number) => ({ created, createdCount });

/** A hand-built FY2026 Q3 report (fiscal year from February) whose figures add up by hand. */
export function sampleReport(): Report {
  return {
    period: {
      label: 'FY2026 Q3',
      id: 'FY2026-Q3',
      start: isoDate('2025-08-01'),
      end: isoDate('2025-10-31'),
      asOf: isoDate('2025-09-17'),
      elapsed: 48 / 92,
    },
    landings: {
      ...lf(4_200_000, 5_600_000, 1_100_000, 900_000, 7_100_000),
      sourcedShare: 0.38,
      byDemandSource: {
        marketing: lf(1_600_000, 2_124_000, 300_000, 200_000, 2_800_000),
        sales: lf(1_800_000, 2_200_000, 500_000, 400_000, 3_000_000),
        tele: lf(500_000, 800_000, 200_000, 200_000, 900_000),
        channel: lf(300_000, 276_000, 100_000, 100_000, 400_000),
        unknown: lf(0, 200_000, 0, 0, 0),
      },
      bySegment: {
        smb: lf(1_000_000, 1_200_000, 200_000, 300_000, 1_600_000),
        midmarket: lf(1_700_000, 2_400_000, 500_000, 400_000, 3_000_000),
        enterprise: lf(1_500_000, 2_000_000, 400_000, 200_000, 2_500_000),
        unknown: lf(0, 0, 0, 0, 0),
      },
      // Figures that rest on touchpoints: this fixture has none, as an export of deals alone.
      influenced: null,
      acceleration: null,
    },
    create: {
      ...cf(5_400_000, 120),
      byDemandSource: {
        marketing: cf(2_268_000, 50),
        sales: cf(2_000_000, 40),
        tele: cf(700_000, 20),
        channel: cf(432_000, 10),
        unknown: cf(0, 0),
      },
      bySegment: {
        smb: cf(1_400_000, 40),
        midmarket: cf(2_500_000, 50),
        enterprise: cf(1_500_000, 30),
        unknown: cf(0, 0),
      },
      bySourceAndSegment: {
        marketing: {
          smb: cf(600_000, 20),
          midmarket: cf(1_068_000, 20),
          enterprise: cf(600_000, 10),
          unknown: cf(0, 0),
        },
        sales: {
          smb: cf(400_000, 10),
          midmarket: cf(900_000, 18),
          enterprise: cf(700_000, 12),
          unknown: cf(0, 0),
        },
        tele: {
          smb: cf(300_000, 8),
          midmarket: cf(300_000, 8),
          enterprise: cf(100_000, 4),
          unknown: cf(0, 0),
        },
        channel: {
          smb: cf(100_000, 2),
          midmarket: cf(232_000, 4),
          enterprise: cf(100_000, 4),
          unknown: cf(0, 0),
        },
        unknown: { smb: cf(0, 0), midmarket: cf(0, 0), enterprise: cf(0, 0), unknown: cf(0, 0) },
      },
      previousQuarter: { ...cf(4_821_000, 100), label: 'FY2026 Q2' },
      yearAgo: { ...cf(5_567_000, 131), label: 'FY2025 Q3' },
      leads: null,
      funnelByChannel: null,
      meetings: null,
      targetAccounts: null,
      channelEfficiency: null,
    },
    forward: {
      quarters: [
        { label: 'FY2026 Q3', landed: 400_000, expected: 1_000_000 },
        { label: 'FY2026 Q4', landed: 0, expected: 1_300_000 },
        { label: 'FY2027 Q1', landed: 0, expected: 600_000 },
        { label: 'FY2027 Q2', landed: 0, expected: 300_000 },
        { label: 'FY2027 Q3', landed: 0, expected: 200_000 },
      ],
      lag: [0.25, 0.4, 0.2, 0.1, 0.05],
      lagSampleSize: 212,
    },
    rates: {
      winRate: {
        overall: 0.31,
        bySource: { marketing: 0.34, sales: 0.3, tele: 0.25, channel: 0.4, unknown: 0.31 },
        lowSample: false,
        basis: {
          overall: 'recent',
          bySource: {
            marketing: 'recent',
            sales: 'recent',
            tele: 'recent',
            channel: 'recent',
            unknown: 'overall',
          },
        },
      },
      cycleDays: 84,
    },
    targets: null,
    sourceShares: {
      // Each source's created (of 5.4M) and landed (of 4.2M), as above.
      marketing: { createdShare: 2_268_000 / 5_400_000, landedShare: 1_600_000 / 4_200_000 },
      sales: { createdShare: 2_000_000 / 5_400_000, landedShare: 1_800_000 / 4_200_000 },
      tele: { createdShare: 700_000 / 5_400_000, landedShare: 500_000 / 4_200_000 },
      channel: { createdShare: 432_000 / 5_400_000, landedShare: 300_000 / 4_200_000 },
      unknown: { createdShare: 0, landedShare: 0 },
    },
    integrity: {
      undated: 12,
      overdueCount: 8,
      unknownSourceShare: 200_000 / 9_800_000,
      rejectedRows: 3,
      orphanTouchpoints: null,
      strippedPairs: null,
      strippedAmount: null,
    },
    attribution: null,
    // Lead Source is the definition applied; without touchpoints first touch cannot be compared.
    definitions: {
      sourcedBy: 'leadSource',
      requestedSourcedBy: 'leadSource',
      lookbackDays: 180,
      winRateWindow: { start: isoDate('2024-08-01'), end: isoDate('2025-07-31') },
      asOf: isoDate('2025-09-17'),
      comparison: {
        leadSource: {
          sourcedShare: 0.38,
          landings: {
            marketing: { landed: 1_600_000, due: 2_124_000, total: 3_724_000 },
            sales: { landed: 1_800_000, due: 2_200_000, total: 4_000_000 },
            tele: { landed: 500_000, due: 800_000, total: 1_300_000 },
            channel: { landed: 300_000, due: 276_000, total: 576_000 },
            unknown: { landed: 0, due: 200_000, total: 200_000 },
          },
          created: {
            marketing: cf(2_268_000, 50),
            sales: cf(2_000_000, 40),
            tele: cf(700_000, 20),
            channel: cf(432_000, 10),
            unknown: cf(0, 0),
          },
        },
        // Two deals of $262,000 each carry a partner campaign: channel, not marketing, by campaign.
        primaryCampaign: {
          sourcedShare: (3_724_000 - 262_000) / 9_800_000,
          landings: {
            marketing: { landed: 1_600_000, due: 1_862_000, total: 3_462_000 },
            sales: { landed: 1_800_000, due: 2_200_000, total: 4_000_000 },
            tele: { landed: 500_000, due: 800_000, total: 1_300_000 },
            channel: { landed: 300_000, due: 538_000, total: 838_000 },
            unknown: { landed: 0, due: 200_000, total: 200_000 },
          },
          created: {
            marketing: cf(2_006_000, 49),
            sales: cf(2_000_000, 40),
            tele: cf(700_000, 20),
            channel: cf(694_000, 11),
            unknown: cf(0, 0),
          },
        },
        firstTouch: null,
      },
    },
  };
}

/** The drafting context of the sample report: a US-dollar Salesforce export with a matching footer. */
export function sampleContext(): DraftContext {
  return {
    currency: 'USD',
    isSample: false,
    sourceLabel: 'opportunities.csv',
    opportunityCount: 1204,
    rejectedReasons: ['Line 14: no Opportunity ID', 'Line 90: amount “abc” is not a number'],
    footer: { recordCount: 1207, rowsRead: 1207, matches: true },
  };
}
