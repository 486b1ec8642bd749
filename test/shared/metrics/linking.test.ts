import { describe, expect, it } from 'vitest';
import type { Opportunity } from '../../../shared/records';
import type { TouchLinks } from '../../../shared/metrics/linking';
import {
  linkedTouchWithin,
  linkTouchpoints,
  orphanTouchpoints,
  touchesOf,
} from '../../../shared/metrics/linking';
import { prepareOpportunities } from '../../../shared/metrics/prepared';
import { isoDate } from '../../../shared/units';
import { settings } from './factory';
import { convertedLead, linkedOpp, touch } from './influence-fixture';

/** The opportunities as the metrics see them, all created well before D. */
function prep(opportunities: Opportunity[]) {
  return prepareOpportunities(opportunities, settings(), isoDate('2026-12-31'));
}

/** Each opportunity's linked touches, by campaign name, for readable expectations. */
function campaigns(links: TouchLinks): string[][] {
  return Array.from({ length: links.opportunityCount }, (_, i) =>
    touchesOf(links, i).map((t) => t.campaign ?? '?'),
  );
}

const day = '2026-01-05';

describe('linking touchpoints to opportunities (metrics.md §5)', () => {
  it('links a touch with an opportunity id to that opportunity only, not to the rest of its account', () => {
    const opps = prep([
      linkedOpp({ id: 'o1', accountName: 'Stark' }),
      linkedOpp({ id: 'o2', accountName: 'Stark' }),
    ]);
    const links = linkTouchpoints(
      [touch({ date: day, opportunityId: 'o1', accountName: 'Stark', campaign: 'c1' })],
      opps,
    );
    expect(campaigns(links)).toEqual([['c1'], []]);
    expect(links.orphans).toBe(0);
  });

  it('counts a touch whose opportunity id matches nothing as an orphan, without falling back to its account', () => {
    const opps = prep([linkedOpp({ id: 'o1', accountName: 'Stark' })]);
    const links = linkTouchpoints(
      [touch({ date: day, opportunityId: 'o9', accountName: 'Stark', campaign: 'c1' })],
      opps,
    );
    expect(campaigns(links)).toEqual([[]]);
    expect(orphanTouchpoints(links)).toBe(1);
  });

  it('links a touch without an opportunity id to every opportunity of its account', () => {
    const opps = prep([
      linkedOpp({ id: 'o1', accountId: 'A1' }),
      linkedOpp({ id: 'o2', accountId: 'A1' }),
      linkedOpp({ id: 'o3', accountId: 'A2' }),
    ]);
    const links = linkTouchpoints([touch({ date: day, accountId: 'A1', campaign: 'c1' })], opps);
    expect(campaigns(links)).toEqual([['c1'], ['c1'], []]);
  });

  it('compares account ids where both have one, and names only where one of them lacks an id', () => {
    const opps = prep([
      // Same id, other name: linked by id.
      linkedOpp({ id: 'o1', accountId: 'A1', accountName: 'Wayne' }),
      // Same name, other id: two different accounts, not linked.
      linkedOpp({ id: 'o2', accountId: 'A2', accountName: 'Stark' }),
      // Same name, no id: linked by name.
      linkedOpp({ id: 'o3', accountName: 'Stark' }),
    ]);
    const links = linkTouchpoints(
      [touch({ date: day, accountId: 'A1', accountName: 'Stark', campaign: 'c1' })],
      opps,
    );
    expect(campaigns(links)).toEqual([['c1'], [], ['c1']]);
  });

  it('links a touch with a name and no account id to every opportunity of that name, with or without an id', () => {
    const opps = prep([
      linkedOpp({ id: 'o1', accountId: 'A2', accountName: 'Stark' }),
      linkedOpp({ id: 'o2', accountName: 'Stark' }),
      linkedOpp({ id: 'o3', accountName: 'Wayne' }),
    ]);
    const links = linkTouchpoints(
      [touch({ date: day, accountName: 'Stark', campaign: 'c1' })],
      opps,
    );
    expect(campaigns(links)).toEqual([['c1'], ['c1'], []]);
  });

  it('treats `Stark, Inc.` and `STARK LLC` as one account', () => {
    const opps = prep([linkedOpp({ id: 'o1', accountName: 'STARK LLC' })]);
    const links = linkTouchpoints(
      [touch({ date: day, accountName: 'Stark, Inc.', campaign: 'c1' })],
      opps,
    );
    expect(campaigns(links)).toEqual([['c1']]);
  });

  it('never links by a name with no letters or digits', () => {
    const opps = prep([linkedOpp({ id: 'o1', accountName: '—' })]);
    const links = linkTouchpoints([touch({ date: day, accountName: '...', campaign: 'c1' })], opps);
    expect(campaigns(links)).toEqual([[]]);
    expect(links.orphans).toBe(1);
  });

  it('treats a 15-character and an 18-character Salesforce id as one id, for opportunities and accounts', () => {
    const opps = prep([
      linkedOpp({ id: '0065g00000AbCdE' }),
      linkedOpp({ id: '0065g00000XyZwVAAQ', accountId: '0015g00000QrStUAAA' }),
    ]);
    const links = linkTouchpoints(
      [
        touch({ date: day, opportunityId: '0065g00000AbCdEIAK', campaign: '18 to 15' }),
        touch({ date: day, accountId: '0015g00000QrStU', campaign: 'account 15 to 18' }),
        // Case matters in a 15-character id: `abcde` is another record.
        touch({ date: day, opportunityId: '0065g00000abcdeIAK', campaign: 'other' }),
      ],
      opps,
    );
    expect(campaigns(links)).toEqual([['18 to 15'], ['account 15 to 18']]);
    expect(links.orphans).toBe(1);
  });

  it("links a touch carrying only a lead id to the opportunities with that leadId and to the lead's converted opportunity", () => {
    const opps = prep([
      linkedOpp({ id: 'o1', leadId: 'L1' }),
      linkedOpp({ id: 'o2' }),
      linkedOpp({ id: 'o3', leadId: 'L2' }),
    ]);
    const links = linkTouchpoints([touch({ date: day, leadId: 'L1', campaign: 'c1' })], opps, {
      leads: [convertedLead('L1', 'o2')],
    });
    expect(campaigns(links)).toEqual([['c1'], ['c1'], []]);
  });

  it('leaves a touch with only a lead id that no opportunity or lead knows as an orphan', () => {
    const opps = prep([linkedOpp({ id: 'o1', leadId: 'L1' })]);
    const links = linkTouchpoints([touch({ date: day, leadId: 'L7', campaign: 'c1' })], opps, {
      leads: [convertedLead('L7', null)],
    });
    expect(campaigns(links)).toEqual([[]]);
    expect(links.orphans).toBe(1);
  });

  it('lists a touch once on an opportunity it reaches both by account and by lead', () => {
    const opps = prep([linkedOpp({ id: 'o1', accountName: 'Stark', leadId: 'L1' })]);
    const links = linkTouchpoints(
      [touch({ date: day, accountName: 'Stark Corp', leadId: 'L1', campaign: 'c1' })],
      opps,
      { leads: [convertedLead('L1', 'o1')] },
    );
    expect(campaigns(links)).toEqual([['c1']]);
  });

  it('counts the touches that link to nothing, and ignores touches after D', () => {
    const opps = prep([linkedOpp({ id: 'o1', accountName: 'Stark' })]);
    const links = linkTouchpoints(
      [
        touch({ date: '2026-02-01', accountName: 'Stark', campaign: 'linked' }),
        touch({ date: '2026-02-01', accountName: 'Wayne', campaign: 'orphan 1' }),
        touch({ date: '2026-02-15', opportunityId: 'o2', campaign: 'orphan 2 (on D)' }),
        // After D: ignored everywhere, so neither linked nor an orphan.
        touch({ date: '2026-02-16', accountName: 'Stark', campaign: 'late' }),
        touch({ date: '2026-02-16', accountName: 'Wayne', campaign: 'late orphan' }),
      ],
      opps,
      { asOf: isoDate('2026-02-15') },
    );
    expect(campaigns(links)).toEqual([['linked']]);
    // 'orphan 1' and 'orphan 2 (on D)'.
    expect(orphanTouchpoints(links)).toBe(2);
  });

  it('keeps each linked touch with its date, channel, campaign and type for attribution', () => {
    const opps = prep([linkedOpp({ id: 'o1', accountName: 'Stark' })]);
    const links = linkTouchpoints(
      [touch({ date: day, accountName: 'Stark', campaign: 'Launch', channel: 'Webinar' })],
      opps,
    );
    expect(touchesOf(links, 0)).toEqual([
      {
        date: day,
        opportunityId: null,
        accountId: null,
        accountName: 'Stark',
        leadId: null,
        campaign: 'Launch',
        channel: 'Webinar',
        type: null,
      },
    ]);
  });
  it('finds a linked touch in a date range through any kind of link, both edges included', () => {
    const opps = prep([
      linkedOpp({ id: 'o1', accountId: 'A1', accountName: 'Stark', leadId: 'L1' }),
      linkedOpp({ id: 'o2', accountName: 'Wayne' }),
    ]);
    const links = linkTouchpoints(
      [
        touch({ date: '2026-01-10', accountId: 'A1', campaign: 'by account id' }),
        touch({ date: '2026-02-01', accountName: 'Stark Inc.', campaign: 'by name' }),
        touch({ date: '2026-03-01', leadId: 'L1', campaign: 'by lead' }),
        // Another account's id: links to o2 by name only, since o2 has no account id.
        touch({ date: '2026-01-20', accountId: 'A7', accountName: 'Wayne', campaign: 'name, id' }),
      ],
      opps,
    );
    const within = (i: number, from: string | null, to: string) =>
      linkedTouchWithin(links, i, from === null ? null : isoDate(from), isoDate(to));
    // o1's touches are dated 10 Jan (id), 1 Feb (name) and 1 Mar (lead).
    expect(within(0, '2026-01-10', '2026-01-10')).toBe(true);
    expect(within(0, '2026-01-11', '2026-01-31')).toBe(false);
    expect(within(0, '2026-01-11', '2026-02-01')).toBe(true);
    expect(within(0, '2026-02-02', '2026-03-01')).toBe(true);
    expect(within(0, null, '2026-01-09')).toBe(false);
    expect(within(0, '2026-03-02', '2026-12-31')).toBe(false);
    // o2's only touch is dated 20 Jan.
    expect(within(1, null, '2026-01-20')).toBe(true);
    expect(within(1, '2026-01-21', '2026-12-31')).toBe(false);
  });
});
