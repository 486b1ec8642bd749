import { daysFrom, shiftDays } from './dates';
import type { IsoDate } from '../units';
import { campaignOn, isTouchChannel, memberStatus, TOUCH_MIX } from './campaigns';
import type { TouchChannel } from './campaigns';
import type { SampleLeads } from './lead-model';
import type { Rng } from './prng';
import { salesforceId } from './salesforce-ids';
import type { SampleTargetAccount } from './target-account-model';
import type { SampleDeal, SampleWorld } from './world';
import { compareText, earlierOf, laterOf } from './world';

/** One campaign member row, as a Salesforce campaign members (with opportunity) report shows it. */
export interface SampleTouch {
  campaign: string;
  channel: TouchChannel;
  status: string;
  responded: boolean;
  /** `null` for a member who never responded (not a touch: the importer skips it). */
  firstRespondedDate: IsoDate | null;
  createdDate: IsoDate;
  leadId: string | null;
  contactId: string | null;
  company: string;
  accountId: string | null;
  opportunityId: string | null;
}

/** Share of deals of each demand source that marketing touched before or while they were worked. */
const INFLUENCED: Readonly<Record<SampleDeal['source'], number>> = {
  marketing: 0.92,
  channel: 0.45,
  tele: 0.4,
  sales: 0.3,
  unknown: 0.35,
};

/** Responding members per touched deal, by segment: bigger buying groups respond more. */
const TOUCHES: Readonly<Record<SampleDeal['segment'], readonly [number, number]>> = {
  smb: [8, 20],
  midmarket: [14, 32],
  enterprise: [20, 50],
  unknown: [8, 20],
};

/** How often a deal's responder has a colleague who was sent something and never responded. */
const NON_RESPONDER_SHARE = 0.15;

/** How many leads that never became a deal responded to a campaign listed here (orphan touches). */
const ORPHAN_LEADS = 30;

/** Touches start this long before a deal is created: inside the 180-day lookback (metrics.md §4). */
const LEAD_UP_DAYS = 150;

/** Contacts of an account, made as touches need them. */
class Contacts {
  private readonly byAccount = new Map<string, string[]>();
  private serial = 0;

  constructor(private readonly rng: Rng) {}

  /** One of the account's two to six contacts. */
  pick(accountId: string): string {
    let list = this.byAccount.get(accountId);
    if (list === undefined) {
      list = [];
      const count = this.rng.int(2, 6);
      for (let i = 0; i < count; i += 1) {
        this.serial += 1;
        list.push(salesforceId('003', (this.serial * 7_919 + 4_242) % 916_132_832));
      }
      this.byAccount.set(accountId, list);
    }
    return this.rng.pick(list);
  }
}

function dayBetween(rng: Rng, from: IsoDate, to: IsoDate): IsoDate {
  return shiftDays(from, rng.int(0, Math.max(0, daysFrom(from, to))));
}

/** The touches of one deal: its own campaign first (for a deal with one), then its buying group's. */
function dealTouches(
  rng: Rng,
  deal: SampleDeal,
  world: SampleWorld,
  leads: SampleLeads,
  contacts: Contacts,
): SampleTouch[] {
  const { opp } = deal;
  const created = opp.createdDate;
  const end = earlierOf(
    deal.status === 'open' ? world.latest : (opp.closeDate ?? world.latest),
    world.latest,
  );
  const lead = leads.byDeal.get(opp.id);
  const touches: SampleTouch[] = [];
  const add = (
    channel: TouchChannel,
    date: IsoDate,
    campaign: string,
    responded: boolean,
  ): void => {
    // Before conversion the buyer is the lead; after it, one of the account's contacts.
    const asLead = lead !== undefined && lead.convertedDate !== null && date <= lead.convertedDate;
    touches.push({
      campaign,
      channel,
      status: memberStatus(channel, responded),
      responded,
      firstRespondedDate: responded ? date : null,
      createdDate: shiftDays(date, -rng.int(0, 7)),
      leadId: asLead ? lead.id : null,
      contactId: asLead ? null : contacts.pick(opp.accountId),
      company: opp.accountName,
      accountId: opp.accountId,
      opportunityId: opp.id,
    });
  };
  const [low, high] = TOUCHES[deal.segment];
  let count = rng.int(low, high);
  let from = shiftDays(created, -LEAD_UP_DAYS);
  if (opp.campaign !== '' && isTouchChannel(opp.leadSource)) {
    // The response that made the lead, the deal's Primary Campaign Source, is its first touch.
    from = laterOf(lead?.createdDate ?? shiftDays(created, -rng.int(0, 14)), from);
    add(opp.leadSource, from, opp.campaign, true);
    count -= 1;
  }
  for (let i = 0; i < count; i += 1) {
    const channel = rng.weighted(TOUCH_MIX);
    const date = rng.chance(0.55) ? dayBetween(rng, from, created) : dayBetween(rng, created, end);
    add(channel, date, campaignOn(rng, channel, date), true);
    if (rng.chance(NON_RESPONDER_SHARE)) {
      const other = rng.weighted(TOUCH_MIX);
      add(other, date, campaignOn(rng, other, date), false);
    }
  }
  return touches;
}

/** Touches of target accounts no deal was opened with yet: they link to no deal (orphans). */
function prospectTouches(
  rng: Rng,
  prospects: readonly SampleTargetAccount[],
  world: SampleWorld,
  contacts: Contacts,
): SampleTouch[] {
  const touches: SampleTouch[] = [];
  for (const prospect of prospects) {
    if (!rng.chance(0.6)) continue;
    const count = rng.int(1, 5);
    for (let i = 0; i < count; i += 1) {
      const channel = rng.weighted(TOUCH_MIX);
      const date = dayBetween(rng, shiftDays(world.latest, -150), world.latest);
      touches.push({
        campaign: campaignOn(rng, channel, date),
        channel,
        status: memberStatus(channel, true),
        responded: true,
        firstRespondedDate: date,
        createdDate: shiftDays(date, -rng.int(0, 7)),
        leadId: null,
        contactId: contacts.pick(prospect.id),
        company: prospect.name,
        accountId: prospect.id,
        opportunityId: null,
      });
    }
  }
  return touches;
}

/** One response each of ORPHAN_LEADS recent inbound leads that never became a deal. */
function leadTouches(rng: Rng, leads: SampleLeads, world: SampleWorld): SampleTouch[] {
  const since = shiftDays(world.latest, -200);
  const recent = leads.leads.filter(
    (l) =>
      l.convertedOpportunityId === null &&
      l.createdDate >= since &&
      isTouchChannel(l.leadSource) &&
      !leads.stripped.includes(l),
  );
  const touches: SampleTouch[] = [];
  for (let i = 0; i < ORPHAN_LEADS && recent.length > 0; i += 1) {
    const [lead] = recent.splice(rng.int(0, recent.length - 1), 1);
    if (lead === undefined || !isTouchChannel(lead.leadSource)) continue;
    touches.push({
      campaign: campaignOn(rng, lead.leadSource, lead.createdDate),
      channel: lead.leadSource,
      status: memberStatus(lead.leadSource, true),
      responded: true,
      firstRespondedDate: lead.createdDate,
      createdDate: lead.createdDate,
      leadId: lead.id,
      contactId: null,
      company: lead.company,
      accountId: null,
      opportunityId: null,
    });
  }
  return touches;
}

/**
 * Harborline's campaign members: the responses of the buying groups of most marketing-sourced
 * deals and of some others (each row names its opportunity, account and lead or contact), the
 * members who never responded, and a few responses that link to no deal (target accounts not
 * yet worked, leads that went nowhere). By date, then campaign.
 */
export function generateSampleTouches(
  rng: Rng,
  world: SampleWorld,
  leads: SampleLeads,
  targetAccounts: readonly SampleTargetAccount[],
): SampleTouch[] {
  const contacts = new Contacts(rng);
  const touches: SampleTouch[] = [];
  for (const deal of world.deals) {
    if (rng.chance(INFLUENCED[deal.source])) {
      touches.push(...dealTouches(rng, deal, world, leads, contacts));
    }
  }
  const prospects = targetAccounts.filter((t) => t.account === null);
  touches.push(...prospectTouches(rng, prospects, world, contacts));
  touches.push(...leadTouches(rng, leads, world));
  const dateOf = (t: SampleTouch): IsoDate => t.firstRespondedDate ?? t.createdDate;
  return touches.sort(
    (a, b) => compareText(dateOf(a), dateOf(b)) || compareText(a.campaign, b.campaign),
  );
}
