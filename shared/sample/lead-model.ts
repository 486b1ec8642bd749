import { daysFrom, shiftDays } from './dates';
import type { IsoDate } from '../units';
import { companyNameFactory } from './names';
import { samplePerson } from './people';
import type { Rng } from './prng';
import { salesforceId } from './salesforce-ids';
import type { SampleDeal, SampleWorld } from './world';
import { compareText, earlierOf } from './world';

/** One generated lead, with the values the Salesforce leads report shows. */
export interface SampleLead {
  id: string;
  firstName: string;
  lastName: string;
  company: string;
  email: string;
  leadSource: string;
  status: string;
  createdDate: IsoDate;
  statusDate: IsoDate;
  mqlDate: IsoDate | null;
  sqlDate: IsoDate | null;
  convertedDate: IsoDate | null;
  convertedOpportunityId: string | null;
  owner: string;
}

/** The leads and how the other kinds find them. */
export interface SampleLeads {
  /** In created order. */
  leads: SampleLead[];
  /** The lead each converted deal came from, by opportunity id. */
  byDeal: ReadonlyMap<string, SampleLead>;
  /** The disqualified marketing leads planted on a deal's account (lead-source stripping). */
  stripped: readonly SampleLead[];
}

/** Harborline's SDR team, who own the leads. */
const LEAD_OWNERS = ['Nadia Fontaine', 'Oscar Lindgren', 'Hannah Brooks', 'Ravi Menon'] as const;

/** Where leads that never became a deal came from: inbound marketing mostly. */
const OPEN_LEAD_SOURCES: ReadonlyArray<readonly [string, number]> = [
  ['Web', 30],
  ['Paid Search', 18],
  ['Webinar', 14],
  ['Trade Show', 9],
  ['Employee Referral', 2],
  ['SDR Outbound', 8],
  ['BDR Prospecting', 4],
  ['Partner Referral', 5],
  ['Purchased List', 6],
  ['', 4],
];

const MARKETING_SOURCES = new Set([
  'Web',
  'Paid Search',
  'Webinar',
  'Trade Show',
  'Employee Referral',
]);

/** Leads that never converted, per converted one: a 10–15% lead-to-deal rate, as B2B funnels run. */
const OPEN_LEADS_PER_CONVERTED = 7;

/** How many disqualified marketing leads are followed by a sales or SDR deal on their account. */
export const STRIPPED_PAIRS = 5;

/** Days of lead history before the first deal: the first deals came from leads too. */
const LEAD_HISTORY_DAYS = 760;
const GROWTH_PER_DAY = Math.log(1.09) / 91;

/** Whether a deal came from a lead that was converted (Salesforce creates it on conversion). */
function convertsFromLead(rng: Rng, deal: SampleDeal): boolean {
  const newBusiness = deal.opp.type === 'New Business';
  if (deal.source === 'sales') return false;
  if (deal.source === 'unknown') return newBusiness && rng.chance(0.5);
  if (!newBusiness) return deal.source === 'marketing' && rng.chance(0.3);
  return true;
}

function newLead(
  rng: Rng,
  serial: number,
  company: string,
  fields: Omit<SampleLead, 'id' | 'firstName' | 'lastName' | 'company' | 'email' | 'owner'>,
): SampleLead {
  const person = samplePerson(rng, company);
  return {
    id: salesforceId('00Q', (serial * 7_919 + 31_337) % 916_132_832),
    firstName: person.firstName,
    lastName: person.lastName,
    company,
    email: person.email,
    owner: rng.pick(LEAD_OWNERS),
    ...fields,
  };
}

/** The lead behind a converted deal: created weeks before it, qualified, converted on its created day. */
function convertedLead(rng: Rng, serial: number, deal: SampleDeal): SampleLead {
  const converted = deal.opp.createdDate;
  const lead = deal.source === 'tele' ? rng.int(3, 30) : rng.int(7, 75);
  const createdDate = shiftDays(converted, -lead);
  const hasMql = deal.source === 'marketing' || deal.source === 'unknown' || rng.chance(0.4);
  const mqlDate = hasMql ? shiftDays(createdDate, rng.int(0, Math.min(20, lead - 2))) : null;
  const sqlDate = shiftDays(converted, -rng.int(0, Math.min(7, lead - 1)));
  return newLead(rng, serial, deal.opp.accountName, {
    leadSource: deal.opp.leadSource,
    status: 'Closed - Converted',
    createdDate,
    statusDate: converted,
    mqlDate: mqlDate !== null && mqlDate > sqlDate ? sqlDate : mqlDate,
    sqlDate,
    convertedDate: converted,
    convertedOpportunityId: deal.opp.id,
  });
}

/** A lead that never became a deal: worked, nurtured, closed or disqualified by its age. */
function openLead(
  rng: Rng,
  serial: number,
  company: string,
  createdDate: IsoDate,
  latest: IsoDate,
): SampleLead {
  const leadSource = rng.weighted(OPEN_LEAD_SOURCES);
  const age = daysFrom(createdDate, latest);
  const marketing = MARKETING_SOURCES.has(leadSource);
  let mqlDate: IsoDate | null = rng.chance(marketing ? 0.3 : 0.15)
    ? shiftDays(createdDate, rng.int(0, 25))
    : null;
  let sqlDate: IsoDate | null =
    mqlDate !== null && rng.chance(0.25) ? shiftDays(mqlDate, rng.int(2, 30)) : null;
  if (mqlDate !== null && mqlDate > latest) mqlDate = null;
  if (sqlDate !== null && (mqlDate === null || sqlDate > latest)) sqlDate = null;
  let status: string;
  let statusDate = createdDate;
  if (age < 30) {
    status = rng.chance(0.5) ? 'Open - Not Contacted' : 'Working - Contacted';
  } else if (sqlDate !== null && age < 75) {
    status = 'Working - Contacted';
    statusDate = sqlDate;
  } else {
    status = rng.weighted([
      ['Nurture', 35],
      ['Closed - Not Converted', 40],
      ['Disqualified', 13],
      ['Unqualified', 7],
      ['Working - Contacted', 5],
    ]);
    const after = sqlDate ?? mqlDate ?? createdDate;
    statusDate = earlierOf(shiftDays(after, rng.int(3, 60)), latest);
  }
  return newLead(rng, serial, company, {
    leadSource,
    status,
    createdDate,
    statusDate,
    mqlDate,
    sqlDate,
    convertedDate: null,
    convertedOpportunityId: null,
  });
}

/** Created dates of the leads that never converted: growing like the deals, up to `latest`. */
function openLeadDates(rng: Rng, count: number, anchor: IsoDate, latest: IsoDate): IsoDate[] {
  const start = shiftDays(anchor, -(LEAD_HISTORY_DAYS - 1));
  const days = daysFrom(start, latest) + 1;
  const span = Math.exp(GROWTH_PER_DAY * days) - 1;
  const dates: IsoDate[] = [];
  for (let i = 0; i < count; i += 1) {
    const u = (i + rng.next()) / count;
    const t = Math.log(1 + u * span) / GROWTH_PER_DAY;
    dates.push(shiftDays(start, Math.min(days - 1, Math.floor(t))));
  }
  return dates;
}

/**
 * Sales- and SDR-sourced new deals of the last year whose account has no other
 * non-marketing deal in the 90 days after `statusDate`: each gets one disqualified marketing lead.
 */
function plantStripping(rng: Rng, world: SampleWorld, firstSerial: number): SampleLead[] {
  const from = shiftDays(world.latest, -330);
  const candidates = world.deals.filter(
    (d) =>
      (d.source === 'sales' || d.source === 'tele') &&
      d.opp.type === 'New Business' &&
      d.opp.createdDate >= from,
  );
  const planted: SampleLead[] = [];
  const usedAccounts = new Set<string>();
  let attempts = 0;
  while (planted.length < STRIPPED_PAIRS && candidates.length > 0 && attempts < 500) {
    attempts += 1;
    const deal = rng.pick(candidates);
    if (usedAccounts.has(deal.opp.accountId)) continue;
    const statusDate = shiftDays(deal.opp.createdDate, -rng.int(12, 75));
    const end = shiftDays(statusDate, 90);
    const account = world.accounts.find((a) => a.id === deal.opp.accountId);
    const inWindow = (account?.deals ?? []).filter(
      (d) =>
        d.source !== 'marketing' && d.opp.createdDate >= statusDate && d.opp.createdDate <= end,
    );
    if (inWindow.length !== 1) continue;
    usedAccounts.add(deal.opp.accountId);
    const createdDate = shiftDays(statusDate, -rng.int(5, 40));
    planted.push(
      newLead(rng, firstSerial + planted.length, deal.opp.accountName, {
        leadSource: rng.pick(['Web', 'Webinar', 'Paid Search']),
        status: rng.pick(['Disqualified', 'Unqualified']),
        createdDate,
        statusDate,
        mqlDate: rng.chance(0.5) ? shiftDays(createdDate, rng.int(0, 4)) : null,
        sqlDate: null,
        convertedDate: null,
        convertedOpportunityId: null,
      }),
    );
  }
  return planted;
}

/**
 * Harborline's leads: one converted lead behind most marketing, SDR and partner deals, about
 * seven that never converted for each of those (on companies that never became an account, so
 * their disqualifications strip nothing), and STRIPPED_PAIRS disqualified marketing leads each
 * followed within 90 days by a sales or SDR deal on the same account.
 */
export function generateSampleLeads(rng: Rng, world: SampleWorld): SampleLeads {
  const leads: SampleLead[] = [];
  const byDeal = new Map<string, SampleLead>();
  for (const deal of world.deals) {
    if (!convertsFromLead(rng, deal)) continue;
    const lead = convertedLead(rng, leads.length + 1, deal);
    leads.push(lead);
    byDeal.set(deal.opp.id, lead);
  }
  const nextCompany = companyNameFactory(rng, world.accountKeys);
  // Companies come back: several people of one company become leads over two years.
  const companies: string[] = [];
  const known = new Set<string>();
  const openCount = leads.length * OPEN_LEADS_PER_CONVERTED;
  for (const createdDate of openLeadDates(rng, openCount, world.anchor, world.latest)) {
    const company = companies.length > 40 && rng.chance(0.6) ? rng.pick(companies) : nextCompany();
    if (!known.has(company)) {
      known.add(company);
      companies.push(company);
    }
    leads.push(openLead(rng, leads.length + 1, company, createdDate, world.latest));
  }
  const stripped = plantStripping(rng, world, leads.length + 1);
  leads.push(...stripped);
  leads.sort((a, b) => compareText(a.createdDate, b.createdDate) || compareText(a.id, b.id));
  return { leads, byDeal, stripped };
}
