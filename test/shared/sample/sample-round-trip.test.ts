import { describe, expect, it } from 'vitest';
import { importOpportunities } from '../../../shared/import';
import { computeReport } from '../../../shared/metrics';
import { DEMAND_SOURCES } from '../../../shared/records';
import { generateSampleOpportunitiesCsv } from '../../../shared/sample';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { isoDate } from '../../../shared/units';

const ANCHOR = isoDate('2025-09-17');
const { fileName, csv } = generateSampleOpportunitiesCsv({ anchorDate: ANCHOR });
const imported = importOpportunities(new TextEncoder().encode(csv), { fileName });
const report = computeReport({
  opportunities: imported.records,
  settings: { ...DEFAULT_SETTINGS, asOf: ANCHOR },
  rejectedRows: imported.summary.rejected,
});

describe('the sample through the importer and the metrics', () => {
  it('imports every row as a Salesforce Opportunities report, footer reconciled', () => {
    expect(imported.fatal).toBeNull();
    expect(imported.errors).toEqual([]);
    expect(imported.summary.format).toBe('salesforce-opportunities');
    expect(imported.summary.rejected).toBe(0);
    expect(imported.summary.rowsRead).toBe(1500);
    expect(imported.summary.imported).toBe(1500);
    expect(imported.summary.footerRecordCount).toBe(1500);
    expect(imported.summary.footerMatches).toBe(true);
    expect(imported.summary.duplicateIds).toEqual([]);
  });

  it('reads the usual mess as the importer should: undated and unpriced open deals listed', () => {
    expect(imported.summary.undatedIds).toHaveLength(15);
    expect(imported.summary.openWithoutAmount).toHaveLength(6);
  });

  it("reports on the anchor's quarter by default", () => {
    expect(report.period.label).toBe('FY2025 Q3');
    expect(report.period.asOf).toBe(ANCHOR);
  });

  it("has something landed, due and created in the anchor's quarter", () => {
    expect(report.landings.landed).toBeGreaterThan(0);
    expect(report.landings.due).toBeGreaterThan(0);
    expect(report.landings.overdue).toBeGreaterThan(0);
    expect(report.create.created).toBeGreaterThan(0);
  });

  it('has every demand source in the landings and the created pipeline', () => {
    for (const source of DEMAND_SOURCES) {
      expect(report.landings.byDemandSource[source].total, source).toBeGreaterThan(0);
      expect(report.create.byDemandSource[source].createdCount, source).toBeGreaterThan(0);
    }
  });

  it('grows: more deals created this quarter than in the same days of last year', () => {
    expect(report.create.createdCount).toBeGreaterThan(report.create.yearAgo.createdCount);
  });

  it('wins marketing-sourced deals more often than sales-sourced ones', () => {
    const { marketing, sales } = report.rates.winRate.bySource;
    expect(marketing).not.toBeNull();
    expect(sales).not.toBeNull();
    expect(marketing ?? 0).toBeGreaterThan(sales ?? 1);
    expect(report.rates.winRate.lowSample).toBe(false);
  });

  it('imports clean for other anchors and seeds too', () => {
    for (const [anchor, seed] of [
      ['2026-02-01', 1],
      ['2024-12-31', 99],
    ] as const) {
      const sample = generateSampleOpportunitiesCsv({ anchorDate: isoDate(anchor), seed });
      const result = importOpportunities(new TextEncoder().encode(sample.csv), {
        fileName: sample.fileName,
      });
      expect(result.summary.rejected, anchor).toBe(0);
      expect(result.summary.imported, anchor).toBe(1500);
    }
  });
});
