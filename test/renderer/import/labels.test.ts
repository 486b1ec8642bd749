import { describe, expect, it } from 'vitest';
import {
  KIND_LABELS,
  confirmLabel,
  listNames,
  recordCount,
  recordNoun,
} from '../../../renderer/src/import/labels';

describe('the import screen’s words for each kind', () => {
  it('names every kind as the issue does', () => {
    expect(KIND_LABELS).toEqual({
      opportunities: 'Opportunities',
      leads: 'Leads & contacts',
      touchpoints: 'Campaign members & touchpoints',
      meetings: 'Meetings',
      accounts: 'Accounts',
      'target-accounts': 'Target accounts',
      spend: 'Marketing spend',
      targets: 'Targets',
    });
  });

  it('counts campaign members in a campaign members report, touchpoints elsewhere', () => {
    expect(recordCount('touchpoints', 'salesforce-campaign-members', 12345)).toBe(
      '12,345 campaign members',
    );
    expect(recordCount('touchpoints', 'salesforce-campaign-influence', 1)).toBe(
      '1 campaign member',
    );
    expect(recordCount('touchpoints', 'custom', 2)).toBe('2 touchpoints');
  });

  it('calls the rows of a HubSpot contacts export contacts, of a leads report leads', () => {
    expect(recordNoun('leads', 'hubspot-contacts')).toEqual({ one: 'contact', many: 'contacts' });
    expect(recordCount('leads', 'salesforce-leads', 4)).toBe('4 leads');
  });

  it('puts every other kind’s noun in the right number', () => {
    expect(recordCount('opportunities', 'hubspot-deals', 1)).toBe('1 opportunity');
    expect(recordCount('opportunities', 'custom', 0)).toBe('0 opportunities');
    expect(recordCount('spend', 'custom', 4)).toBe('4 spend rows');
    expect(recordCount('target-accounts', 'custom', 1)).toBe('1 target account');
    expect(recordCount('meetings', 'custom', 3)).toBe('3 meetings');
  });

  it('labels the confirm button by kind and by what is still waiting', () => {
    expect(confirmLabel('opportunities', false, 0)).toBe('Import and build the deck');
    expect(confirmLabel('leads', false, 0)).toBe('Import');
    expect(confirmLabel('leads', false, 2)).toBe('Import and go to the next file');
    expect(confirmLabel('spend', true, 0)).toBe('Importing…');
  });

  it('lists waiting files in words, cutting a long list short', () => {
    expect(listNames(['a.csv'])).toBe('a.csv');
    expect(listNames(['a.csv', 'b.csv'])).toBe('a.csv and b.csv');
    expect(listNames(['a.csv', 'b.csv', 'c.csv'])).toBe('a.csv, b.csv and c.csv');
    expect(listNames(['a.csv', 'b.csv', 'c.csv', 'd.csv', 'e.csv'])).toBe(
      'a.csv, b.csv, c.csv and 2 more',
    );
  });
});
