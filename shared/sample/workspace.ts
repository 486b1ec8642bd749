import type { RecordKind } from '../import/types';
import { accountKey } from '../import/choices';
import { isIsoDate } from '../units';
import { generateSampleAccounts } from './account-model';
import { generateSampleLeads } from './lead-model';
import { generateSampleMeetings } from './meeting-model';
import { generateSampleOpportunities } from './opportunity-model';
import { createRng, streamRng } from './prng';
import { salesforceReportCsv } from './salesforce-csv';
import { DEFAULT_SAMPLE_SEED } from './sample-types';
import type { SampleCsv, SampleOptions } from './sample-types';
import { generateSampleSpend } from './spend-model';
import { generateSampleTargetAccounts } from './target-account-model';
import { generateSampleTargets } from './targets-model';
import { generateSampleTouches } from './touch-model';
import {
  accountsCsv,
  leadsCsv,
  meetingsCsv,
  spendCsv,
  targetAccountsCsv,
  targetsCsv,
  touchesCsv,
} from './workspace-csv';
import { sampleWorld } from './world';

/** One generated export of every record kind. */
export type SampleWorkspace = { [K in RecordKind]: SampleCsv };

/** Every kind the sample holds, in the order the importer lists kinds. */
export const SAMPLE_KINDS: readonly RecordKind[] = [
  'opportunities',
  'leads',
  'touchpoints',
  'meetings',
  'accounts',
  'target-accounts',
  'spend',
  'targets',
];

/** The words of each kind's file name: the name the CRM or the sheet would give it. */
const FILE_WORDS: Readonly<Record<RecordKind, string>> = {
  opportunities: 'opportunities',
  leads: 'leads',
  touchpoints: 'campaign-members',
  meetings: 'meetings',
  accounts: 'accounts',
  'target-accounts': 'target-accounts',
  spend: 'marketing-spend',
  targets: 'targets',
};

/**
 * The whole Harborline workspace as of `anchorDate`: the opportunities of
 * generateSampleOpportunitiesCsv (byte for byte) and, made from the same deals, their leads,
 * campaign members, meetings, accounts, target-account list, monthly marketing spend and this
 * and last quarter's targets. Each kind draws from its own seeded stream, so the same seed
 * gives the same bytes and no kind shifts another. Nothing is dated after the deals' latest
 * date, so the default as-of, and every figure of the opportunities alone, stay as they were.
 */
export function generateSampleWorkspace(options: SampleOptions): SampleWorkspace {
  const anchor: string = options.anchorDate;
  if (!isIsoDate(anchor)) {
    throw new Error(`The sample's anchor date must be a real YYYY-MM-DD date, got "${anchor}".`);
  }
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const deals = generateSampleOpportunities(createRng(seed), anchor);
  const ordered = [...deals].sort(
    (a, b) => a.createdDate.localeCompare(b.createdDate) || a.id.localeCompare(b.id),
  );
  const world = sampleWorld(ordered, anchor);
  const leads = generateSampleLeads(streamRng(seed, 'leads'), world);
  const leadCompanies = new Set(leads.leads.map((l) => accountKey(l.company)));
  const targetAccounts = generateSampleTargetAccounts(
    streamRng(seed, 'target-accounts'),
    world,
    leadCompanies,
  );
  const csv: Record<RecordKind, string> = {
    opportunities: salesforceReportCsv(ordered),
    leads: leadsCsv(leads.leads),
    touchpoints: touchesCsv(
      generateSampleTouches(streamRng(seed, 'touchpoints'), world, leads, targetAccounts),
    ),
    meetings: meetingsCsv(
      generateSampleMeetings(streamRng(seed, 'meetings'), world, targetAccounts),
    ),
    accounts: accountsCsv(
      generateSampleAccounts(streamRng(seed, 'accounts'), world, targetAccounts),
    ),
    'target-accounts': targetAccountsCsv(targetAccounts),
    spend: spendCsv(generateSampleSpend(streamRng(seed, 'spend'), world)),
    targets: targetsCsv(generateSampleTargets(streamRng(seed, 'targets'), world)),
  };
  const files = {} as SampleWorkspace;
  for (const kind of SAMPLE_KINDS) {
    files[kind] = {
      fileName: `harborline-sample-${FILE_WORDS[kind]}-${anchor}.csv`,
      csv: csv[kind],
    };
  }
  return files;
}
