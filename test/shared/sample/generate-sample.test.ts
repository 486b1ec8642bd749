import { describe, expect, it } from 'vitest';
import { generateSampleOpportunitiesCsv, SAMPLE_COMPANY_NAME } from '../../../shared/sample';
import { salesforceId18 } from '../../../shared/sample/salesforce-ids';
import { isoDate } from '../../../shared/units';
import { isoFromUs, parseQuotedCsv } from './csv-rows';

const ANCHOR = isoDate('2025-09-17');
const sample = generateSampleOpportunitiesCsv({ anchorDate: ANCHOR });
const [header = [], ...rest] = parseQuotedCsv(sample.csv);
const footerStart = rest.findIndex((r) => r.length === 1);
const rows = rest.slice(0, footerStart);
const col = (name: string): number => header.indexOf(name);
const values = (name: string): string[] => rows.map((r) => r[col(name)] ?? '');
const isOpen = (r: string[]): boolean => !(r[col('Stage')] ?? '').startsWith('Closed');

describe('generateSampleOpportunitiesCsv', () => {
  it('names the fictional company', () => {
    expect(SAMPLE_COMPANY_NAME).toBe('Harborline Software');
    expect(sample.fileName).toBe('harborline-sample-opportunities-2025-09-17.csv');
  });

  it('gives the identical file for the same seed and anchor', () => {
    expect(generateSampleOpportunitiesCsv({ anchorDate: ANCHOR }).csv).toBe(sample.csv);
    expect(generateSampleOpportunitiesCsv({ anchorDate: ANCHOR, seed: 7 }).csv).toBe(
      generateSampleOpportunitiesCsv({ anchorDate: ANCHOR, seed: 7 }).csv,
    );
  });

  it('gives a different file for another seed', () => {
    expect(generateSampleOpportunitiesCsv({ anchorDate: ANCHOR, seed: 7 }).csv).not.toBe(
      sample.csv,
    );
  });

  it('refuses an anchor date that is not a real date', () => {
    expect(() =>
      generateSampleOpportunitiesCsv({ anchorDate: '2025-02-30' as typeof ANCHOR }),
    ).toThrow(/2025-02-30/);
  });

  it('writes a Salesforce Details Only export: quoted values, LF endings, the full footer', () => {
    expect(sample.csv).not.toContain('\r');
    expect(sample.csv.split('\n')[0]).toBe(
      '"Opportunity ID","Opportunity Name","Account Name","Account ID","Amount","Amount Currency","Close Date",' +
        '"Created Date","Stage","Probability (%)","Forecast Category","Lead Source","Type",' +
        '"Opportunity Owner","Primary Campaign Source","Employees"',
    );
    const lines = sample.csv.split('\n');
    expect(lines.slice(-6)).toEqual([
      '',
      `"Grand Totals (${rows.length} records)"`,
      '',
      '"Confidential Information - Do Not Distribute"',
      '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
      '',
    ]);
    for (const line of lines.slice(1, rows.length + 1)) {
      expect(line).toMatch(/^"[^"]*"(,"[^"]*"){15}$/);
    }
  });

  it('holds about 1,500 opportunities with unique 18-character ids', () => {
    expect(rows.length).toBe(1500);
    const ids = values('Opportunity ID');
    expect(new Set(ids).size).toBe(1500);
    for (const id of ids) expect(id).toMatch(/^006[0-9A-Za-z]{15}$/);
    for (const id of values('Account ID')) expect(id).toMatch(/^001[0-9A-Za-z]{15}$/);
  });

  it('creates nothing after the anchor and closes nothing after it', () => {
    for (const r of rows) {
      expect(isoFromUs(r[col('Created Date')] ?? '') <= ANCHOR).toBe(true);
      if (!isOpen(r)) expect(isoFromUs(r[col('Close Date')] ?? '') <= ANCHOR).toBe(true);
    }
  });

  it('spans two years of history up to the anchor', () => {
    const created = values('Created Date').map(isoFromUs).sort();
    expect(created[0]).toBe('2023-09-19');
    expect(created[created.length - 1]).toBe('2025-09-17');
  });

  it('writes dates as M/D/YYYY and amounts as plain numbers with cents', () => {
    for (const r of rows) {
      expect(r[col('Created Date')]).toMatch(/^[1-9]\d?\/[1-9]\d?\/\d{4}$/);
      expect(r[col('Close Date')]).toMatch(/^([1-9]\d?\/[1-9]\d?\/\d{4})?$/);
      expect(r[col('Amount')]).toMatch(/^(\d+\.\d{2})?$/);
    }
  });

  it('keeps deal sizes inside the segment bands', () => {
    for (const r of rows) {
      const amount = Number(r[col('Amount')]);
      if (r[col('Type')] === 'New Business' && r[col('Amount')] !== '') {
        expect(amount).toBeGreaterThanOrEqual(8_000);
        expect(amount).toBeLessThanOrEqual(400_000);
      }
    }
  });

  it('uses the listed lead sources, with about 4% blank', () => {
    const sources = values('Lead Source');
    expect(new Set(sources)).toEqual(
      new Set([
        'Web',
        'Webinar',
        'Trade Show',
        'Paid Search',
        'Partner Referral',
        'Reseller',
        'SDR Outbound',
        'BDR Prospecting',
        'Cold Call',
        'Sales Generated',
        'Employee Referral',
        'Purchased List',
        '',
      ]),
    );
    const blank = sources.filter((s) => s === '').length / sources.length;
    expect(blank).toBeGreaterThan(0.02);
    expect(blank).toBeLessThan(0.06);
  });

  it('wins 20–35% of closed deals overall', () => {
    const stages = values('Stage');
    const won = stages.filter((s) => s === 'Closed Won').length;
    const lost = stages.filter((s) => s === 'Closed Lost').length;
    expect(won / (won + lost)).toBeGreaterThan(0.2);
    expect(won / (won + lost)).toBeLessThan(0.35);
  });

  it('leaves the usual mess: ~3% overdue, ~1% undated and a few unpriced open deals', () => {
    const open = rows.filter(isOpen);
    const overdue = open.filter((r) => {
      const close = r[col('Close Date')] ?? '';
      return close !== '' && isoFromUs(close) < ANCHOR;
    });
    expect(overdue.length).toBe(45);
    expect(open.filter((r) => r[col('Close Date')] === '').length).toBe(15);
    expect(open.filter((r) => r[col('Amount')] === '').length).toBe(6);
    expect(rows.filter((r) => !isOpen(r) && r[col('Amount')] === '')).toEqual([]);
  });

  it('names accounts with legal suffixes', () => {
    for (const name of values('Account Name')) expect(name).toMatch(/ (Inc\.|LLC|Ltd|GmbH)$/);
  });
});

describe('salesforceId18', () => {
  it('encodes which letters are upper case in the three suffix characters', () => {
    expect(salesforceId18('006000000000000')).toBe('006000000000000AAA');
    expect(salesforceId18('A06000000000000')).toBe('A06000000000000BAA');
    expect(salesforceId18('00600B00000000Z')).toBe('00600B00000000ZABQ');
  });
});
