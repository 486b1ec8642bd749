import type { SampleAccountRow } from './account-model';
import { plainCsv, salesforceReport } from './csv-writer';
import type { SampleLead } from './lead-model';
import type { SampleMeeting } from './meeting-model';
import { usDate } from './salesforce-csv';
import type { SampleSpend } from './spend-model';
import type { SampleTargetAccount } from './target-account-model';
import type { SampleTarget } from './targets-model';
import type { SampleTouch } from './touch-model';

/** Salesforce writes a checkbox as 1 or 0. */
function checkbox(value: boolean): string {
  return value ? '1' : '0';
}

/** A Salesforce Leads report, with the org's custom MQL and SQL date fields. */
export function leadsCsv(leads: readonly SampleLead[]): string {
  return salesforceReport(
    [
      'Lead ID',
      'First Name',
      'Last Name',
      'Company / Account',
      'Email',
      'Lead Source',
      'Lead Status',
      'Created Date',
      'Last Status Change Date',
      'MQL Date',
      'SQL Date',
      'Converted',
      'Converted Date',
      'Converted Opportunity ID',
      'Lead Owner',
    ],
    leads.map((l) => [
      l.id,
      l.firstName,
      l.lastName,
      l.company,
      l.email,
      l.leadSource,
      l.status,
      usDate(l.createdDate),
      usDate(l.statusDate),
      usDate(l.mqlDate),
      usDate(l.sqlDate),
      checkbox(l.convertedDate !== null),
      usDate(l.convertedDate),
      l.convertedOpportunityId,
      l.owner,
    ]),
  );
}

/** A Salesforce campaign members report with the member's opportunity. */
export function touchesCsv(touches: readonly SampleTouch[]): string {
  return salesforceReport(
    [
      'Campaign Name',
      'Campaign Type',
      'Member Status',
      'Responded',
      'First Responded Date',
      'Created Date',
      'Lead ID',
      'Contact ID',
      'Company / Account',
      'Account ID',
      'Opportunity ID',
    ],
    touches.map((t) => [
      t.campaign,
      t.channel,
      t.status,
      checkbox(t.responded),
      usDate(t.firstRespondedDate),
      usDate(t.createdDate),
      t.leadId,
      t.contactId,
      t.company,
      t.accountId,
      t.opportunityId,
    ]),
  );
}

/** The sales team's meetings log, kept as a sheet. */
export function meetingsCsv(meetings: readonly SampleMeeting[]): string {
  return plainCsv(
    ['Meeting Date', 'Subject', 'Account Name', 'Account ID', 'Meeting Type', 'Meeting Owner'],
    meetings.map((m) => [m.date, m.subject, m.accountName, m.accountId, m.kind, m.owner]),
  );
}

/** A Salesforce accounts report. */
export function accountsCsv(accounts: readonly SampleAccountRow[]): string {
  return salesforceReport(
    [
      'Account ID',
      'Account Name',
      'Type',
      'Industry',
      'Billing Country',
      'Employees',
      'Account Owner',
    ],
    accounts.map((a) => [
      a.id,
      a.name,
      a.type,
      a.industry,
      a.country,
      a.employees === null ? null : String(a.employees),
      a.owner,
    ]),
  );
}

/** Marketing's target-account list, kept as a sheet. */
export function targetAccountsCsv(targets: readonly SampleTargetAccount[]): string {
  return plainCsv(
    ['Account Name', 'Account ID', 'Tier', 'Account Owner'],
    targets.map((t) => [t.name, t.id, t.tier, t.owner]),
  );
}

/** Marketing's spend sheet: one row per month and channel. */
export function spendCsv(spend: readonly SampleSpend[]): string {
  return plainCsv(
    ['Month', 'Channel', 'Spend', 'Currency'],
    spend.map((s) => [s.month, s.channel, s.amount.toFixed(2), 'USD']),
  );
}

/** The targets in the format of the app's template (TARGETS_CSV_TEMPLATE). */
export function targetsCsv(targets: readonly SampleTarget[]): string {
  return plainCsv(
    ['Period', 'Demand source', 'Segment', 'Kind', 'Amount'],
    targets.map((t) => [t.period, t.demandSource, t.segment, t.kind, String(t.amount)]),
  );
}
