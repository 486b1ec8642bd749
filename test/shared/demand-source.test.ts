import { describe, expect, it } from 'vitest';
import { classifyLeadSource, normaliseWords } from '../../shared/demand-source';

describe('normaliseWords', () => {
  it('lower-cases and turns runs of other characters into one space', () => {
    expect(normaliseWords('  Paid__Search / (Google)  ')).toBe('paid search google');
    expect(normaliseWords('Trade-Show 2024')).toBe('trade show 2024');
    expect(normaliseWords('---')).toBe('');
    // Letters beyond ASCII are letters too.
    expect(normaliseWords('Événements—Salon')).toBe('événements salon');
  });
});

describe('classifyLeadSource keyword rule (metrics.md §3)', () => {
  const cases: Array<[string | null, string]> = [
    // The examples of §3.
    ['Partner Referral', 'channel'],
    ['SDR Outbound', 'tele'],
    ['Sales Email', 'sales'],
    ['paid_search', 'marketing'],
    ['Employee Referral', 'marketing'],
    ['Purchased List', 'unknown'],
    ['Offline Sources', 'unknown'],
    // Order: channel beats everything, tele beats sales, sales beats marketing.
    ['Reseller Webinar', 'channel'],
    ['Inside Sales', 'tele'],
    ['BDR - Cold Call', 'tele'],
    ['Cold Call', 'sales'],
    ['AE Sourced', 'sales'],
    ['Self-Generated', 'sales'],
    ['Inbound - Website', 'marketing'],
    ['Trade Show', 'marketing'],
    ['Direct Traffic', 'marketing'],
    ['VAR', 'channel'],
    // Whole words only: 'various' holds 'var', 'webster' holds 'web', 'partners' is not 'partner'.
    ['Various', 'unknown'],
    ['Webster Fair', 'unknown'],
    ['Partners', 'unknown'],
    // 'inside' alone, or 'trade' alone, is not a keyword phrase.
    ['Inside', 'unknown'],
    ['Trade', 'unknown'],
    ['', 'unknown'],
    [null, 'unknown'],
  ];
  it.each(cases)('classifies %j as %s', (raw, expected) => {
    expect(classifyLeadSource(raw, {})).toBe(expected);
  });
});

describe('classifyLeadSource table', () => {
  it('lets the table override the keyword rule, keyed by normalised words', () => {
    const table = { 'purchased list': 'tele', 'partner referral': 'marketing' } as const;
    expect(classifyLeadSource('Purchased  List', table)).toBe('tele');
    expect(classifyLeadSource('Partner_Referral', table)).toBe('marketing');
    expect(classifyLeadSource('Partner Event', table)).toBe('channel');
  });

  it('matches table keys written with other spacing or case', () => {
    expect(classifyLeadSource('purchased list', { 'Purchased-List': 'sales' })).toBe('sales');
  });
});
