import { describe, expect, it } from 'vitest';
import { detectFileKind, importRecords } from '../../../shared/import';
import type { RecordKind, RecordOfKind } from '../../../shared/import/types';
import { computeReport, SUPPORTING_KEYS } from '../../../shared/metrics';
import type { SupportingRecords } from '../../../shared/metrics';
import {
  generateSampleOpportunitiesCsv,
  generateSampleWorkspace,
  SAMPLE_KINDS,
} from '../../../shared/sample';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { isoDate } from '../../../shared/units';
import { parseQuotedCsv } from './csv-rows';

const ANCHOR = isoDate('2025-09-17');
const workspace = generateSampleWorkspace({ anchorDate: ANCHOR });
const bytes = (kind: RecordKind): Uint8Array => new TextEncoder().encode(workspace[kind].csv);
const imported = <K extends RecordKind>(kind: K) =>
  importRecords(kind, bytes(kind), { fileName: workspace[kind].fileName });
const records = <K extends RecordKind>(kind: K): RecordOfKind[K][] => imported(kind).records;

const opportunities = records('opportunities');
const supporting: Record<string, unknown> = {};
for (const kind of SAMPLE_KINDS) {
  if (kind !== 'opportunities') supporting[SUPPORTING_KEYS[kind]] = records(kind);
}
const withEverything = computeReport({
  opportunities,
  settings: DEFAULT_SETTINGS,
  rejectedRows: 0,
  ...(supporting as SupportingRecords),
});
const opportunitiesAlone = computeReport({
  opportunities,
  settings: DEFAULT_SETTINGS,
  rejectedRows: 0,
});

describe('generateSampleWorkspace', () => {
  it('holds one file of every record kind, named after Harborline and the anchor', () => {
    expect(Object.keys(workspace).sort()).toEqual([...SAMPLE_KINDS].sort());
    expect(SAMPLE_KINDS).toHaveLength(8);
    expect(workspace.touchpoints.fileName).toBe(
      'harborline-sample-campaign-members-2025-09-17.csv',
    );
    expect(workspace.spend.fileName).toBe('harborline-sample-marketing-spend-2025-09-17.csv');
  });

  it('keeps the opportunities byte for byte as generateSampleOpportunitiesCsv writes them', () => {
    expect(workspace.opportunities).toEqual(generateSampleOpportunitiesCsv({ anchorDate: ANCHOR }));
    const seven = generateSampleWorkspace({ anchorDate: ANCHOR, seed: 7 });
    expect(seven.opportunities.csv).toBe(
      generateSampleOpportunitiesCsv({ anchorDate: ANCHOR, seed: 7 }).csv,
    );
  });

  it('gives the same bytes for the same seed and other bytes for another seed, kind by kind', () => {
    const again = generateSampleWorkspace({ anchorDate: ANCHOR });
    const other = generateSampleWorkspace({ anchorDate: ANCHOR, seed: 7 });
    for (const kind of SAMPLE_KINDS) {
      expect(again[kind].csv, kind).toBe(workspace[kind].csv);
      expect(other[kind].csv, kind).not.toBe(workspace[kind].csv);
    }
  });

  it('refuses an anchor date that is not a real date', () => {
    expect(() => generateSampleWorkspace({ anchorDate: '2025-02-30' as typeof ANCHOR })).toThrow(
      /2025-02-30/,
    );
  });

  it('writes files the importer recognises as their kind and imports without a reject', () => {
    for (const kind of SAMPLE_KINDS) {
      expect(detectFileKind(bytes(kind)), kind).toBe(kind);
      const result = imported(kind);
      expect(result.fatal, kind).toBeNull();
      expect(result.errors, kind).toEqual([]);
    }
  });

  it('generates the expected number of rows of each kind', () => {
    const rows = (kind: RecordKind) => imported(kind).summary.rowsRead;
    expect(rows('leads')).toBe(7973);
    expect(rows('touchpoints')).toBe(20658);
    // Members who never responded are skipped, not touches.
    expect(imported('touchpoints').summary.imported).toBe(17985);
    expect(rows('meetings')).toBe(4168);
    expect(rows('accounts')).toBe(1093);
    expect(rows('target-accounts')).toBe(150);
    // 25 months (Sep 2023 … Sep 2025) × 6 channels.
    expect(rows('spend')).toBe(150);
    expect(rows('targets')).toBe(46);
  });

  it('reconciles the Salesforce reports against their Grand Totals footers', () => {
    for (const kind of ['leads', 'touchpoints', 'accounts'] as const) {
      expect(imported(kind).summary.footerMatches, kind).toBe(true);
    }
  });

  it("links leads and touches to the deals' ids and accounts", () => {
    const oppIds = new Set(opportunities.map((o) => o.id));
    const accountIds = new Set(opportunities.map((o) => o.accountId));
    const converted = records('leads').filter((l) => l.convertedOpportunityId !== null);
    expect(converted.length).toBeGreaterThan(700);
    for (const lead of converted) expect(oppIds.has(lead.convertedOpportunityId ?? '')).toBe(true);
    const touches = records('touchpoints');
    const onDeals = touches.filter((t) => t.opportunityId !== null);
    expect(onDeals.length / touches.length).toBeGreaterThan(0.99);
    for (const t of onDeals) {
      expect(oppIds.has(t.opportunityId ?? '')).toBe(true);
      expect(accountIds.has(t.accountId)).toBe(true);
    }
  });

  it("dates nothing after the deals' latest date, so the as-of is the opportunities' own", () => {
    expect(withEverything.period).toEqual(opportunitiesAlone.period);
    expect(withEverything.period.asOf).toBe('2025-09-17');
  });

  it('leaves every figure of the opportunities alone as it was', () => {
    const opportunityOnly = (landings: typeof withEverything.landings) => ({
      ...landings,
      influenced: null,
      acceleration: null,
    });
    expect(opportunityOnly(withEverything.landings)).toEqual(
      opportunityOnly(opportunitiesAlone.landings),
    );
    expect(withEverything.create.created).toBe(opportunitiesAlone.create.created);
    expect(withEverything.create.byDemandSource).toEqual(opportunitiesAlone.create.byDemandSource);
    expect(withEverything.create.bySegment).toEqual(opportunitiesAlone.create.bySegment);
    expect(withEverything.forward).toEqual(opportunitiesAlone.forward);
    expect(withEverything.rates).toEqual(opportunitiesAlone.rates);
    expect(withEverything.integrity.undated).toBe(opportunitiesAlone.integrity.undated);
    expect(withEverything.integrity.overdueCount).toBe(opportunitiesAlone.integrity.overdueCount);
  });

  it('measures every figure the other kinds feed', () => {
    const { landings, create, integrity, targets } = withEverything;
    expect(landings.influenced?.share).toBeGreaterThan(0.4);
    expect(create.leads?.created).toBeGreaterThan(0);
    expect(Object.keys(create.funnelByChannel ?? {})).toContain('Webinar');
    expect(create.meetings?.netNewProspect).toBeGreaterThan(0);
    expect(create.meetings?.netNewCustomer).toBeGreaterThan(0);
    expect(create.targetAccounts).toMatchObject({ accounts: 150 });
    expect(create.targetAccounts?.touched).toBeGreaterThan(0);
    expect(create.targetAccounts?.met).toBeGreaterThan(0);
    expect(create.targetAccounts?.withPipeline).toBeGreaterThan(0);
    expect(create.targetAccounts?.won).toBeGreaterThan(0);
    expect(create.channelEfficiency?.['paid search']?.spend).toBeGreaterThan(0);
    expect(create.channelEfficiency?.['paid search']?.opportunities).toBeGreaterThan(0);
    // Target accounts not yet worked and leads that went nowhere: a few, not thousands.
    expect(integrity.orphanTouchpoints).toBeGreaterThan(0);
    expect(integrity.orphanTouchpoints).toBeLessThan(200);
    expect(integrity.strippedPairs).toBe(5);
    expect(targets?.length).toBeGreaterThan(10);
  });

  it("sets this quarter's targets so that some are on pace and some behind", () => {
    const targets = withEverything.targets ?? [];
    expect(targets.some((t) => t.onPace === true)).toBe(true);
    expect(targets.some((t) => t.onPace === false)).toBe(true);
  });

  it("sets targets for the anchor's quarter and the one before", () => {
    const periods = new Set(records('targets').map((t) => t.period));
    expect(periods).toEqual(new Set(['FY2025-Q2', 'FY2025-Q3']));
  });

  it('names spend channels as the lead sources the deals carry', () => {
    const [, ...rows] = workspace.spend.csv.trim().split('\n');
    const channels = new Set(rows.map((r) => r.split(',')[1]));
    expect(channels).toEqual(
      new Set(['Paid Search', 'Web', 'Webinar', 'Email', 'Employee Referral', 'Trade Show']),
    );
    const sources = new Set(opportunities.map((o) => o.leadSource));
    for (const channel of channels)
      if (channel !== 'Email') expect(sources.has(channel ?? '')).toBe(true);
  });

  it('lists target accounts with a tier and 40 with no deal yet', () => {
    const accountIds = new Set(opportunities.map((o) => o.accountId));
    const list = records('target-accounts');
    expect(new Set(list.map((t) => t.tier))).toEqual(new Set(['Tier 1', 'Tier 2', 'Tier 3']));
    expect(list.filter((t) => !accountIds.has(t.accountId)).length).toBe(40);
  });

  it('writes the leads as a Salesforce leads report', () => {
    const [header] = parseQuotedCsv(workspace.leads.csv);
    expect(header).toContain('Converted Opportunity ID');
    expect(imported('leads').summary.format).toBe('salesforce-leads');
  });
});
