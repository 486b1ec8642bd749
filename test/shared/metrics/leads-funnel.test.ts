import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fiscalQuarter } from '../../../shared/calendar';
import { computeFunnelByChannel, computeLeads } from '../../../shared/metrics/leads-funnel';
import {
  asOfArb,
  context,
  lead,
  linkedOpp,
  randomLeads,
  randomOpps,
  withShuffle,
} from './create-extras-fixture';

// P = FY2026 Q1 (2026-01-01..03-31), D = 2026-02-14: every window below is 2026-01-01..02-14.
const asOf = '2026-02-14';

describe('leads (metrics.md §7)', () => {
  it('counts leads created in P from P.start up to D, ignoring leads created after D', () => {
    const leads = [
      lead({ created: '2025-12-31' }), // the day before P
      lead({ created: '2026-01-01' }), // P.start
      lead({ created: '2026-02-14' }), // D
      lead({ created: '2026-02-15', mql: '2026-02-15' }), // after D: ignored everywhere
    ];
    expect(computeLeads(context([], asOf), leads).created).toBe(2);
  });

  it('counts MQLs and SQLs by their own date in P, whatever the created date', () => {
    const leads = [
      lead({ created: '2025-11-01', mql: '2026-01-01', sql: '2026-02-14' }), // both on the edges
      lead({ created: '2025-11-01', mql: '2025-12-31', sql: '2026-02-15' }), // before P, after D
      lead({ created: '2026-01-10', mql: '2026-01-10' }),
    ];
    // mqls: 01-01 and 01-10 = 2; sqls: 02-14 only = 1.
    expect(computeLeads(context([], asOf), leads)).toEqual({
      created: 1,
      mqls: 2,
      sqls: 1,
      converted: 0,
    });
  });

  it('counts a conversion by convertedDate, else opportunityDate, unless the flag says not converted', () => {
    const leads = [
      lead({ created: '2025-12-01', converted: true, convertedDate: '2026-02-01' }), // counts
      lead({ created: '2025-12-01', opportunity: '2026-01-20' }), // HubSpot form: counts
      lead({ created: '2025-12-01', converted: true }), // converted but undated: no period
      lead({ created: '2025-12-01', converted: false, convertedDate: '2026-01-15' }), // flag wins
      lead({ created: '2025-12-01', convertedDate: '2026-02-15' }), // after D
      lead({ created: '2025-12-01', convertedDate: '2025-12-31', opportunity: '2026-01-02' }), // convertedDate wins: before P
    ];
    expect(computeLeads(context([], asOf), leads).converted).toBe(2);
  });
});

describe('funnel by channel (metrics.md §7)', () => {
  const opps = [
    linkedOpp({ id: 'O1', created: '2026-02-01' }), // open
    linkedOpp({
      id: 'O2',
      created: '2026-01-05',
      close: '2026-02-10',
      status: 'won',
      leadId: '00Q000000000006AAA', // the 18-character form of lead 00Q000000000006
    }),
    linkedOpp({ id: 'O3', created: '2026-02-01', close: '2026-02-20', status: 'won' }), // won after D
    linkedOpp({ id: 'O4', created: '2026-02-15' }), // created after D: does not exist at D
    linkedOpp({ id: '006000000000009', created: '2026-01-05' }),
  ];
  const leads = [
    lead({ created: '2026-01-01', source: 'Web', mql: '2026-01-05' }),
    lead({ created: '2026-01-02', source: 'Web', customer: '2026-02-01' }), // won without MQL date
    lead({ created: '2026-01-03', source: 'Web', mql: '2026-02-15' }), // MQL after D
    lead({ created: '2026-01-04', source: '  ' }), // blank
    lead({ created: '2026-01-05', source: null, convertedOpportunityId: 'O1' }),
    lead({ id: '00Q000000000006', created: '2026-01-06', source: 'web' }), // linked by O2.leadId
    lead({ created: '2026-01-07', source: 'Web', convertedOpportunityId: 'O3' }),
    lead({
      created: '2026-02-14',
      source: 'Web',
      convertedOpportunityId: 'O4',
      opportunity: '2026-02-15',
    }),
    lead({
      created: '2025-12-31',
      source: 'Web',
      mql: '2026-01-03',
      convertedOpportunityId: '006000000000009AAA',
    }), // FY2025 Q4 cohort
    lead({ created: '2026-02-10', source: ' Partner ', sql: '2026-02-14' }),
  ];

  it('counts each stage reached by D per raw lead source, later stages implying earlier ones', () => {
    const funnel = computeFunnelByChannel(context(opps, asOf), leads);
    // Web: created 01-01, 01-02, 01-03, 01-07, 02-14 = 5 leads.
    //   mql: 01-01 (mqlDate), 01-02 (won), 01-07 (opportunity O3) = 3; 01-03's MQL is after D.
    //   sql, opportunity: 01-02 and 01-07 = 2 (O3 exists at D, its win is after D).
    //   won: 01-02 (customerDate) = 1. 02-14's O4 and opportunityDate are after D.
    expect(funnel.Web).toEqual({ leads: 5, mql: 3, sql: 2, opportunity: 2, won: 1 });
    // (none): the blank and the null source; the null one converted into open O1.
    expect(funnel['(none)']).toEqual({ leads: 2, mql: 1, sql: 1, opportunity: 1, won: 0 });
    // web as written is its own key; O2 names it by the 18-character id and was won 02-10.
    expect(funnel.web).toEqual({ leads: 1, mql: 1, sql: 1, opportunity: 1, won: 1 });
    // Surrounding spaces are trimmed; the SQL on D counts and implies MQL.
    expect(funnel.Partner).toEqual({ leads: 1, mql: 1, sql: 1, opportunity: 0, won: 0 });
  });

  it('lists sources by cohort size, largest first, then by name', () => {
    const funnel = computeFunnelByChannel(context(opps, asOf), leads);
    // 5, 2, then Partner and web with 1 each ('P' sorts before 'w').
    expect(Object.keys(funnel)).toEqual(['Web', '(none)', 'Partner', 'web']);
  });

  it('takes a chosen earlier cohort and still judges stages as of D', () => {
    const funnel = computeFunnelByChannel(context(opps, asOf), leads, fiscalQuarter(2025, 4, 1));
    // Only the lead created 2025-12-31; its convertedOpportunityId is the 18-character form of
    // opportunity 006000000000009 (open, created by D): MQL, SQL, opportunity.
    expect(funnel).toEqual({ Web: { leads: 1, mql: 1, sql: 1, opportunity: 1, won: 0 } });
  });

  it('has no cohort when D is before the cohort quarter', () => {
    expect(computeFunnelByChannel(context(opps, asOf, 'FY2026-Q2'), leads)).toEqual({});
  });
});

describe('leads and funnel properties', () => {
  it('never counts more leads at a later funnel stage than at an earlier one', () => {
    fc.assert(
      fc.property(randomLeads, randomOpps, asOfArb, (leads, opps, asOf) => {
        const funnel = computeFunnelByChannel(context(opps, asOf), leads);
        for (const s of Object.values(funnel)) {
          expect(s.leads).toBeGreaterThanOrEqual(s.mql);
          expect(s.mql).toBeGreaterThanOrEqual(s.sql);
          expect(s.sql).toBeGreaterThanOrEqual(s.opportunity);
          expect(s.opportunity).toBeGreaterThanOrEqual(s.won);
          expect(s.won).toBeGreaterThanOrEqual(0);
        }
        // The cohort of the funnel is the created count of the leads figure.
        const total = Object.values(funnel).reduce((n, s) => n + s.leads, 0);
        expect(total).toBe(computeLeads(context(opps, asOf), leads).created);
      }),
    );
  });

  it('gives the same leads and funnel, keys in the same order, whatever the input order', () => {
    fc.assert(
      fc.property(withShuffle(randomLeads), withShuffle(randomOpps), asOfArb, (l, o, asOf) => {
        const [leads, leadsShuffled] = l;
        const [opps, oppsShuffled] = o;
        const a = context(opps, asOf);
        const b = context(oppsShuffled, asOf);
        expect(computeLeads(b, leadsShuffled)).toEqual(computeLeads(a, leads));
        expect(Object.entries(computeFunnelByChannel(b, leadsShuffled))).toEqual(
          Object.entries(computeFunnelByChannel(a, leads)),
        );
      }),
    );
  });
});
