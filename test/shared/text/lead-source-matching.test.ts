import { describe, expect, it } from 'vitest';
import { classifyLeadSource, normaliseWords } from '../../../shared/demand-source';

describe('lead sources with invisible characters classify as they read', () => {
  it('reads "We\u200Bb" (a zero-width space inside) as Web, a marketing source', () => {
    expect(normaliseWords('We\u200Bb')).toBe('web');
    expect(classifyLeadSource('We\u200Bb', {})).toBe('marketing');
  });

  it('reads a partner source behind a right-to-left override and a BOM as channel', () => {
    expect(classifyLeadSource('\uFEFF\u202EPartner\u200D Referral', {})).toBe('channel');
  });

  it('matches a table row written without the zero-width characters', () => {
    expect(classifyLeadSource('Tra\u200Bde\u200C Sh\u2060ow', { 'trade show': 'sales' })).toBe(
      'sales',
    );
  });

  it('still splits words at a visible separator', () => {
    expect(normaliseWords('Paid_Search')).toBe('paid search');
  });
});
