import { describe, expect, it } from 'vitest';
import { latestDataDate } from '../../../shared/metrics/resolve-period';
import { leadSourcesInData } from '../../../renderer/src/settings/lead-sources';
import { quartersInData } from '../../../renderer/src/settings/quarters-in-data';
import type { Opportunity, OpportunityStatus } from '../../../shared/records';
import { isoDate } from '../../../shared/units';

function deal(
  id: string,
  fields: {
    status?: OpportunityStatus;
    createdDate?: string | null;
    closeDate?: string | null;
    leadSource?: string | null;
  },
): Opportunity {
  const date = (value: string | null | undefined) => (value ? isoDate(value) : null);
  return {
    id,
    name: null,
    accountId: null,
    accountName: null,
    amount: null,
    currency: null,
    createdDate: date(fields.createdDate),
    closeDate: date(fields.closeDate),
    stage: null,
    status: fields.status ?? 'open',
    forecastCategory: null,
    probability: null,
    leadSource: fields.leadSource ?? null,
    type: null,
    segmentRaw: null,
    employees: null,
    region: null,
    owner: null,
    leadId: null,
    primaryCampaign: null,
  };
}

describe('latestDataDate', () => {
  it('takes the latest created date or closed-deal close date, ignoring open close dates', () => {
    const deals = [
      deal('1', { createdDate: '2026-01-10', closeDate: '2026-12-31', status: 'open' }),
      deal('2', { createdDate: '2026-02-01', closeDate: '2026-03-15', status: 'won' }),
      deal('3', { createdDate: '2026-03-01', closeDate: '2026-03-09', status: 'lost' }),
    ];
    expect(latestDataDate(deals)).toBe('2026-03-15');
  });

  it('is null when no record carries a date', () => {
    expect(latestDataDate([deal('1', {})])).toBeNull();
  });
});

describe('quartersInData', () => {
  it('lists each fiscal quarter with a created or close date once, newest first', () => {
    const deals = [
      deal('1', { createdDate: '2025-12-20', closeDate: '2026-02-10' }),
      deal('2', { createdDate: '2026-01-05', closeDate: '2026-04-30' }),
    ];
    // Fiscal year from February: Nov–Jan is FY2026 Q4, Feb–Apr is FY2027 Q1.
    expect(quartersInData(deals, 2).map((q) => q.id)).toEqual(['FY2027-Q1', 'FY2026-Q4']);
    expect(quartersInData(deals, 1).map((q) => q.id)).toEqual([
      'FY2026-Q2',
      'FY2026-Q1',
      'FY2025-Q4',
    ]);
  });
});

describe('leadSourcesInData', () => {
  it('merges spellings by their table key and counts opportunities, most frequent first', () => {
    const deals = [
      deal('1', { leadSource: 'Partner Referral' }),
      deal('2', { leadSource: 'partner_referral' }),
      deal('3', { leadSource: 'Partner Referral' }),
      deal('4', { leadSource: 'Webinar' }),
      deal('5', { leadSource: null }),
      deal('6', { leadSource: '  ' }),
    ];
    expect(leadSourcesInData(deals)).toEqual([
      {
        key: 'partner referral',
        raw: 'Partner Referral',
        variants: ['partner_referral'],
        count: 3,
      },
      { key: '', raw: '', variants: [], count: 2 },
      { key: 'webinar', raw: 'Webinar', variants: [], count: 1 },
    ]);
  });
});
