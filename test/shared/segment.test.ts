import { describe, expect, it } from 'vitest';
import { classifySegment } from '../../shared/segment';

const bands = { smbBelow: 100, enterpriseFrom: 1000 };

describe('classifySegment (metrics.md §3)', () => {
  it.each([
    ['SMB', 'smb'],
    ['Small Business', 'smb'],
    ['small', 'smb'],
    ['Mid-Market', 'midmarket'],
    ['MidMarket', 'midmarket'],
    ['Commercial', 'midmarket'],
    ['mid', 'midmarket'],
    ['Enterprise', 'enterprise'],
    ['ENT', 'enterprise'],
    ['Strategic Accounts', 'enterprise'],
    ['Large', 'enterprise'],
  ])('maps the segment column %j to %s, ahead of employees', (raw, expected) => {
    expect(classifySegment({ segmentRaw: raw, employees: 5 }, bands)).toBe(expected);
  });

  it('checks column words in the order smb, midmarket, enterprise', () => {
    expect(classifySegment({ segmentRaw: 'Small Enterprise', employees: null }, bands)).toBe('smb');
    expect(classifySegment({ segmentRaw: 'Commercial - Large', employees: null }, bands)).toBe(
      'midmarket',
    );
  });

  it('uses the employee bands when there is no segment column', () => {
    expect(classifySegment({ segmentRaw: null, employees: 99 }, bands)).toBe('smb');
    expect(classifySegment({ segmentRaw: null, employees: 100 }, bands)).toBe('midmarket');
    expect(classifySegment({ segmentRaw: null, employees: 999 }, bands)).toBe('midmarket');
    expect(classifySegment({ segmentRaw: null, employees: 1000 }, bands)).toBe('enterprise');
  });

  it('falls back to employees when the column names no segment', () => {
    expect(classifySegment({ segmentRaw: 'Public Sector', employees: 12 }, bands)).toBe('smb');
  });

  it('treats 0 or blank employees as unknown', () => {
    expect(classifySegment({ segmentRaw: null, employees: 0 }, bands)).toBe('unknown');
    expect(classifySegment({ segmentRaw: '', employees: null }, bands)).toBe('unknown');
  });

  it('follows edited bands', () => {
    const edited = { smbBelow: 50, enterpriseFrom: 500 };
    expect(classifySegment({ segmentRaw: null, employees: 60 }, edited)).toBe('midmarket');
    expect(classifySegment({ segmentRaw: null, employees: 500 }, edited)).toBe('enterprise');
  });
});
