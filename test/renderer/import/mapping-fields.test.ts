import { describe, expect, it } from 'vitest';
import {
  editorFields,
  mappedDateColumns,
  unmetRequirements,
} from '../../../renderer/src/import/mapping-fields';

describe('the mapping editor’s fields for each kind', () => {
  it('marks a lead’s id and created date required, on their own', () => {
    const fields = editorFields('leads');
    const required = fields.filter((f) => f.required).map((f) => f.field);
    expect(required).toEqual(['id', 'createdDate']);
    expect(fields.every((f) => f.oneOf === null)).toBe(true);
  });

  it('marks a touchpoint’s two date fields as one of a pair', () => {
    const fields = editorFields('touchpoints');
    const date = fields.find((f) => f.field === 'date');
    expect(date).toMatchObject({ required: false, oneOf: ['Touch date', 'First responded date'] });
  });

  it('names the groups a mapping leaves unmet', () => {
    expect(unmetRequirements('meetings', { date: 'Meeting Date' })).toEqual([
      ['Account name', 'Account id'],
    ]);
    expect(unmetRequirements('meetings', { date: 'When', accountId: 'Acct' })).toEqual([]);
  });

  it('lists the columns the kind reads dates from, once each, in field order', () => {
    expect(
      mappedDateColumns('leads', {
        id: 'Lead ID',
        createdDate: 'Created Date',
        convertedDate: 'Converted Date',
        email: 'Email',
      }),
    ).toEqual(['Created Date', 'Converted Date']);
    expect(mappedDateColumns('spend', { period: 'Month', channel: 'Channel' })).toEqual([]);
  });
});
