import { describe, expect, it } from 'vitest';
import { computeReport, ReportInputError } from '../../../shared/metrics/index';
import type { Lead, Meeting, Touchpoint } from '../../../shared/records';
import { isoDate, money } from '../../../shared/units';
import { input, opp } from './factory';

const touchTemplate: Touchpoint = {
  date: isoDate('2026-01-01'),
  opportunityId: null,
  accountId: null,
  accountName: 'Stark',
  leadId: null,
  campaign: null,
  channel: null,
  type: null,
};
const meetingTemplate: Meeting = {
  date: isoDate('2026-01-01'),
  accountName: 'Stark',
  accountId: null,
  kind: null,
  owner: null,
};

describe('period and as-of date (metrics.md §2)', () => {
  const data = [
    opp({ created: '2026-02-10', close: '2026-06-30', status: 'open', amount: 10 }),
    opp({ created: '2026-01-05', close: '2026-02-20', status: 'won', amount: 20 }),
    opp({ created: '2025-11-01', close: '2026-02-18', status: 'lost', amount: 5 }),
  ];

  it('defaults asOf to the latest created or closed-deal date, ignoring open close dates', () => {
    const r = computeReport(input(data));
    // Latest: won close 2026-02-20 (the open deal's 2026-06-30 is a plan, not an event).
    // FY2026 Q1 (January start) = 2026-01-01..03-31 = 90 days; elapsed = (31 + 20) / 90.
    expect(r.period).toEqual({
      label: 'FY2026 Q1',
      id: 'FY2026-Q1',
      start: '2026-01-01',
      end: '2026-03-31',
      asOf: '2026-02-20',
      elapsed: 51 / 90,
    });
  });

  it('counts touch, lead and meeting dates toward the default asOf, but not spend or targets', () => {
    const lead: Lead = {
      id: 'L1',
      createdDate: isoDate('2026-01-10'),
      accountName: null,
      email: null,
      leadSource: null,
      status: null,
      statusDate: null,
      lifecycleStage: null,
      mqlDate: isoDate('2026-03-02'),
      sqlDate: null,
      opportunityDate: null,
      customerDate: null,
      converted: null,
      convertedDate: null,
      convertedOpportunityId: null,
    };
    const touch = { date: isoDate('2026-02-25') };
    const meeting = { date: isoDate('2026-02-27') };
    // Opportunities alone: 2026-02-20. The lead's MQL date 2026-03-02 is the latest event.
    expect(computeReport({ ...input(data), leads: [lead] }).period.asOf).toBe('2026-03-02');
    expect(
      computeReport({
        ...input(data),
        touchpoints: [{ ...touchTemplate, ...touch }],
        meetings: [{ ...meetingTemplate, ...meeting }],
      }).period.asOf,
    ).toBe('2026-02-27');
    // A spend row dated later is a plan of money, not an event: D stays 2026-02-20.
    expect(
      computeReport({
        ...input(data),
        spend: [
          {
            period: null,
            date: isoDate('2026-03-15'),
            channel: 'Webinar',
            amount: money(500),
            currency: null,
            campaign: null,
          },
        ],
      }).period.asOf,
    ).toBe('2026-02-20');
  });

  it('lets settings.asOf win and puts P around it', () => {
    const r = computeReport(input(data, { asOf: '2025-12-01' }));
    expect([r.period.id, r.period.asOf]).toEqual(['FY2025-Q4', '2025-12-01']);
  });

  it('lets settings.period win for P while D stays the data date', () => {
    const r = computeReport(input(data, { period: 'FY2025 Q4' }));
    expect([r.period.id, r.period.asOf, r.period.elapsed]).toEqual(['FY2025-Q4', '2026-02-20', 1]);
  });

  it('reads periods in a February fiscal year', () => {
    const r = computeReport(input(data, { fiscalYearStartMonth: 2 }));
    // 2026-02-20 lies in Feb–Apr 2026 = FY2027 Q1 (the year ends January 2027).
    expect([r.period.id, r.period.start, r.period.end]).toEqual([
      'FY2027-Q1',
      '2026-02-01',
      '2026-04-30',
    ]);
  });

  it('ignores records created after D everywhere', () => {
    const late = [
      opp({ created: '2026-01-05', close: '2026-03-15', amount: 7 }),
      opp({ created: '2026-02-10', close: '2026-03-15', amount: 15 }),
      opp({ created: '2026-02-10', amount: 3 }),
    ];
    const before = computeReport(input(late, { asOf: '2026-02-01' }));
    // Only the deal created 2026-01-05 exists at D: due 7, created 1, nothing undated.
    expect([before.landings.due, before.create.createdCount, before.integrity.undated]).toEqual([
      7, 1, 0,
    ]);
    const after = computeReport(input(late, { asOf: '2026-02-10' }));
    // On 2026-02-10 all three exist: due 7 + 15 = 22, created 3, one undated.
    expect([after.landings.due, after.create.createdCount, after.integrity.undated]).toEqual([
      22, 3, 1,
    ]);
  });

  it('explains a malformed period in settings', () => {
    expect(() => computeReport(input(data, { period: 'Q3 2026' }))).toThrow(
      new ReportInputError(
        'Settings: Period "Q3 2026" is not a fiscal quarter; write it like FY2026-Q3 or FY2026 Q3.',
      ),
    );
  });

  it('explains data without any date', () => {
    expect(() => computeReport(input([opp({ amount: 5 })]))).toThrow(/no as-of date/);
  });

  it('looks from the end of a chosen period when the data hold no date', () => {
    const r = computeReport(input([opp({ amount: 5 })], { period: 'FY2026-Q2' }));
    expect(r.period.asOf).toBe('2026-06-30');
  });
});
