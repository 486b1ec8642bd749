import { describe, expect, it } from 'vitest';
import type { DrillResult } from '../../../shared/drill';
import { drillDown } from '../../../shared/drill';
import { drillPath } from '../../../shared/deck/drill-path';
import { buildReportContext } from '../../../shared/metrics/report-context';
import { fixtureInput } from './drill-fixture';

const rc = buildReportContext(fixtureInput());

/** The drill-down at `path`, failing the test on an error. */
function drill(path: string): DrillResult {
  const result = drillDown(rc, path);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The first column of every row: the records' ids. */
const ids = (r: DrillResult) => r.rows.map((row) => row[0]);

describe('drillDown', () => {
  it('lists the marketing deal won in the quarter by D, not the one won after D', () => {
    const r = drill('landings.byDemandSource.marketing.landed');
    expect(r.recordKind).toBe('opportunity');
    expect(ids(r)).toEqual(['o1']);
    expect([r.count, r.sum, r.sumColumn]).toEqual([1, 1000.5, 'amount']);
    expect(r.title).toBe('Landed · Marketing · FY2026 Q1');
  });

  it('lists the due pipeline largest amount first, a blank amount as 0', () => {
    const r = drill('landings.due');
    expect(ids(r)).toEqual(['o3', 'o2', 'o8']);
    expect([r.count, r.sum]).toEqual([3, 5000]);
    const amount = r.columns.findIndex((c) => c.key === 'amount');
    expect(r.rows.map((row) => row[amount])).toEqual([3000, 2000, 0]);
  });

  it('lists only the open deal whose close date has passed as overdue', () => {
    expect(ids(drill('landings.overdue'))).toEqual(['o2']);
  });

  it('lists the seven deals created from the quarter start to D, unrounded', () => {
    const r = drill('create.created');
    expect(ids(r)).toEqual(['o3', 'o7', 'o1', 'o5', 'o9', 'o6', 'o8']);
    expect([r.count, r.sum]).toEqual([7, 6690.75]);
  });

  it('lists the undated deal', () => {
    expect(ids(drill('integrity.undated'))).toEqual(['o6']);
  });

  it('pairs the sales deal with the marketing lead disqualified on its account', () => {
    const r = drill('integrity.strippedAmount');
    expect(r.rows).toEqual([
      ['o7', 'Gamma LLC', 'Sales', '2026-02-01', 'L2', 'Disqualified', '2026-01-25', '', 1200],
    ]);
    expect([r.count, r.sum]).toEqual([1, 1200]);
  });

  it('lists the touch dated by D that links to no deal, not the one after D', () => {
    const r = drill('integrity.orphanTouchpoints');
    expect(r.rows.map((row) => [row[0], row[5]])).toEqual([['2026-01-20', 'Nobody Ltd']]);
    expect(r.sum).toBeNull();
  });

  it('counts two meetings with one account on one day once, and a meeting after a won deal as customer', () => {
    const prospect = drill('create.meetings.netNewProspect');
    expect(prospect.rows.map((row) => [row[0], row[2], row[5]])).toEqual([
      ['2026-02-03', 'beta', 2],
      ['2026-02-12', 'zeta', 1],
    ]);
    expect(drill('create.meetings.netNewCustomer').rows.map((row) => row[0])).toEqual([
      '2026-01-25',
    ]);
  });

  it('adds up the month and quarter spend rows of the channel, not last quarter’s', () => {
    const r = drill('create.channelEfficiency.paid search.spend');
    expect(r.recordKind).toBe('spend');
    expect([r.count, r.sum]).toEqual([2, 450.5]);
  });

  it('reads a lead source holding a dot through the JSON path form', () => {
    const r = drill(drillPath('create', 'funnelByChannel', 'Web.Inbound', 'sql'));
    expect(ids(r)).toEqual(['L4']);
    expect(r.sum).toBeNull();
  });

  it('counts MQLs dated in the quarter, whenever the lead was created', () => {
    expect(ids(drill('create.leads.mqls'))).toEqual(['L5', 'L1', 'L2']);
  });

  it('names an unknown path in its error', () => {
    const result = drillDown(rc, 'landings.byDemandSource.nobody.landed');
    expect(result).toMatchObject({ ok: false, path: 'landings.byDemandSource.nobody.landed' });
    expect(result.ok ? '' : result.error).toContain('"landings.byDemandSource.nobody.landed"');
  });
});
