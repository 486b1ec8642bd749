import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { DrillRef, DraftedSlide } from '../../../shared/deck/slide-content';
import type { Report } from '../../../shared/metrics/report-types';
import type { ReportContext } from '../../../shared/metrics/report-context';
import { draftDeck } from '../../../shared/deck/compose-deck';
import { computeReport } from '../../../shared/metrics';
import { buildReportContext } from '../../../shared/metrics/report-context';
import { drillDown, figureAt, figurePaths } from '../../../shared/drill';
import { reportInputArb } from '../metrics/arbitraries';
import { FIXTURE_CONTEXT, fixtureInput } from './drill-fixture';

/** Every drill ref on a slide: KPI tiles, table cells, chart values. */
function refsOf(slide: DraftedSlide): { where: string; ref: DrillRef }[] {
  const out: { where: string; ref: DrillRef }[] = [];
  slide.kpis.forEach((k) => {
    if (k.drill) out.push({ where: `KPI "${k.label}"`, ref: k.drill });
  });
  const v = slide.visual;
  if (v?.type === 'table') {
    v.rows.forEach((row, r) =>
      row.drill?.forEach((ref, c) => {
        if (ref) out.push({ where: `table row ${r} cell ${c}`, ref });
      }),
    );
  }
  if (v?.type === 'chart') {
    v.datasets.forEach((ds) =>
      ds.drill?.forEach((ref, i) => {
        if (ref) out.push({ where: `chart "${ds.label}" value ${i}`, ref });
      }),
    );
  }
  return out;
}

/** What a drill shows for its measure, or a failure message. */
function drilled(rc: ReportContext, ref: DrillRef): number | string {
  const result = drillDown(rc, ref.path);
  if (!result.ok) return result.error;
  if (ref.measure === 'count') return result.count;
  return result.sum ?? `${ref.path} has no sum`;
}

/** Whether two amounts agree to the cent. */
const sameCents = (a: number, b: number): boolean => Math.round(a * 100) === Math.round(b * 100);

/** A KPI is a money or count figure unless its value is a rate, a change, days, n/a, or an estimate. */
const ESTIMATES = new Set(['Expected', 'Expected to land']);
/** Averages are not records either. */
const AVERAGE = /per week|average|median/i;
function isRecordFigure(label: string, value: string): boolean {
  if (ESTIMATES.has(label) || AVERAGE.test(label)) return false;
  return !/%|n\/a|days|×|—/.test(value) && /\d/.test(value);
}

describe('every figure on every slide opens the records behind it', () => {
  const input = fixtureInput();
  const report = computeReport(input);
  const rc = buildReportContext(input);
  const deck = draftDeck(report, FIXTURE_CONTEXT);

  it('has every supporting kind in the fixture, so no slide is left out', () => {
    expect(report.landings.influenced).not.toBeNull();
    expect(report.create.leads).not.toBeNull();
    expect(report.create.meetings).not.toBeNull();
    expect(report.create.targetAccounts).not.toBeNull();
    expect(report.create.channelEfficiency).not.toBeNull();
    expect(report.targets).not.toBeNull();
    for (const [kind, slide] of Object.entries(deck))
      expect([kind, slide.unavailable]).toEqual([kind, null]);
  });

  for (const [kind, slide] of Object.entries(deck)) {
    it(`holds the drill-down of each figure on the ${kind} slide to the figure`, () => {
      for (const { where, ref } of refsOf(slide)) {
        const figure = figureAt(report, ref.path);
        const shown = drilled(rc, ref);
        expect(typeof figure, `${kind} ${where}: ${ref.path} names no figure`).toBe('number');
        expect(typeof shown, `${kind} ${where}: ${String(shown)}`).toBe('number');
        if (typeof figure === 'number' && typeof shown === 'number') {
          expect(
            sameCents(shown, figure),
            `${kind} ${where} ${ref.path}: ${shown} ≠ ${figure}`,
          ).toBe(true);
        }
      }
    });

    it(`gives every money and count KPI on the ${kind} slide a drill-down`, () => {
      const missing = slide.kpis
        .filter((k) => isRecordFigure(k.label, k.value) && k.drill === undefined)
        .map((k) => `${k.label} (${k.value})`);
      expect(missing).toEqual([]);
    });
  }

  it('opens every money and count figure of the report, each equal to it', () => {
    const paths = figurePaths(report);
    expect(paths.length).toBeGreaterThan(200);
    for (const ref of paths) {
      const figure = figureAt(report, ref.path);
      const shown = drilled(rc, ref);
      expect([ref.path, shown]).toEqual([ref.path, figure]);
    }
  });
});

/** Every path's drill against its figure, for one input. */
function mismatches(report: Report, rc: ReportContext): string[] {
  const bad: string[] = [];
  for (const ref of figurePaths(report)) {
    const figure = figureAt(report, ref.path);
    const shown = drilled(rc, ref);
    if (typeof figure !== 'number' || typeof shown !== 'number' || !sameCents(figure, shown)) {
      bad.push(`${ref.path}: drill ${String(shown)} vs figure ${String(figure)}`);
    }
  }
  return bad;
}

describe('drill-downs of random inputs', () => {
  it('equal their figures for every path', () => {
    fc.assert(
      fc.property(reportInputArb, (input) => {
        let report: Report;
        try {
          report = computeReport(input);
        } catch {
          return; // No period to report on: nothing to drill.
        }
        expect(mismatches(report, buildReportContext(input))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
