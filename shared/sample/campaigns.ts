import type { IsoDate } from '../units';
import type { Rng } from './prng';

/** Campaign types (Salesforce's Campaign Type), worded like the lead sources they produce. */
export type TouchChannel =
  | 'Email'
  | 'Webinar'
  | 'Web'
  | 'Paid Search'
  | 'Trade Show'
  | 'Employee Referral'
  | 'Partner Referral'
  | 'Reseller';

const TOPICS: Readonly<Record<TouchChannel, readonly string[]>> = {
  Email: ['Monthly Newsletter', 'Nurture - Forecast Accuracy', 'Product Update'],
  Webinar: ['Forecasting Masterclass', 'Pipeline Hygiene Live', 'Board Reporting 101'],
  Web: ['Website Demo Request', 'Pricing Page Contact', 'Ebook - The Landings Playbook'],
  'Paid Search': ['Google Ads - Forecasting', 'Google Ads - Competitor Terms', 'Bing Ads - Brand'],
  'Trade Show': ['SaaStr Booth', 'RevOps Summit Booth', 'Dreamforce Meetups'],
  'Employee Referral': ['Referral Program'],
  'Partner Referral': ['Partner Co-Marketing', 'Partner Summit'],
  Reseller: ['Reseller Enablement'],
};

/** Member statuses of a responder and of a member who was only sent or invited. */
const STATUSES: Readonly<Record<TouchChannel, readonly [string, string]>> = {
  Email: ['Clicked', 'Sent'],
  Webinar: ['Attended', 'Registered'],
  Web: ['Form Filled', 'Sent'],
  'Paid Search': ['Form Filled', 'Sent'],
  'Trade Show': ['Visited Booth', 'Invited'],
  'Employee Referral': ['Referred', 'Sent'],
  'Partner Referral': ['Responded', 'Sent'],
  Reseller: ['Responded', 'Sent'],
};

/** The channels of the touches beyond a deal's own campaign, by how often buyers respond to them. */
export const TOUCH_MIX: ReadonlyArray<readonly [TouchChannel, number]> = [
  ['Email', 30],
  ['Webinar', 22],
  ['Web', 20],
  ['Paid Search', 12],
  ['Trade Show', 10],
];

/** Whether a raw lead source is one of the campaign types. */
export function isTouchChannel(value: string): value is TouchChannel {
  return Object.hasOwn(TOPICS, value);
}

/** A campaign of `channel` running in the calendar quarter of `date`, named as the deals' campaigns are. */
export function campaignOn(rng: Rng, channel: TouchChannel, date: IsoDate): string {
  const quarter = Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1;
  return `${date.slice(0, 4)} Q${quarter} ${channel} - ${rng.pick(TOPICS[channel])}`;
}

/** The member status of a responder (`true`) or of a member who never responded. */
export function memberStatus(channel: TouchChannel, responded: boolean): string {
  return STATUSES[channel][responded ? 0 : 1];
}
