import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../cli/cli-error';
import { footerOf, loadInputs } from '../../cli/load-inputs';
import type { LoadedInputs } from '../../cli/load-inputs';
import type { CapturedIo } from './capture-io';
import { captureIo, reportOptions } from './capture-io';

const SMALL = 'test/fixtures/cli/opportunities-small.csv';
const UPDATE = 'test/fixtures/cli/opportunities-update.csv';
const CUSTOM = 'test/fixtures/opportunities/custom-headers.csv';
const CUSTOM_PROFILE = 'test/fixtures/cli/custom-headers-mapping.json';
const LEADS_SF = 'test/fixtures/leads/salesforce-leads.csv';
const LEADS_HS = 'test/fixtures/leads/hubspot-contacts.csv';
const MEMBERS = 'test/fixtures/touchpoints/salesforce-campaign-members.csv';
const MEETINGS = 'test/fixtures/meetings/meetings-log.csv';
const ACCOUNTS = 'test/fixtures/accounts/salesforce-accounts.csv';
const ABM = 'test/fixtures/target-accounts/target-accounts.csv';
const SPEND = 'test/fixtures/spend/european-spend.csv';
const TARGETS = 'test/fixtures/targets/targets.csv';

async function load(argv: string[]): Promise<{ loaded: LoadedInputs; captured: CapturedIo }> {
  const captured = captureIo();
  const loaded = await loadInputs(reportOptions(argv), captured.io.today, captured.io.stderr);
  return { loaded, captured };
}

/** The CliError a load fails with, so its message and exit code can be checked. */
async function failure(argv: string[]): Promise<CliError> {
  try {
    await load(argv);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`expected ${argv.join(' ')} to fail`);
}

describe('loading two opportunities exports of the same report', () => {
  let loaded: LoadedInputs;
  let stderr: string;
  beforeAll(async () => {
    const run = await load(['--opportunities', SMALL, '--opportunities', UPDATE]);
    loaded = run.loaded;
    stderr = run.captured.stderr();
  });

  it('keeps one record per id: 13 from the first file, 3 from the second, 2 of them the same deals', () => {
    expect(loaded.opportunities).toHaveLength(14);
    expect(loaded.records.opportunities).toBe(loaded.opportunities);
  });

  it('lets the later file’s row replace the earlier one, even in its 15-character form', () => {
    const byName = (name: string) => loaded.opportunities.filter((o) => o.name === name);
    expect(byName('Dunmore Health - Subscription')).toMatchObject([
      { id: '0068c00000AAA04AAA', status: 'won', closeDate: '2026-02-12' },
    ]);
    expect(byName('Ember Retail - New Logo')).toMatchObject([
      { id: '0068c00000AAA05', amount: 9000, closeDate: '2026-03-01' },
    ]);
    expect(byName('Pinecrest Logistics - New Logo')).toHaveLength(1);
  });

  it('says on stderr which ids the later file replaced', () => {
    expect(stderr).toContain(
      `Note: 2 opportunities in ${UPDATE} replace the rows with the same id from ${SMALL}: 0068c00000AAA04AAA, 0068c00000AAA05.`,
    );
  });

  it('lists both files and what each import did, rejected rows summed', () => {
    expect(loaded.files).toEqual([SMALL, UPDATE]);
    expect(loaded.imports).toEqual([
      { kind: 'opportunities', file: SMALL, rowsRead: 15, imported: 13, rejected: 2 },
      { kind: 'opportunities', file: UPDATE, rowsRead: 3, imported: 3, rejected: 0 },
    ]);
    expect(loaded.rejectedRows).toBe(2);
    expect(loaded.sourceLabel).toBe('opportunities-small.csv, opportunities-update.csv');
  });
});

describe('the sample alone', () => {
  let loaded: LoadedInputs;
  let stderr: string;
  beforeAll(async () => {
    const run = await load(['--sample', '--as-of', '2026-02-15']);
    loaded = run.loaded;
    stderr = run.captured.stderr();
  });

  it('reads the sample file of every kind, and lists none of them as a file', () => {
    expect(loaded.sample).toBe(true);
    expect(loaded.files).toEqual([]);
    expect(loaded.imports).toEqual([]);
    expect(loaded.opportunities).toHaveLength(1500);
    expect(loaded.records.leads).toHaveLength(7973);
    // 20,658 campaign members, of whom 2,673 never responded.
    expect(loaded.records.touchpoints).toHaveLength(17985);
    expect(loaded.records.meetings).toHaveLength(4168);
    expect(loaded.records.accounts).toHaveLength(1093);
    expect(loaded.records['target-accounts']).toHaveLength(150);
    expect(loaded.records.spend).toHaveLength(150);
    expect(loaded.records.targets).toHaveLength(46);
  });

  it('reconciles each sample file on stderr', () => {
    expect(stderr).toContain(
      'Imported 7,973 of 7,973 rows from harborline-sample-leads-2026-02-15.csv (leads).',
    );
    expect(stderr).toContain(
      'Imported 17,985 of 20,658 rows from harborline-sample-campaign-members-2026-02-15.csv (touchpoints); 2,673 skipped as non-responders.',
    );
    expect(stderr).toContain(
      'Imported 46 of 46 rows from harborline-sample-targets-2026-02-15.csv (targets).',
    );
  });
});

describe('the sample beside a file of one other kind', () => {
  it("reads the user's file for that kind and the sample's for the rest", async () => {
    const { loaded, captured } = await load([
      '--sample',
      '--as-of',
      '2026-02-15',
      '--leads',
      LEADS_SF,
    ]);
    expect(loaded.files).toEqual([LEADS_SF]);
    expect(loaded.records.leads).toHaveLength(5); // the fixture's, not the sample's 7,973
    expect(loaded.records.touchpoints).toHaveLength(17985);
    expect(loaded.records.targets).toHaveLength(46);
    expect(captured.stderr()).not.toContain('harborline-sample-leads');
  });
});

describe('loading one file of every other kind beside the sample', () => {
  let loaded: LoadedInputs;
  let stderr: string;
  beforeAll(async () => {
    const run = await load([
      '--sample',
      '--as-of',
      '2026-02-15',
      '--leads',
      LEADS_SF,
      '--touchpoints',
      MEMBERS,
      '--meetings',
      MEETINGS,
      '--accounts',
      ACCOUNTS,
      '--target-accounts',
      ABM,
      '--spend',
      SPEND,
      '--targets',
      TARGETS,
    ]);
    loaded = run.loaded;
    stderr = run.captured.stderr();
  });

  it('lists every file with its kind and counts, the sample apart', () => {
    expect(loaded.sample).toBe(true);
    expect(loaded.files).toEqual([LEADS_SF, MEMBERS, MEETINGS, ACCOUNTS, ABM, SPEND, TARGETS]);
    expect(loaded.imports).toEqual([
      { kind: 'leads', file: LEADS_SF, rowsRead: 9, imported: 6, rejected: 3 },
      // 7 members: 3 responded, 2 never did (skipped), 2 rejected.
      { kind: 'touchpoints', file: MEMBERS, rowsRead: 7, imported: 3, rejected: 2 },
      { kind: 'meetings', file: MEETINGS, rowsRead: 6, imported: 4, rejected: 2 },
      { kind: 'accounts', file: ACCOUNTS, rowsRead: 5, imported: 4, rejected: 1 },
      { kind: 'target-accounts', file: ABM, rowsRead: 5, imported: 4, rejected: 1 },
      { kind: 'spend', file: SPEND, rowsRead: 7, imported: 5, rejected: 2 },
      { kind: 'targets', file: TARGETS, rowsRead: 8, imported: 5, rejected: 3 },
    ]);
    // Only opportunity rows count as rejected in the report's integrity figures.
    expect(loaded.rejectedRows).toBe(0);
  });

  it('keeps each kind’s records, the last of duplicate keys winning', () => {
    expect(loaded.records.leads).toHaveLength(5); // 6 imported, Ld002 twice
    expect(loaded.records.touchpoints).toHaveLength(3);
    expect(loaded.records.meetings).toHaveLength(4);
    expect(loaded.records.accounts).toHaveLength(3); // 4 imported, Bb002 twice
    expect(loaded.records['target-accounts']).toHaveLength(3); // STARK LLC = Stark, Inc.
    expect(loaded.records.spend.map((s) => s.amount)).toEqual([1234.56, 12500, 980, 2000.1, 3000]);
    expect(loaded.records.targets).toHaveLength(4); // 5 imported, marketing pipeline twice
  });

  it('reconciles the leads file: rows, rejects by line, footer and duplicate', () => {
    expect(stderr).toContain(
      `Imported 6 of 9 rows from ${LEADS_SF} (leads); 3 rejected: line 5 Created Date: Created Date is blank; every lead needs a created date; line 7 Lead ID: `,
    );
    expect(stderr).toContain('; line 11 Converted: Converted “maybe” is not true or false');
    expect(stderr).toContain(
      '  Footer check: Grand Totals says 9 records; 9 read.\n  Warning: 1 duplicate id (the last row won): 00Q5g00000Ld002.\n',
    );
  });

  it('reconciles campaign members with the non-responders skipped', () => {
    expect(stderr).toContain(
      `Imported 3 of 7 rows from ${MEMBERS} (touchpoints); 2 skipped as non-responders; 2 rejected: line 6: This row names no opportunity id`,
    );
    expect(stderr).toContain('; line 7 Responded: Responded “perhaps” is not true or false');
  });

  it('reconciles meetings, accounts and target accounts', () => {
    expect(stderr).toContain(
      `Imported 4 of 6 rows from ${MEETINGS} (meetings); 2 rejected: line 5 Account: Account is blank; every meeting needs an account; line 6 Meeting Type: Meeting Type “Partner” is not a meeting kind (expected prospect or customer).\n`,
    );
    expect(stderr).toContain(
      `Imported 4 of 5 rows from ${ACCOUNTS} (accounts); 1 rejected: line 4 Employees: Employees “450.5” is not a whole number of employees.\n  Footer check: Grand Totals says 5 records; 5 read.\n  Warning: 1 duplicate account (the last row won): 0015g00000Bb002.\n`,
    );
    expect(stderr).toContain(
      `Imported 4 of 5 rows from ${ABM} (target-accounts); 1 rejected: line 4: This row has neither an account name nor an account id; every target account needs one of them.\n  Warning: 1 duplicate account (the last row won): Stark, Inc.\n`,
    );
  });

  it('reconciles spend and targets, with the targets’ amounts read and kept', () => {
    expect(stderr).toContain(
      `Imported 5 of 7 rows from ${SPEND} (spend); 2 rejected: line 6 Period: Period “2026-13” is not a period`,
    );
    expect(stderr).toContain('; line 7 Spend: Spend is blank; every spend row needs an amount.\n');
    // 1,200,000 + 800,000 + 1,500,000 + 250,000 + 1,300,000 read; the first marketing pipeline target replaced.
    expect(stderr).toContain(
      `Imported 5 of 8 rows from ${TARGETS} (targets); 3 rejected: line 6 Demand Source: `,
    );
    expect(stderr).toContain(
      '  Warning: 1 duplicate target (the last row won): FY2026-Q3 marketing all pipeline.\n  Amounts: 5,050,000.00 read, 3,850,000.00 kept once duplicates were replaced.\n',
    );
  });
});

describe('loading several files of another kind', () => {
  it('concatenates them in the order given', async () => {
    const { loaded } = await load(['--sample', '--leads', LEADS_HS, '--leads', LEADS_SF]);
    expect(loaded.records.leads.map((lead) => lead.id)).toEqual([
      '51',
      '52',
      '53',
      '55',
      '00Q5g00000Ld001',
      '00Q5g00000Ld002IAX',
      '00Q5g00000Ld003',
      '00Q5g00000Ld005',
      '00Q5g00000Ld006',
    ]);
    expect(loaded.files).toEqual([LEADS_HS, LEADS_SF]);
  });
});

describe('loading with mapping profiles', () => {
  it('applies a profile to the file whose headers it lists, and only to it', async () => {
    const { loaded, captured } = await load([
      '--opportunities',
      SMALL,
      '--opportunities',
      CUSTOM,
      '--mapping',
      CUSTOM_PROFILE,
    ]);
    expect(loaded.imports).toEqual([
      { kind: 'opportunities', file: SMALL, rowsRead: 15, imported: 13, rejected: 2 },
      { kind: 'opportunities', file: CUSTOM, rowsRead: 4, imported: 4, rejected: 0 },
    ]);
    // Read day-first as the profile says: 05/01/2026 is 5 January.
    expect(loaded.opportunities.find((o) => o.id === 'DR-1001')).toMatchObject({
      createdDate: '2026-01-05',
      closeDate: '2026-03-01',
      status: 'won',
      amount: 12400,
    });
    expect(captured.stderr()).toContain(
      `Imported 4 of 4 rows from ${CUSTOM} (opportunities).\n  Mapped with --mapping ${CUSTOM_PROFILE} (“Deal register”).\n`,
    );
    expect(captured.stderr().match(/Mapped with/g)).toHaveLength(1);
  });

  it('says which dates it read month-first when the profile leaves the order open', async () => {
    const profile = JSON.parse(readFileSync(CUSTOM_PROFILE, 'utf8')) as Record<string, unknown>;
    delete profile.dateOrder;
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qd-mapping-')), 'mdy.json');
    writeFileSync(file, JSON.stringify(profile));
    const { loaded, captured } = await load(['--opportunities', CUSTOM, '--mapping', file]);
    // 05/01/2026 read month-first is 1 May.
    expect(loaded.opportunities[0]).toMatchObject({ id: 'DR-1001', createdDate: '2026-05-01' });
    expect(captured.stderr()).toContain(
      '  Note: no date in Opened On, Expected Close settles the day/month order; read month first (mdy). Set "dateOrder" in a --mapping profile to change it.\n',
    );
  });

  it('refuses a profile that fits none of several files of its kind, exit 2', async () => {
    const error = await failure([
      '--opportunities',
      SMALL,
      '--opportunities',
      UPDATE,
      '--mapping',
      CUSTOM_PROFILE,
    ]);
    expect(error.exitCode).toBe(2);
    expect(error.message).toBe(
      `--mapping ${CUSTOM_PROFILE} (opportunities) lists headers that match none of the 2 --opportunities files (${SMALL}, ${UPDATE}), so which one it is for is ambiguous; make its "headers" those of that file (the mapping command writes them).`,
    );
  });

  it('refuses two profiles for one file, and a profile for a kind with no file, exit 2', async () => {
    const twice = await failure([
      '--opportunities',
      CUSTOM,
      '--mapping',
      CUSTOM_PROFILE,
      '--mapping',
      CUSTOM_PROFILE,
    ]);
    expect(twice.exitCode).toBe(2);
    expect(twice.message).toBe(
      `--mapping ${CUSTOM_PROFILE} and --mapping ${CUSTOM_PROFILE} both apply to --opportunities ${CUSTOM}; give only one of them.`,
    );
    const orphan = await failure(['--sample', '--mapping', CUSTOM_PROFILE]);
    expect(orphan.exitCode).toBe(2);
    expect(orphan.message).toBe(
      `--mapping ${CUSTOM_PROFILE} is a profile for opportunities files, but no --opportunities file was given.`,
    );
  });

  it('refuses a malformed profile, naming it and the field, exit 1', async () => {
    const error = await failure([
      '--sample',
      '--leads',
      LEADS_SF,
      '--mapping',
      'test/fixtures/cli/leads-mapping.json',
    ]);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(
      /^Cannot use --mapping test\/fixtures\/cli\/leads-mapping\.json: "mapping" names a field leads files do not have: "amount" \(leads fields: id, /,
    );
  });

  it('names the file and the profile when the only file of its kind lacks the mapped columns', async () => {
    const error = await failure(['--opportunities', SMALL, '--mapping', CUSTOM_PROFILE]);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(
      new RegExp(
        `^Cannot import --opportunities ${SMALL} \\(mapped with --mapping ${CUSTOM_PROFILE}\\): The mapping names columns this file does not have: “Deal Ref” \\(for id\\), `,
      ),
    );
  });
});

describe('loading files that cannot be used', () => {
  it('names the flag and the file that cannot be read', async () => {
    const error = await failure(['--sample', '--spend', 'test/fixtures/spend/missing.csv']);
    expect(error.exitCode).toBe(1);
    expect(error.message).toBe(
      'Cannot read --spend test/fixtures/spend/missing.csv: no such file.',
    );
  });

  it('names the file, and the flag it looks meant for, when a file is given as the wrong kind', async () => {
    const error = await failure(['--opportunities', LEADS_SF]);
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(
      new RegExp(`^Cannot import --opportunities ${LEADS_SF}: No opportunity id column found\\.`),
    );
    expect(error.message).toMatch(/ It looks like a leads export: use --leads\.$/);
  });
});

describe('what the PDF payload says about the opportunity imports', () => {
  const summary = (
    footerRecordCount: number | null,
    rowsRead: number,
    footerMatches: boolean | null,
  ) => ({
    footerRecordCount,
    rowsRead,
    footerMatches,
  });

  it('adds up the footers of several files and matches only when every file did', () => {
    expect(footerOf([summary(10, 10, true), summary(5, 4, false)])).toEqual({
      footerRecordCount: 15,
      rowsRead: 14,
      footerMatches: false,
    });
    expect(footerOf([summary(10, 10, true), summary(5, 5, true)])).toEqual({
      footerRecordCount: 15,
      rowsRead: 15,
      footerMatches: true,
    });
  });

  it('has no footer check when a file had no footer, or there was no file', () => {
    expect(footerOf([summary(10, 10, true), summary(null, 4, null)])).toBeNull();
    expect(footerOf([])).toBeNull();
  });
});
