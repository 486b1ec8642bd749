import { accountKey } from '../import/choices';
import type { Rng } from './prng';

/** The fictional company whose pipeline the sample is. */
export const SAMPLE_COMPANY_NAME = 'Harborline Software';

const ACCOUNT_FIRST = [
  'Amberly',
  'Bramble',
  'Cobalt',
  'Driftwood',
  'Ember',
  'Fernhill',
  'Glasswing',
  'Halcyon',
  'Ironbark',
  'Juniper',
  'Kestrel',
  'Larkspur',
  'Marrow',
  'Northwind',
  'Oakhaven',
  'Pinecrest',
  'Quillon',
  'Redfern',
  'Saltmarsh',
  'Tidewater',
  'Umberfield',
  'Vantor',
  'Willowby',
  'Yarrow',
  'Zephyrine',
  'Ashcombe',
  'Brightwater',
  'Copperline',
  'Dunmore',
  'Elmstead',
  'Foxglove',
  'Greystone',
  'Hollowell',
  'Ivory Bay',
  'Kingsford',
  'Lindqvist',
  'Meridale',
  'Nettlefield',
  'Orchard Lane',
  'Palisade',
  'Quarry Hill',
  'Rosebay',
  'Silverbirch',
  'Thornbury',
  'Upland',
  'Valemont',
  'Westbrook',
  'Alder & Finch',
  'Bellweather',
  'Calloway',
  'Deepwell',
  'Everfield',
] as const;

const ACCOUNT_SECOND = [
  'Analytics',
  'Logistics',
  'Foods',
  'Health',
  'Systems',
  'Manufacturing',
  'Capital',
  'Labs',
  'Freight',
  'Energy',
  'Retail',
  'Biotech',
  'Insurance',
  'Media',
  'Robotics',
  'Textiles',
  'Hospitality',
  'Outfitters',
  'Partners',
  'Dynamics',
  'Materials',
  'Pharma',
  'Telecom',
  'Engineering',
  'Brewing',
  'Clinics',
  'Holdings',
  'Group',
  'Works',
  'Networks',
  'Aerospace',
  'Learning',
  'Security',
  'Apparel',
  'Marine',
  'Payments',
  'Agritech',
  'Studios',
  'Software',
  'Cloud',
  'Supply',
  'Mobility',
  'Water',
  'Solar',
  'Furniture',
] as const;

const LEGAL_SUFFIXES = ['Inc.', 'LLC', 'Ltd', 'GmbH'] as const;

/** Harborline's sales team; a few names per region so owners repeat like a real team. */
export const OWNERS = [
  'Maya Okonkwo',
  'Daniel Reyes',
  'Priya Raman',
  'Tom Haverford-Lee',
  'Ingrid Solberg',
  'Marcus Bell',
  'Chloe Nakamura',
  'Samuel Adeyemi',
  'Elena Petrova',
  'Jonah Whitcombe',
  'Aisha Karimi',
  'Lucas Moreau',
] as const;

const CAMPAIGN_TOPICS: Readonly<Record<string, readonly string[]>> = {
  Web: ['Website Demo Request', 'Pricing Page Contact', 'Free Trial Signup'],
  Webinar: ['Forecasting Masterclass', 'Pipeline Hygiene Live', 'Board Reporting 101'],
  'Trade Show': ['SaaStr Booth', 'RevOps Summit Booth', 'Dreamforce Meetups'],
  'Paid Search': ['Google Ads - Forecasting', 'Google Ads - Competitor Terms', 'Bing Ads - Brand'],
  'Employee Referral': ['Referral Program'],
  'Partner Referral': ['Partner Co-Marketing', 'Partner Summit'],
  Reseller: ['Reseller Enablement'],
};

/** A plausible, unique, fictional company name; names are unique without their legal suffix too. */
export function accountNameFactory(rng: Rng): () => string {
  const used = new Set<string>();
  return () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const base = `${rng.pick(ACCOUNT_FIRST)} ${rng.pick(ACCOUNT_SECOND)}`;
      if (used.has(base)) continue;
      used.add(base);
      return `${base} ${rng.pick(LEGAL_SUFFIXES)}`;
    }
    // The word lists allow ~1,500 names; past that, numbered names keep accounts distinct.
    const base = `${rng.pick(ACCOUNT_FIRST)} ${rng.pick(ACCOUNT_SECOND)} ${used.size + 1}`;
    used.add(base);
    return `${base} ${rng.pick(LEGAL_SUFFIXES)}`;
  };
}

/** The campaign a deal of this lead source came through, named after its quarter; `''` when none. */
export function campaignFor(rng: Rng, leadSource: string, year: number, quarter: number): string {
  const topics = CAMPAIGN_TOPICS[leadSource];
  if (!topics) return '';
  return `${year} Q${quarter} ${leadSource} - ${rng.pick(topics)}`;
}

const NEW_BUSINESS_NAMES = ['New Logo', 'Platform', 'Annual Subscription', 'Forecasting Suite'];
const EXPANSION_NAMES = ['Expansion', 'Add-on Seats', 'Upsell - Analytics', 'Renewal Upgrade'];

/** An opportunity name in the `Account - What` style most sales teams use. */
export function opportunityName(rng: Rng, accountName: string, expansion: boolean): string {
  return `${accountName} - ${rng.pick(expansion ? EXPANSION_NAMES : NEW_BUSINESS_NAMES)}`;
}

const PLACE_WORDS = ['Bay', 'Ridge', 'River', 'Peak', 'Harbor', 'Field', 'Stone', 'Creek'] as const;

/**
 * Companies that are not among the opportunities' accounts (leads that never became a deal,
 * target accounts not yet worked): names in the same style whose normalised form is none of
 * `taken`, so they never join a deal by name. Two-word names come first, in a shuffled order;
 * once they run out, three-word ones.
 */
export function companyNameFactory(rng: Rng, taken: ReadonlySet<string>): () => string {
  const bases: string[] = [];
  for (const first of ACCOUNT_FIRST) {
    for (const second of ACCOUNT_SECOND) {
      const base = `${first} ${second}`;
      if (!taken.has(accountKey(base))) bases.push(base);
    }
  }
  for (let i = bases.length - 1; i > 0; i -= 1) {
    const j = rng.int(0, i);
    [bases[i], bases[j]] = [bases[j], bases[i]];
  }
  const used = new Set<string>();
  let next = 0;
  return () => {
    let base: string | undefined = bases[next];
    next += 1;
    while (base === undefined || used.has(base)) {
      const candidate = `${rng.pick(ACCOUNT_FIRST)} ${rng.pick(PLACE_WORDS)} ${rng.pick(ACCOUNT_SECOND)}`;
      // Three-word names cannot be two-word ones, so only `taken` and earlier ones can clash.
      base = taken.has(accountKey(candidate)) ? undefined : candidate;
    }
    used.add(base);
    return `${base} ${rng.pick(LEGAL_SUFFIXES)}`;
  };
}
