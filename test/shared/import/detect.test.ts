import { describe, expect, it } from 'vitest';
import { MAPPABLE_FIELDS, proposeMapping } from '../../../shared/import';
import { resolveMapping } from '../../../shared/import/detect';

describe('proposeMapping', () => {
  it('recognises a Salesforce opportunities report and maps every known label', () => {
    const headers = [
      'Opportunity ID',
      'Opportunity Name',
      'Account Name',
      'Account ID',
      'Amount',
      'Amount Currency',
      'Close Date',
      'Created Date',
      'Stage',
      'Probability (%)',
      'Forecast Category',
      'Lead Source',
      'Type',
      'Opportunity Owner',
      'Primary Campaign Source',
      'Employees',
      'Won',
      'Closed',
    ];
    expect(proposeMapping(headers)).toEqual({
      format: 'salesforce-opportunities',
      mapping: {
        id: 'Opportunity ID',
        name: 'Opportunity Name',
        accountName: 'Account Name',
        accountId: 'Account ID',
        amount: 'Amount',
        currency: 'Amount Currency',
        closeDate: 'Close Date',
        createdDate: 'Created Date',
        stage: 'Stage',
        probability: 'Probability (%)',
        forecastCategory: 'Forecast Category',
        leadSource: 'Lead Source',
        type: 'Type',
        owner: 'Opportunity Owner',
        primaryCampaign: 'Primary Campaign Source',
        employees: 'Employees',
        won: 'Won',
        closed: 'Closed',
      },
    });
  });

  it('recognises a HubSpot deals export, older Deal ID and Original Traffic Source included', () => {
    const headers = [
      'Deal ID',
      'Deal Name',
      'Deal Stage',
      'Pipeline',
      'Amount',
      'Create Date',
      'Close Date',
      'Deal owner',
      'Deal Type',
      'Forecast category',
      'Deal probability',
      'Original Traffic Source',
      'Associated Company',
      'Number of Employees',
    ];
    expect(proposeMapping(headers)).toEqual({
      format: 'hubspot-deals',
      mapping: {
        id: 'Deal ID',
        name: 'Deal Name',
        stage: 'Deal Stage',
        amount: 'Amount',
        createdDate: 'Create Date',
        closeDate: 'Close Date',
        owner: 'Deal owner',
        type: 'Deal Type',
        forecastCategory: 'Forecast category',
        probability: 'Deal probability',
        leadSource: 'Original Traffic Source',
        accountName: 'Associated Company',
        employees: 'Number of Employees',
      },
    });
  });

  it('matches headers regardless of case and surrounding spaces', () => {
    const { format, mapping } = proposeMapping([
      '  opportunity id ',
      'OPPORTUNITY NAME',
      ' close date',
    ]);
    expect(format).toBe('salesforce-opportunities');
    expect(mapping).toEqual({
      id: '  opportunity id ',
      name: 'OPPORTUNITY NAME',
      closeDate: ' close date',
    });
  });

  it('proposes a mapping for a hand-made export with common names', () => {
    const headers = [
      'id',
      'name',
      'account',
      'amount',
      'close_date',
      'created date',
      'stage',
      'lead source',
      'segment',
      'employees',
      'region',
      'owner',
    ];
    expect(proposeMapping(headers)).toEqual({
      format: 'custom',
      mapping: {
        id: 'id',
        name: 'name',
        accountName: 'account',
        amount: 'amount',
        closeDate: 'close_date',
        createdDate: 'created date',
        stage: 'stage',
        leadSource: 'lead source',
        segmentRaw: 'segment',
        employees: 'employees',
        region: 'region',
        owner: 'owner',
      },
    });
  });

  it('prefers the converted amount of a multi-currency org, with its own currency column', () => {
    const headers = [
      'Opportunity ID',
      'Amount Currency',
      'Amount',
      'Amount (Converted) Currency',
      'Amount (Converted)',
    ];
    expect(proposeMapping(headers).mapping).toEqual({
      id: 'Opportunity ID',
      amount: 'Amount (Converted)',
      currency: 'Amount (Converted) Currency',
    });
  });

  it('does not pair a converted amount with the per-deal currency column', () => {
    const headers = ['Opportunity ID', 'Amount Currency', 'Amount', 'Amount (Converted)'];
    expect(proposeMapping(headers).mapping).toEqual({
      id: 'Opportunity ID',
      amount: 'Amount (Converted)',
    });
  });
});

describe('resolveMapping', () => {
  it('uses a user mapping as given, matched case-insensitively, and calls the format custom', () => {
    const result = resolveMapping(['Opportunity ID', 'Ref', 'Value'], {
      id: 'ref',
      amount: 'VALUE',
    });
    expect(result).toEqual({
      ok: true,
      format: 'custom',
      mapping: { id: 'Ref', amount: 'Value' },
      indexes: { id: 1, amount: 2 },
    });
  });

  it('is fatal when no column maps to id, listing the headers read', () => {
    const result = resolveMapping(['Name', 'Amount'], undefined);
    expect(result).toMatchObject({
      ok: false,
      fatal:
        'No opportunity id column found. Map a column to “id” (headers read: “Name”, “Amount”).',
    });
  });

  it('is fatal when a user mapping names a column the file lacks', () => {
    const result = resolveMapping(['Ref', 'Value'], { id: 'Ref', amount: 'Deal Value' });
    expect(result).toMatchObject({
      ok: false,
      fatal:
        'The mapping names a column this file does not have: “Deal Value” (for amount) (headers read: “Ref”, “Value”).',
    });
  });
});

describe('MAPPABLE_FIELDS', () => {
  it('lists every field once with only id required', () => {
    const fields = MAPPABLE_FIELDS.map((entry) => entry.field);
    expect(new Set(fields).size).toBe(fields.length);
    expect(fields).toHaveLength(21);
    expect(MAPPABLE_FIELDS.filter((entry) => entry.required).map((entry) => entry.field)).toEqual([
      'id',
    ]);
  });
});
