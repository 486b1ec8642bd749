import type { IsoDate } from '../units';
import type { SampleOpportunity } from './opportunity-model';

/** The columns of the sample report, in the order a Salesforce "Details Only" export writes them. */
export const SAMPLE_HEADERS = [
  'Opportunity ID',
  'Opportunity Name',
  'Account Name',
  'Account ID',
  'Amount',
  'Amount Currency',
  'Close Date',
  'Created Date',
  'Stage',
  'Probability (%)',
  'Forecast Category',
  'Lead Source',
  'Type',
  'Opportunity Owner',
  'Primary Campaign Source',
  'Employees',
] as const;

/** Salesforce quotes every value and doubles embedded quotes. */
function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** `2026-03-01` → `3/1/2026`, the US format of a Salesforce user's export. */
export function usDate(date: IsoDate | null): string {
  if (date === null) return '';
  return `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}/${date.slice(0, 4)}`;
}

function row(deal: SampleOpportunity): string[] {
  return [
    deal.id,
    deal.name,
    deal.accountName,
    deal.accountId,
    deal.amount === null ? '' : deal.amount.toFixed(2),
    // The sample company reports in US dollars, so its slides read $1.2M rather than a bare 1.2M.
    'USD',
    usDate(deal.closeDate),
    usDate(deal.createdDate),
    deal.stage,
    String(deal.probability),
    deal.forecastCategory,
    deal.leadSource,
    deal.type,
    deal.owner,
    deal.campaign,
    deal.employees === null ? '' : String(deal.employees),
  ];
}

/** The whole export: header, one quoted line per deal, and Salesforce's footer, LF line endings. */
export function salesforceReportCsv(deals: readonly SampleOpportunity[]): string {
  const lines = [SAMPLE_HEADERS.map(quote).join(',')];
  for (const deal of deals) lines.push(row(deal).map(quote).join(','));
  lines.push(
    '',
    quote(`Grand Totals (${deals.length} records)`),
    '',
    quote('Confidential Information - Do Not Distribute'),
    quote('Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved.'),
  );
  return `${lines.join('\n')}\n`;
}
