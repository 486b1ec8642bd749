import { describe, expect, it } from 'vitest';
import {
  parseMappingProfile,
  profileMappingFor,
  profileMatchesHeaders,
  serializeMappingProfile,
} from '../../../shared/import/mapping-profile';
import type { MappingProfile } from '../../../shared/import/mapping-profile';

const LEADS: MappingProfile = {
  quarterdeckMapping: 1,
  name: 'CRM leads',
  kind: 'leads',
  headers: ['Lead Ref', 'Opened', 'Firm'],
  mapping: { id: 'Lead Ref', createdDate: 'Opened', accountName: 'Firm' },
  dateOrder: 'dmy',
};

/** The profile as JSON text with some keys replaced (or removed with `undefined`). */
function text(changes: Record<string, unknown>): string {
  return JSON.stringify({ ...LEADS, ...changes });
}

function errorOf(input: string): string {
  const result = parseMappingProfile(input);
  if (result.ok) throw new Error(`expected an error for ${input}`);
  return result.error;
}

describe('parseMappingProfile', () => {
  it('reads a valid profile back as it was written', () => {
    expect(parseMappingProfile(serializeMappingProfile(LEADS))).toEqual({
      ok: true,
      profile: LEADS,
    });
  });

  it('reads a profile without a date order and with a byte-order mark', () => {
    const result = parseMappingProfile(`\uFEFF${text({ dateOrder: undefined })}`);
    expect(result).toEqual({
      ok: true,
      profile: {
        quarterdeckMapping: 1,
        name: 'CRM leads',
        kind: 'leads',
        headers: ['Lead Ref', 'Opened', 'Firm'],
        mapping: { id: 'Lead Ref', createdDate: 'Opened', accountName: 'Firm' },
      },
    });
  });

  it('says where text that is not JSON breaks, by line and column', () => {
    // Line 2 is `  "name": ,`: the comma in column 11 is where a value should be.
    expect(errorOf('{\n  "name": ,\n}')).toMatch(
      /^This mapping profile is not JSON: .*',' at line 2, column 11\.$/,
    );
    expect(errorOf('{\n "headers": ["A", "B",]\n}')).toMatch(
      /JSON: Unexpected token ']' at line 2, column 23\.$/,
    );
  });

  it('says when the JSON stops before it is complete, or there is none', () => {
    expect(errorOf('{ "name": "x"')).toMatch(
      /^This mapping profile is not JSON: .* at the end of the file\.$/,
    );
    expect(errorOf(' \n ')).toBe('This mapping profile is empty.');
  });

  it('refuses another version, or JSON that is not a profile at all', () => {
    expect(errorOf(text({ quarterdeckMapping: 2 }))).toBe(
      'Mapping profile version 2 is not supported; this version of Quarterdeck reads "quarterdeckMapping": 1.',
    );
    expect(errorOf(text({ quarterdeckMapping: undefined }))).toBe(
      'This is not a Quarterdeck mapping profile: it has no "quarterdeckMapping": 1.',
    );
    expect(errorOf('[1, 2]')).toBe('A mapping profile is a JSON object; this holds a list.');
  });

  it('names an unknown kind before anything else', () => {
    expect(errorOf(text({ kind: 'deals', mapping: { amount: 4 } }))).toBe(
      'Unknown kind "deals"; expected one of opportunities, leads, touchpoints, meetings, accounts, target-accounts, spend, targets.',
    );
  });

  it('names a field the kind does not have', () => {
    expect(errorOf(text({ mapping: { id: 'Lead Ref', amount: 'Firm' } }))).toMatch(
      /^"mapping" names a field leads files do not have: "amount" \(leads fields: id, createdDate, /,
    );
  });

  it('names a header that is not text, in the mapping or the header list', () => {
    expect(errorOf(text({ mapping: { id: 42 } }))).toBe(
      '"mapping.id" must be a column header (text), got 42.',
    );
    expect(errorOf(text({ headers: ['Lead Ref', null] }))).toBe(
      '"headers[1]" must be a column header (text), got null.',
    );
  });

  it('refuses a mapped column that is not among the headers', () => {
    expect(errorOf(text({ mapping: { id: 'Lead Id' } }))).toBe(
      '"mapping.id" names the column "Lead Id", which is not one of "headers".',
    );
  });

  it('refuses a blank name, an unknown date order and unknown keys', () => {
    expect(errorOf(text({ name: '  ' }))).toBe(
      '"name" must be non-empty text naming the profile, got "  ".',
    );
    expect(errorOf(text({ dateOrder: 'ymd' }))).toBe(
      '"dateOrder" must be "mdy" (month first) or "dmy" (day first), got "ymd".',
    );
    expect(errorOf(text({ dateorder: 'dmy' }))).toBe(
      'Unknown key "dateorder" in the mapping profile (expected quarterdeckMapping, name, kind, headers, mapping, dateOrder).',
    );
  });
});

describe('serializeMappingProfile', () => {
  it('writes pretty JSON in a fixed key order, fields in the kind’s order', () => {
    const shuffled: MappingProfile = {
      kind: 'leads',
      mapping: { accountName: 'Firm', id: 'Lead Ref' },
      headers: ['Lead Ref', 'Firm'],
      name: 'Short',
      quarterdeckMapping: 1,
    };
    expect(serializeMappingProfile(shuffled)).toBe(
      [
        '{',
        '  "quarterdeckMapping": 1,',
        '  "name": "Short",',
        '  "kind": "leads",',
        '  "headers": [',
        '    "Lead Ref",',
        '    "Firm"',
        '  ],',
        '  "mapping": {',
        '    "id": "Lead Ref",',
        '    "accountName": "Firm"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('profileMatchesHeaders', () => {
  it('matches the same headers in any order, case and surrounding spaces', () => {
    expect(profileMatchesHeaders(LEADS, [' firm', 'OPENED ', 'Lead Ref'])).toBe(true);
  });

  it('does not match when a header is missing or added', () => {
    expect(profileMatchesHeaders(LEADS, ['Lead Ref', 'Opened'])).toBe(false);
    expect(profileMatchesHeaders(LEADS, ['Lead Ref', 'Opened', 'Firm', 'Email'])).toBe(false);
  });
});

describe('profileMappingFor', () => {
  it('gives the mapping for the profile’s own kind only', () => {
    expect(profileMappingFor(LEADS, 'leads')).toEqual({
      id: 'Lead Ref',
      createdDate: 'Opened',
      accountName: 'Firm',
    });
    expect(profileMappingFor(LEADS, 'accounts')).toBeNull();
  });
});
