import { describe, expect, it } from 'vitest';
import type { ImportSummary, RecordImportSummary } from '../../../shared/import/types';
import {
  amountsMatch,
  duplicatesLabel,
  expectsFooter,
  reconciliationOf,
} from '../../../renderer/src/import/reconciliation';

const base = {
  fileName: 'f.csv',
  encoding: 'utf-8' as const,
  delimiter: ',',
  headers: ['A'],
  mapping: {},
  dateOrder: 'mdy' as const,
  footerRecordCount: null,
  footerMatches: null,
};

const opportunities: ImportSummary = {
  ...base,
  format: 'salesforce-opportunities',
  rowsRead: 10,
  imported: 9,
  rejected: 1,
  duplicateIds: ['006A'],
  amountRead: 1500,
  amountStored: 1000,
  footerRecordCount: 10,
  footerMatches: true,
  openWithoutAmount: ['006B'],
  undatedIds: [],
};

const members: RecordImportSummary<'touchpoints'> = {
  ...base,
  kind: 'touchpoints',
  format: 'salesforce-campaign-members',
  rowsRead: 5,
  imported: 3,
  rejected: 0,
  skippedNonResponders: 2,
  duplicateIds: null,
  amountRead: null,
  amountStored: null,
};

describe('the reconciliation of an import of any kind', () => {
  it('keeps every opportunity figure, and no skipped count', () => {
    const figures = reconciliationOf('opportunities', opportunities);
    expect(figures).toMatchObject({
      kind: 'opportunities',
      rowsRead: 10,
      imported: 9,
      rejected: 1,
      skippedNonResponders: null,
      duplicateIds: ['006A'],
      undatedIds: [],
      openWithoutAmount: ['006B'],
    });
    expect(amountsMatch(figures)).toBe(false);
  });

  it('marks what campaign members do not have as not applicable', () => {
    const figures = reconciliationOf('touchpoints', members);
    expect(figures).toMatchObject({
      skippedNonResponders: 2,
      duplicateIds: null,
      undatedIds: null,
      openWithoutAmount: null,
    });
    expect(amountsMatch(figures)).toBeNull();
  });

  it('sees amounts equal to the cent as matching', () => {
    const spend: RecordImportSummary<'spend'> = {
      ...base,
      kind: 'spend',
      format: 'custom',
      rowsRead: 4,
      imported: 4,
      rejected: 0,
      skippedNonResponders: null,
      duplicateIds: null,
      amountRead: 33750.5,
      amountStored: 33750.5,
    };
    expect(amountsMatch(reconciliationOf('spend', spend))).toBe(true);
  });

  it('expects a Grand Totals footer only from Salesforce reports', () => {
    expect(expectsFooter('salesforce-leads')).toBe(true);
    expect(expectsFooter('salesforce-campaign-members')).toBe(true);
    expect(expectsFooter('hubspot-contacts')).toBe(false);
    expect(expectsFooter('custom')).toBe(false);
  });

  it('calls duplicate targets targets, not ids', () => {
    expect(duplicatesLabel('targets')).toBe('Duplicate targets');
    expect(duplicatesLabel('leads')).toBe('Duplicate ids');
  });
});
