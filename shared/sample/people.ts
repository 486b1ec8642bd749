import type { Rng } from './prng';

const FIRST_NAMES = [
  'Avery',
  'Blake',
  'Camila',
  'Dev',
  'Emma',
  'Felix',
  'Grace',
  'Hiro',
  'Isla',
  'Jamal',
  'Kira',
  'Liam',
  'Mila',
  'Noah',
  'Olivia',
  'Pablo',
  'Quinn',
  'Rosa',
  'Sven',
  'Tara',
  'Uma',
  'Victor',
  'Wen',
  'Xavier',
  'Yara',
  'Zane',
  'Amara',
  'Bruno',
  'Chen',
  'Dana',
] as const;

const LAST_NAMES = [
  'Abbott',
  'Brennan',
  'Castillo',
  'Dubois',
  'Eriksen',
  'Fischer',
  'Gupta',
  'Hansen',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Mensah',
  'Novak',
  "O'Neill",
  'Patel',
  'Quinlan',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Varga',
  'Walsh',
  'Xu',
  'Young',
  'Zimmer',
] as const;

/** A person at a company: the name a lead or contact carries and an email on the company's domain. */
export interface SamplePerson {
  firstName: string;
  lastName: string;
  email: string;
}

const domains = new Map<string, string>();

/** `Cobalt Analytics Inc.` → `cobaltanalytics.com`: the company's web domain. */
export function companyDomain(company: string): string {
  const known = domains.get(company);
  if (known !== undefined) return known;
  const words = company
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const legal = new Set(['inc', 'llc', 'ltd', 'gmbh']);
  while (words.length > 1 && legal.has(words[words.length - 1] ?? '')) words.pop();
  const domain = `${words.join('')}.com`;
  domains.set(company, domain);
  return domain;
}

/** A fictional person working at `company`. */
export function samplePerson(rng: Rng, company: string): SamplePerson {
  const firstName = rng.pick(FIRST_NAMES);
  const lastName = rng.pick(LAST_NAMES);
  const local = `${firstName}.${lastName}`.toLowerCase().replace(/[^a-z.]/g, '');
  return { firstName, lastName, email: `${local}@${companyDomain(company)}` };
}
