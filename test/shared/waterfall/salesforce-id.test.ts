import { describe, expect, it } from 'vitest';
import { opportunityKey, salesforceChecksum } from '../../../shared/waterfall/salesforce-id';

describe('salesforceChecksum', () => {
  it('encodes which letters of each five-character chunk are upper-case', () => {
    // Published examples of Salesforce's CASESAFEID conversion.
    expect(salesforceChecksum('a0D30000001n7Pi')).toBe('EAI');
    expect(salesforceChecksum('0019000000B98de')).toBe('AAB');
    expect(salesforceChecksum('ABCDEabcde01234')).toBe('5AA');
  });
});

describe('opportunityKey', () => {
  it('keys an 18-character Salesforce id by its 15-character form', () => {
    expect(opportunityKey('a0D30000001n7PiEAI')).toBe('a0D30000001n7Pi');
    expect(opportunityKey('0019000000B98deAAB')).toBe('0019000000B98de');
  });

  it('restores the case of an 18-character id a case-insensitive tool rewrote', () => {
    expect(opportunityKey('0019000000B98DEAAB')).toBe('0019000000B98de');
    expect(opportunityKey('a0d30000001n7pieai')).toBe('a0D30000001n7Pi');
  });

  it('keeps a 15-character id as written, case included', () => {
    expect(opportunityKey('0019000000B98de')).toBe('0019000000B98de');
    expect(opportunityKey('0019000000b98de')).toBe('0019000000b98de');
  });

  it('keeps 18-digit numeric ids whole: their last three digits are no checksum', () => {
    expect(opportunityKey('123456789012345000')).toBe('123456789012345000');
    expect(opportunityKey('123456789012345678')).toBe('123456789012345678');
  });

  it('keeps ids of other lengths and characters whole', () => {
    expect(opportunityKey('opp-1')).toBe('opp-1');
    expect(opportunityKey('0019000000B98de-AB')).toBe('0019000000B98de-AB');
    expect(opportunityKey('')).toBe('');
  });
});
