import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CliReport } from '../../cli/report-command';
import { runCommandLine } from '../../cli/run';
import { parseMappingProfile } from '../../shared/import/mapping-profile';
import { captureIo } from './capture-io';

const SMALL = 'test/fixtures/cli/opportunities-small.csv';
const UPDATE = 'test/fixtures/cli/opportunities-update.csv';
const CUSTOM = 'test/fixtures/opportunities/custom-headers.csv';
const CUSTOM_PROFILE = 'test/fixtures/cli/custom-headers-mapping.json';
const CUSTOM_AS_SALESFORCE = 'test/fixtures/cli/custom-headers-as-salesforce.csv';
const LEADS_SF = 'test/fixtures/leads/salesforce-leads.csv';

/** Runs a command line in-process: its exit code and what it printed. */
async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const captured = captureIo();
  const code = await runCommandLine(argv, captured.io);
  return { code, stdout: captured.stdout(), stderr: captured.stderr() };
}

async function report(argv: string[]): Promise<CliReport> {
  const result = await run(['report', ...argv]);
  if (result.code !== 0) throw new Error(`exit ${result.code}: ${result.stderr}`);
  return JSON.parse(result.stdout) as CliReport;
}

/*
 * opportunities-small.csv, then opportunities-update.csv, FY2026 Q1 as of 2026-02-15 (the
 * figures of the first file alone are worked out in report-command.test.ts):
 *   Dunmore 12,345.67 (Webinar) is now won on 2/12 → landed 42,750.75 + 12,345.67 = 55,096.42
 *   Ember (SDR) 9,000 now closes 3/1 → due, no longer overdue; Pinecrest 3,000 (Web) due 3/20
 *   due = 9,000 + 3,000 + Ironbark blank = 12,000.00; overdue 0; lost unchanged 45,000.00
 *   total = 67,096.42; marketing 10,000 + 12,345.67 + 3,000 = 25,345.67 → share 0.377750…
 *   created 1/1–2/15 = 82,345.67 + Pinecrest 3,000 (2/3) = 85,345.67 in 6
 */
describe('report with two opportunities exports', () => {
  let r: CliReport;
  beforeAll(async () => {
    r = await report([
      '--opportunities',
      SMALL,
      '--opportunities',
      UPDATE,
      '--period',
      'FY2026-Q1',
      '--as-of',
      '2026-02-15',
    ]);
  });

  it('reports the merged deals, the later file winning', () => {
    expect(r.landings.landed).toBe(55096.42);
    expect(r.landings.due).toBe(12000);
    expect(r.landings.overdue).toBe(0);
    expect(r.landings.lost).toBe(45000);
    expect(r.landings.total).toBe(67096.42);
    expect(r.landings.sourcedShare).toBeCloseTo(25345.67 / 67096.42, 9);
    expect(r.landings.byDemandSource.tele).toMatchObject({ due: 9000, overdue: 0 });
    expect(r.create.created).toBe(85345.67);
    expect(r.create.createdCount).toBe(6);
    expect(r.integrity).toMatchObject({ overdueCount: 0, rejectedRows: 2, undated: 1 });
  });

  it('lists both files in the source, with what each import did', () => {
    expect(r.source).toEqual({
      sample: false,
      files: [SMALL, UPDATE],
      imports: [
        { kind: 'opportunities', file: SMALL, rowsRead: 15, imported: 13, rejected: 2 },
        { kind: 'opportunities', file: UPDATE, rowsRead: 3, imported: 3, rejected: 0 },
      ],
    });
  });
});

/*
 * custom-headers.csv read day-first through its profile, FY2026 Q2 (2026-04-01 … 06-30) as of
 * 2026-06-30:
 *   DR-1002 lost, closed 2 April (Partner → channel): lost 8,000.00
 *   DR-1003 open, due 11 June (Cold call → sales): due and overdue 3,250.10
 *   DR-1001 landed on 1 March (Q1); DR-1004 closes 12 July (Q3)
 *   created 4/1–6/30: DR-1004 on 9 April, −1,200.00 (a credit), 1 deal
 */
describe('report on a file with unrecognised headers and a --mapping profile', () => {
  const period = ['--period', 'FY2026-Q2', '--as-of', '2026-06-30'];
  let mapped: CliReport;
  let reference: CliReport;
  beforeAll(async () => {
    mapped = await report(['--opportunities', CUSTOM, '--mapping', CUSTOM_PROFILE, ...period]);
    reference = await report(['--opportunities', CUSTOM_AS_SALESFORCE, ...period]);
  });

  it('reports the hand-computed figures', () => {
    expect(mapped.landings).toMatchObject({
      landed: 0,
      due: 3250.1,
      overdue: 3250.1,
      lost: 8000,
      total: 3250.1,
    });
    expect(mapped.landings.byDemandSource.channel.lost).toBe(8000);
    expect(mapped.landings.byDemandSource.sales.due).toBe(3250.1);
    expect(mapped.create).toMatchObject({ created: -1200, createdCount: 1 });
  });

  it('reports exactly what the same deals under recognised headers report', () => {
    const { source: mappedSource, ...mappedFigures } = mapped;
    const { source: referenceSource, ...referenceFigures } = reference;
    expect(mappedFigures).toEqual(referenceFigures);
    expect(mappedSource.files).toEqual([CUSTOM]);
    expect(referenceSource.files).toEqual([CUSTOM_AS_SALESFORCE]);
  });
});

describe('report --format md with files of several kinds', () => {
  it('lists every file with its kind and its counts', async () => {
    const result = await run([
      'report',
      '--sample',
      '--as-of',
      '2026-02-15',
      '--leads',
      LEADS_SF,
      '--format',
      'md',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      `- Source: generated sample data (Harborline Software), ${LEADS_SF} (leads)\n`,
    );
    expect(result.stdout).toContain(`| ${LEADS_SF} | leads | 9 | 6 | 3 |\n`);
  });
});

describe('template targets', () => {
  it('prints the targets CSV template and nothing else', async () => {
    const result = await run(['template', 'targets']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'Period,Demand source,Segment,Kind,Amount\nFY2026-Q3,marketing,all,pipeline,1200000\nFY2026-Q3,all,enterprise,revenue,800000\n',
    );
    expect(result.stderr).toBe('');
  });
});

describe('mapping --kind leads --file', () => {
  let result: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    result = await run(['mapping', '--kind', 'leads', '--file', LEADS_SF, '--name', 'SF leads']);
  });

  it('prints a valid profile of the file’s headers and the proposed mapping', () => {
    expect(result.code).toBe(0);
    const parsed = parseMappingProfile(result.stdout);
    expect(parsed).toEqual({
      ok: true,
      profile: {
        quarterdeckMapping: 1,
        name: 'SF leads',
        kind: 'leads',
        headers: [
          'Lead ID',
          'Created Date',
          'Company / Account',
          'Lead Source',
          'Lead Status',
          'Converted',
          'Converted Date',
          'Converted Opportunity',
          'Email',
        ],
        mapping: {
          id: 'Lead ID',
          createdDate: 'Created Date',
          accountName: 'Company / Account',
          email: 'Email',
          leadSource: 'Lead Source',
          status: 'Lead Status',
          converted: 'Converted',
          convertedDate: 'Converted Date',
          convertedOpportunityId: 'Converted Opportunity',
        },
      },
    });
  });

  it('says on stderr what it mapped and how to use it', () => {
    expect(result.stderr).toContain(
      `Proposed a mapping for ${LEADS_SF} (leads, recognised as salesforce-leads): 9 of 15 fields mapped.`,
    );
    expect(result.stderr).toContain(
      'Fields left unmapped: statusDate, lifecycleStage, mqlDate, sqlDate, opportunityDate, customerDate.',
    );
  });

  it('imports the file the same way when the profile is passed back with --mapping', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'qd-profile-')), 'leads.json');
    writeFileSync(file, result.stdout);
    const back = await run(['report', '--sample', '--leads', LEADS_SF, '--mapping', file]);
    expect(back.code).toBe(0);
    expect(back.stderr).toContain(`Imported 6 of 9 rows from ${LEADS_SF} (leads); 3 rejected:`);
    expect(back.stderr).toContain(`  Mapped with --mapping ${file} (“SF leads”).`);
  });
});

describe('mapping on a file with unrecognised headers', () => {
  it('proposes what it can and says what is still to map', async () => {
    const result = await run(['mapping', '--kind', 'opportunities', '--file', CUSTOM]);
    expect(result.code).toBe(0);
    expect(parseMappingProfile(result.stdout)).toMatchObject({
      ok: true,
      profile: { name: 'opportunities from custom-headers.csv', mapping: { amount: 'Deal Value' } },
    });
    expect(result.stderr).toContain(
      'Still to do before it imports: No opportunity id column found. Map a column to “id”',
    );
  });

  it('asks for --kind when the headers do not tell, exit 2', async () => {
    const result = await run(['mapping', '--file', CUSTOM]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^Error: Cannot tell which kind of export test\/fixtures\/opportunities\/custom-headers\.csv is from its headers; say it with --kind/,
    );
  });
});

describe('exit codes of mapping problems', () => {
  it('exits 2 on an ambiguous profile and 1 on a malformed one, printing nothing on stdout', async () => {
    const ambiguous = await run([
      'report',
      '--opportunities',
      SMALL,
      '--opportunities',
      UPDATE,
      '--mapping',
      CUSTOM_PROFILE,
    ]);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stdout).toBe('');
    expect(ambiguous.stderr).toContain('so which one it is for is ambiguous');
    const malformed = await run([
      'report',
      '--sample',
      '--leads',
      LEADS_SF,
      '--mapping',
      'test/fixtures/cli/leads-mapping.json',
    ]);
    expect(malformed.code).toBe(1);
    expect(malformed.stdout).toBe('');
    expect(malformed.stderr).toContain(
      'Error: Cannot use --mapping test/fixtures/cli/leads-mapping.json: "mapping" names a field leads files do not have: "amount"',
    );
  });

  it('exits 2 with the usage on a bad command line', async () => {
    const result = await run(['template', 'leads']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      'Error: Unknown template "leads"; the only template is targets.',
    );
    expect(result.stderr).toContain('Usage:');
  });
});
