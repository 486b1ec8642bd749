import { beforeAll, describe, expect, it } from 'vitest';
import type { CliReport } from '../../cli/report-command';
import { runCli, SPAWN_TIMEOUT_MS } from './run-cli';

/*
 * Two exports the metrics engine was never tuned on, audited against metrics.md by an
 * independent recomputation (a standard-library Python script written from the contract
 * alone) and by hand for the main figures below. Amounts are checked to the cent, rates to 1e-9.
 * Deals are named by their Record ID (HubSpot) or the last 8 characters of the Opportunity ID
 * (Salesforce).
 */
const HUBSPOT = 'test/fixtures/unseen/hubspot-crm-exports-all-deals-2026-02-20.csv';
const SALESFORCE = 'test/fixtures/unseen/salesforce-opportunities-report.csv';

/** Runs `report --format json` and parses what it printed; fails loudly on a non-zero exit. */
async function report(args: readonly string[]): Promise<CliReport> {
  const run = await runCli(['report', ...args, '--format', 'json']);
  if (run.status !== 0) throw new Error(`cli exited ${String(run.status)}: ${run.stderr}`);
  return JSON.parse(run.stdout) as CliReport;
}

/** Amounts to the cent. */
const CENT = 2;
/** Rates and shares to 1e-9. */
const RATE = 9;

/*
 * HubSpot deals, fiscal year from February, FY2026 Q4 = 2025-11-01 … 2026-01-31, as of 2025-12-17.
 * Deals created after 12-17 (…158) and deals won or lost after 12-17 (…1594, …971, …1561)
 * count nowhere in the landings.
 *   landed  = …1908 49,901.46 (Offline Sources) + …2128 32,600.00 (Other Campaigns)
 *           + …1077 27,500.50 (Direct Traffic, won on 12-17 23:10) = 110,001.96
 *   due     = …1665 24,000 + …259 12,400 + …189 37,000 + …1201 20,550 + …2146 77,000
 *           + …1300 43,000 (Partner) + …345 blank + …1965 3,000 + …102 33,000
 *           + …1835 43,000 (closes 2026-01-31 23:45, still in the quarter) = 292,950.00
 *   overdue = …1665 24,000 + …259 12,400 + …189 37,000 (before 12-17) = 73,400.00
 *   lost    = …30 35,900 + …1370 11,250 + …2000 25,250 + …1047 62,000 = 134,400.00
 *   total   = 402,951.96; marketing = 27,500.50 + (292,950 − 43,000) = 277,450.50 → share 0.68854…
 *   unknown = 49,901.46 + 32,600 = 82,501.46 → unknown share 0.20474…
 * Win rates (closed before 2025-11-01): only 12 in FY2025 Q4 … FY2026 Q3, so whole history:
 *   overall 11 won / 25 = 0.44 (low sample); marketing 8 / 19; channel (2), unknown (4), sales
 *   and tele (0) fall back to 0.44.
 *   expected = 110,001.96 + 249,950 × 8/19 + 43,000 (channel) × 0.44 = 234,164.0652…
 *   enterprise: landed 32,600, due 12,400 + 20,550 + 43,000 = 75,950, total 108,550
 * Created 2025-11-01 … 12-17: 14 deals, 351,449.09; previous quarter 2025-08-01 … 09-16:
 *   35,900 + 0 + 6,000 + 49,030.06 + 7,920.04 + 25,250 + 84,881.20 = 208,981.30 in 7;
 *   a year ago 2024-11-01 … 12-17: 14,600 + 16,550 + 0 = 31,150 in 3.
 * Lag: 9 wins closed in the eight fiscal quarters before P, k = 0,0,1,1,1,1,2,2,3 (fiscal
 *   quarters: 2023-10-02 → 2024-02-08 is FY2024 Q3 → FY2025 Q1, k = 2) → [2/9, 4/9, 2/9, 1/9, 0].
 * Forward: landed in P = 32,600 + 27,500.50 = 60,100.50; open value = 190,548.59 × 8/19
 *   + (43,000 + 5,000 + 28,000) × 0.44 = 113,670.9853; P+0 = 60,100.50 + 2/9 of it = 85,360.7189.
 * Cycle: median of 11 wins' days created → closed = 90.
 */
describe('unseen HubSpot deals export, fiscal year from February, FY2026 Q4 as of 2025-12-17', () => {
  let r: CliReport;
  beforeAll(async () => {
    r = await report([
      '--opportunities',
      HUBSPOT,
      '--fiscal-start',
      '2',
      '--period',
      'FY2026-Q4',
      '--as-of',
      '2025-12-17',
    ]);
  }, SPAWN_TIMEOUT_MS);

  it('names the fiscal quarter that starts in November', () => {
    expect(r.period).toMatchObject({
      label: 'FY2026 Q4',
      start: '2025-11-01',
      end: '2026-01-31',
      asOf: '2025-12-17',
    });
    expect(r.period.elapsed).toBeCloseTo(47 / 92, RATE);
  });

  it('lands, keeps due and loses the hand-computed amounts', () => {
    expect(r.landings.landed).toBeCloseTo(110001.96, CENT);
    expect(r.landings.due).toBeCloseTo(292950, CENT);
    expect(r.landings.overdue).toBeCloseTo(73400, CENT);
    expect(r.landings.lost).toBeCloseTo(134400, CENT);
    expect(r.landings.total).toBeCloseTo(402951.96, CENT);
    expect(r.landings.expected).toBeCloseTo(110001.96 + (249950 * 8) / 19 + 43000 * 0.44, CENT);
    expect(r.landings.sourcedShare).toBeCloseTo(277450.5 / 402951.96, RATE);
  });

  it('splits the landings by demand source and segment', () => {
    const marketing = r.landings.byDemandSource.marketing;
    expect(marketing.landed).toBeCloseTo(27500.5, CENT);
    expect(marketing.due).toBeCloseTo(249950, CENT);
    expect(marketing.lost).toBeCloseTo(123150, CENT);
    expect(marketing.expected).toBeCloseTo(27500.5 + (249950 * 8) / 19, CENT);
    expect(r.landings.byDemandSource.channel).toMatchObject({ due: 43000, lost: 11250 });
    expect(r.landings.byDemandSource.unknown.landed).toBeCloseTo(82501.46, CENT);
    expect(r.landings.bySegment.enterprise.total).toBeCloseTo(108550, CENT);
    expect(r.landings.bySegment.enterprise.expected).toBeCloseTo(32600 + (75950 * 8) / 19, CENT);
  });

  it('counts created pipeline against the same elapsed days of earlier quarters', () => {
    expect(r.create.created).toBeCloseTo(351449.09, CENT);
    expect(r.create.createdCount).toBe(14);
    expect(r.create.previousQuarter.created).toBeCloseTo(208981.3, CENT);
    expect(r.create.previousQuarter.createdCount).toBe(7);
    expect(r.create.yearAgo.created).toBeCloseTo(31150, CENT);
    expect(r.create.yearAgo.createdCount).toBe(3);
  });

  it('falls back to whole-history win rates and spreads creation by the fiscal lag', () => {
    expect(r.rates.winRate.overall).toBeCloseTo(11 / 25, RATE);
    expect(r.rates.winRate.bySource.marketing).toBeCloseTo(8 / 19, RATE);
    expect(r.rates.winRate.bySource.channel).toBeCloseTo(11 / 25, RATE);
    expect(r.rates.winRate.lowSample).toBe(true);
    expect(r.rates.cycleDays).toBe(90);
    expect(r.forward.lag).toHaveLength(5);
    [2 / 9, 4 / 9, 2 / 9, 1 / 9, 0].forEach((share, k) =>
      expect(r.forward.lag?.[k]).toBeCloseTo(share, RATE),
    );
    const open = (190548.59 * 8) / 19 + 76000 * 0.44;
    const expected = [60100.5 + (open * 2) / 9, (open * 4) / 9, (open * 2) / 9, open / 9, 0];
    expect(r.forward.quarters.map((q) => q.label)).toEqual([
      'FY2026 Q4',
      'FY2027 Q1',
      'FY2027 Q2',
      'FY2027 Q3',
      'FY2027 Q4',
    ]);
    expect(r.forward.quarters[0]?.landed).toBeCloseTo(60100.5, CENT);
    expected.forEach((value, k) =>
      expect(r.forward.quarters[k]?.expected).toBeCloseTo(value, CENT),
    );
  });

  it('flags the undated deal, the stale pipeline and the unknown-source share', () => {
    expect(r.integrity.undated).toBe(1);
    expect(r.integrity.overdueCount).toBe(4);
    expect(r.integrity.unknownSourceShare).toBeCloseTo(82501.46 / 402951.96, RATE);
    expect(r.integrity.rejectedRows).toBe(0);
  });
});

/*
 * The same HubSpot file with no --period or --as-of: D is the latest created date or close date
 * of a closed deal, 2026-02-20 (…1449 created "2026-02-20 14:03"); open deals closing in June and
 * August do not move it. P = FY2027 Q1 = 2026-02-01 … 2026-04-30, elapsed 20/89.
 *   landed  = …1432 3,200 (Partner) + …395 18,200 = 21,400.00; lost = …696 86,624.68
 *   due     = …1342 28,000 (Offline Sources, 02-09, overdue) + …644 7,192.05 (blank source)
 *           + …1541 49,030.06 + …1449 15,000 + …2233 32,950 + …1935 40,266.15 = 172,438.26
 *   total   = 193,838.26; marketing 18,200 + 137,246.21 = 155,446.21 → share 0.80193…
 * Rates: 21 closed in FY2026 → overall 9/21 recent; marketing 16 recent → history 11/26;
 *   unknown 3 recent → history 5/6; channel 3 in all → overall. Low sample.
 *   expected = 21,400 + 137,246.21 × 11/26 + 35,192.05 × 5/6 = 108,792.4126
 * Created 02-01 … 02-20: 50,693.90 + 15,000 + 32,950 = 98,643.90 in 3; previous quarter
 *   2025-11-01 … 11-20: 18,000 + 27,500.50 + 43,000 + 32,600 = 121,100.50 in 4; a year ago none.
 * Lag: 13 wins, k counts 5, 4, 3, 1, 0; forward P+0 = 98,643.90 × 11/26 × 5/13 = 16,051.5222.
 */
describe('unseen HubSpot deals export with the default period and as-of date', () => {
  let r: CliReport;
  beforeAll(async () => {
    r = await report(['--opportunities', HUBSPOT, '--fiscal-start', '2']);
  }, SPAWN_TIMEOUT_MS);

  it('looks from the latest created or closed date, ignoring planned close dates', () => {
    expect(r.period).toMatchObject({
      label: 'FY2027 Q1',
      start: '2026-02-01',
      end: '2026-04-30',
      asOf: '2026-02-20',
    });
    expect(r.period.elapsed).toBeCloseTo(20 / 89, RATE);
  });

  it('lands, keeps due and loses the hand-computed amounts', () => {
    expect(r.landings.landed).toBeCloseTo(21400, CENT);
    expect(r.landings.due).toBeCloseTo(172438.26, CENT);
    expect(r.landings.overdue).toBeCloseTo(28000, CENT);
    expect(r.landings.lost).toBeCloseTo(86624.68, CENT);
    expect(r.landings.total).toBeCloseTo(193838.26, CENT);
    expect(r.landings.expected).toBeCloseTo(
      21400 + (137246.21 * 11) / 26 + (35192.05 * 5) / 6,
      CENT,
    );
    expect(r.landings.sourcedShare).toBeCloseTo(155446.21 / 193838.26, RATE);
    expect(r.landings.byDemandSource.marketing.landed).toBeCloseTo(18200, CENT);
    expect(r.landings.byDemandSource.marketing.due).toBeCloseTo(137246.21, CENT);
    expect(r.landings.bySegment.enterprise.total).toBeCloseTo(18200 + 28000 + 32950, CENT);
  });

  it('compares creation with the previous quarter and an empty year-ago window', () => {
    expect(r.create.created).toBeCloseTo(98643.9, CENT);
    expect(r.create.createdCount).toBe(3);
    expect(r.create.previousQuarter).toMatchObject({ created: 121100.5, createdCount: 4 });
    expect(r.create.yearAgo).toMatchObject({ created: 0, createdCount: 0 });
  });

  it('uses the recent overall rate and history rates for thin sources', () => {
    expect(r.rates.winRate.overall).toBeCloseTo(9 / 21, RATE);
    expect(r.rates.winRate.bySource.marketing).toBeCloseTo(11 / 26, RATE);
    expect(r.rates.winRate.bySource.unknown).toBeCloseTo(5 / 6, RATE);
    expect(r.rates.winRate.bySource.channel).toBeCloseTo(9 / 21, RATE);
    expect(r.rates.winRate.lowSample).toBe(true);
    expect(r.rates.cycleDays).toBe(102);
    [5 / 13, 4 / 13, 3 / 13, 1 / 13, 0].forEach((share, k) =>
      expect(r.forward.lag?.[k]).toBeCloseTo(share, RATE),
    );
    const open = (98643.9 * 11) / 26;
    [5, 4, 3, 1, 0].forEach((count, k) =>
      expect(r.forward.quarters[k]?.expected).toBeCloseTo((open * count) / 13, CENT),
    );
  });

  it('counts every stale open deal, in any period', () => {
    expect(r.integrity.undated).toBe(1);
    expect(r.integrity.overdueCount).toBe(13);
    expect(r.integrity.unknownSourceShare).toBeCloseTo(35192.05 / 193838.26, RATE);
  });
});

/*
 * Salesforce Opportunities report, calendar year, FY2026 Q2 = 2026-04-01 … 06-30, as of 2026-05-14.
 * 86 records (one name holds a quoted line break), "Grand Totals (86 records)" footer.
 *   landed  = QpmCfAEA 54,266.78 + A7PPcQQQ 22,586.88 (SDR) + ha1vbQAE 37,743.98 + dBnzMQIQ 88,437.58
 *           + BJqLbQAQ 76,190.14 + BCGmWAAQ 18,750.25 (won on the as-of date) = 297,975.61
 *   lost    = DQcpfAIQ 38,350 (Purchased List) + ACybhAEA 80,013.49 (blank source) = 118,363.49
 *   due, by source (qBLWDQQQ, created 05-20, is ignored):
 *     marketing 6,800 + 95,570.69 + 65,000 + 21,000 + blank = 188,370.69
 *     sales     69,000 + 26,750 + 31,750 + 9,529.42 = 137,029.42
 *     tele      23,500 + 31,000 (no probability) = 54,500;  channel 41,000 + 69,000 = 110,000
 *     unknown   21,500 + 3,000 = 24,500;          due = 514,400.11
 *   overdue = 21,500 + 6,800 + 3,000 + 95,570.69 + 69,000 = 195,870.69 (qL3NOEAI, due on 05-14, is not)
 *   total   = 812,375.72; marketing 275,388.73 + 188,370.69 = 463,759.42 → share 0.57086…
 * Rates, closed 2025-04-01 … 2026-03-31: overall 16/41 (recent), marketing 11/27 (recent);
 *   sales 1/4 and tele 2/6 recent → whole history 3/9 and 3/8; channel (3) and unknown (2) → 16/41.
 *   expected = 297,975.61 + 188,370.69 × 11/27 + 137,029.42 × 3/9 + 54,500 × 3/8 + 134,500 × 16/41
 *            = 493,321.0027
 *   with CRM probability: Σ due × Probability (%) = 241,731.79 (the blank one keeps 3/8)
 *            → 539,707.40
 * Created 04-01 … 05-14: 10 deals, 330,447.39; previous quarter 01-01 … 02-13: 95,570.69 + 15,700
 *   + 88,437.58 + 41,000 + 80,013.49 + 6,800 = 327,521.76 in 6; a year ago 2025-04-01 … 05-14:
 *   43,000 + 31,758.11 + 12,400 + 13,450 = 100,608.11 in 4.
 * Lag: 20 wins in 2024-04-01 … 2026-03-31, k = 0 ×5, 1 ×10, 2 ×5 → [0.25, 0.5, 0.25, 0, 0].
 * Forward: landed BCGmWAAQ 18,750.25 in P; open value = 174,247.14 × 11/27 + 100,750 × 3/9
 *   + 31,000 × 3/8 + 5,700 × 16/41 = 118,422.2991; P+0 = 18,750.25 + ¼ of it = 48,355.8248.
 * Cycle: 16 recent wins, median (74 + 82) / 2 = 78 days.
 */
const SF_OPEN_VALUE = (174247.14 * 11) / 27 + 100750 / 3 + 31000 * 0.375 + (5700 * 16) / 41;
const SF_PERIOD = ['--period', 'FY2026-Q2', '--as-of', '2026-05-14'];

describe('unseen Salesforce opportunities report, FY2026 Q2 as of 2026-05-14', () => {
  let r: CliReport;
  beforeAll(async () => {
    r = await report(['--opportunities', SALESFORCE, ...SF_PERIOD]);
  }, SPAWN_TIMEOUT_MS);

  it('lands, keeps due and loses the hand-computed amounts', () => {
    expect(r.period.elapsed).toBeCloseTo(44 / 91, RATE);
    expect(r.landings.landed).toBeCloseTo(297975.61, CENT);
    expect(r.landings.due).toBeCloseTo(514400.11, CENT);
    expect(r.landings.overdue).toBeCloseTo(195870.69, CENT);
    expect(r.landings.lost).toBeCloseTo(118363.49, CENT);
    expect(r.landings.total).toBeCloseTo(812375.72, CENT);
    expect(r.landings.expected).toBeCloseTo(
      297975.61 + (188370.69 * 11) / 27 + 137029.42 / 3 + 54500 * 0.375 + (134500 * 16) / 41,
      CENT,
    );
    expect(r.landings.sourcedShare).toBeCloseTo(463759.42 / 812375.72, RATE);
  });

  it('splits the landings by demand source and segment', () => {
    const marketing = r.landings.byDemandSource.marketing;
    expect(marketing.landed).toBeCloseTo(275388.73, CENT);
    expect(marketing.due).toBeCloseTo(188370.69, CENT);
    expect(r.landings.byDemandSource.sales.due).toBeCloseTo(137029.42, CENT);
    expect(r.landings.byDemandSource.tele).toMatchObject({ landed: 22586.88, due: 54500 });
    expect(r.landings.byDemandSource.unknown).toMatchObject({ due: 24500, lost: 118363.49 });
    expect(r.landings.bySegment.enterprise.total).toBeCloseTo(76190.14 + 173100.11, CENT);
  });

  it('counts created pipeline against the same elapsed days of earlier quarters', () => {
    expect(r.create.created).toBeCloseTo(330447.39, CENT);
    expect(r.create.createdCount).toBe(10);
    expect(r.create.previousQuarter.created).toBeCloseTo(327521.76, CENT);
    expect(r.create.previousQuarter.createdCount).toBe(6);
    expect(r.create.yearAgo.created).toBeCloseTo(100608.11, CENT);
    expect(r.create.yearAgo.createdCount).toBe(4);
  });

  it('uses the recent window where it is deep enough and falls back elsewhere', () => {
    expect(r.rates.winRate.overall).toBeCloseTo(16 / 41, RATE);
    expect(r.rates.winRate.bySource.marketing).toBeCloseTo(11 / 27, RATE);
    expect(r.rates.winRate.bySource.sales).toBeCloseTo(3 / 9, RATE);
    expect(r.rates.winRate.bySource.tele).toBeCloseTo(3 / 8, RATE);
    expect(r.rates.winRate.bySource.channel).toBeCloseTo(16 / 41, RATE);
    expect(r.rates.winRate.bySource.unknown).toBeCloseTo(16 / 41, RATE);
    expect(r.rates.winRate.lowSample).toBe(true);
    expect(r.rates.cycleDays).toBe(78);
  });

  it('spreads the quarter’s creation over the next quarters by the lag', () => {
    [0.25, 0.5, 0.25, 0, 0].forEach((share, k) =>
      expect(r.forward.lag?.[k]).toBeCloseTo(share, RATE),
    );
    const expected = [18750.25 + SF_OPEN_VALUE / 4, SF_OPEN_VALUE / 2, SF_OPEN_VALUE / 4, 0, 0];
    expect(r.forward.quarters[0]?.landed).toBeCloseTo(18750.25, CENT);
    expected.forEach((value, k) =>
      expect(r.forward.quarters[k]?.expected).toBeCloseTo(value, CENT),
    );
  });

  it('flags the undated deal, the stale pipeline and the unknown-source share', () => {
    expect(r.integrity.undated).toBe(1);
    expect(r.integrity.overdueCount).toBe(6);
    expect(r.integrity.unknownSourceShare).toBeCloseTo(24500 / 812375.72, RATE);
    expect(r.integrity.rejectedRows).toBe(0);
  });
});

describe('unseen Salesforce opportunities report with --use-crm-probability', () => {
  let r: CliReport;
  beforeAll(async () => {
    r = await report(['--opportunities', SALESFORCE, ...SF_PERIOD, '--use-crm-probability']);
  }, SPAWN_TIMEOUT_MS);

  it('weights due deals by Probability (%), the source rate where it is blank', () => {
    // marketing 6,800×.5 + 95,570.69×.2 + 65,000×.7 + 21,000×.7 = 82,714.138
    const marketing = 82714.138;
    // sales 69,000×.2 + 26,750×.5 + 31,750×.1 + 9,529.42×.6; tele 23,500×.75 + 31,000×3/8
    const rest = 36067.652 + 29250 + (41000 * 0.6 + 69000 * 0.9) + (21500 * 0.2 + 3000 * 0.9);
    expect(r.landings.expected).toBeCloseTo(297975.61 + marketing + rest, CENT);
    expect(r.landings.byDemandSource.marketing.expected).toBeCloseTo(275388.73 + marketing, CENT);
    expect(r.landings.landed).toBeCloseTo(297975.61, CENT);
  });

  it('keeps the demand-source win rate for the forward projection', () => {
    expect(r.forward.quarters[1]?.expected).toBeCloseTo(SF_OPEN_VALUE / 2, CENT);
  });
});
