import { beforeAll, describe, expect, it } from 'vitest';
import type { CliReport } from '../../cli/report-command';
import type { CliRun } from './run-cli';
import { runCli, SPAWN_TIMEOUT_MS } from './run-cli';

const FIXTURE = 'test/fixtures/cli/opportunities-small.csv';
const PERIOD = ['--period', 'FY2026-Q1', '--as-of', '2026-02-15'];

/*
 * Hand-computed from the 15 rows of the fixture for FY2026 Q1 (2026-01-01 … 2026-03-31) as of
 * 2026-02-15. Rows 11 (blank id) and 12 (2/30/2026) are rejected; row 10 was created on
 * 2/16, after as-of, and counts nowhere.
 *   landed  = 10,000.00 (Web, 1/20) + 25,500.50 (Sales Generated, 2/10) + 7,250.25 (Reseller, 2/15 = as-of)
 *           = 42,750.75
 *   due     = 12,345.67 (Webinar, 3/15) + 8,000.00 (SDR Outbound, 2/1, overdue) + blank (3/31) = 20,345.67
 *   lost    = 40,000.00 (Partner Referral, 1/31) + 5,000.00 (blank source, 2/5) = 45,000.00
 *   total   = 63,096.42; marketing part 22,345.67 → sourced share 0.354151…
 *   created (1/1–2/15) = 12,345.67 + 50,000 + 15,000 + 0 + 5,000 = 82,345.67 in 5 deals
 *   previous quarter (10/1–11/15/2025) = 40,000 + 10,000 = 50,000 in 2 deals
 *   a year ago (1/1–2/15/2025) = 9,000 in 1 deal
 */
describe('cli report on a Salesforce export', () => {
  let run: CliRun;
  let report: CliReport;
  beforeAll(async () => {
    run = await runCli(['report', '--opportunities', FIXTURE, ...PERIOD]);
    report = JSON.parse(run.stdout) as CliReport;
  }, SPAWN_TIMEOUT_MS);

  it('exits 0 and prints only the report JSON, indented by two spaces', () => {
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('{\n  "period": {')).toBe(true);
    expect(run.stdout.endsWith('}\n')).toBe(true);
  });

  it('reports the chosen period and as-of date', () => {
    expect(report.period).toMatchObject({
      label: 'FY2026 Q1',
      start: '2026-01-01',
      end: '2026-03-31',
      asOf: '2026-02-15',
    });
  });

  it('lands, keeps due and loses the hand-computed amounts, to the cent', () => {
    expect(report.landings.landed).toBe(42750.75);
    expect(report.landings.due).toBe(20345.67);
    expect(report.landings.overdue).toBe(8000);
    expect(report.landings.lost).toBe(45000);
    expect(report.landings.total).toBe(63096.42);
    expect(report.landings.sourcedShare).toBeCloseTo(0.354151, 6);
  });

  it('splits landings by demand source', () => {
    expect(report.landings.byDemandSource.marketing).toMatchObject({
      landed: 10000,
      due: 12345.67,
    });
    expect(report.landings.byDemandSource.sales).toMatchObject({ landed: 25500.5, due: 0 });
    expect(report.landings.byDemandSource.tele).toMatchObject({ due: 8000, overdue: 8000 });
    expect(report.landings.byDemandSource.channel).toMatchObject({ landed: 7250.25, lost: 40000 });
    expect(report.landings.byDemandSource.unknown).toMatchObject({ lost: 5000, total: 0 });
  });

  it('has no expected landing: five closed deals of history are too few for a win rate', () => {
    expect(report.rates.winRate.overall).toBeNull();
    expect(report.landings.expected).toBeNull();
  });

  it('counts created pipeline against the same days of the previous quarter and a year ago', () => {
    expect(report.create.created).toBe(82345.67);
    expect(report.create.createdCount).toBe(5);
    expect(report.create.previousQuarter).toMatchObject({ created: 50000, createdCount: 2 });
    expect(report.create.yearAgo).toMatchObject({ created: 9000, createdCount: 1 });
  });

  it('carries integrity counts and the source of the figures', () => {
    expect(report.integrity).toMatchObject({ undated: 1, overdueCount: 1, rejectedRows: 2 });
    expect(report.source).toEqual({
      sample: false,
      files: [FIXTURE],
      imports: [{ kind: 'opportunities', file: FIXTURE, rowsRead: 15, imported: 13, rejected: 2 }],
    });
  });

  it('summarises the rejected rows on stderr with line and reason', () => {
    expect(run.stderr).toContain(
      'Imported 13 of 15 rows from test/fixtures/cli/opportunities-small.csv (opportunities); 2 rejected:',
    );
    expect(run.stderr).toContain('line 12 Opportunity ID');
    expect(run.stderr).toContain('line 13 Close Date: Close Date “2/30/2026” is not a real date');
  });
});

describe('cli report --format md', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await runCli(['report', '--opportunities', FIXTURE, ...PERIOD, '--format', 'md']);
  }, SPAWN_TIMEOUT_MS);

  it('prints a Markdown summary with the landings table and the comparisons', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^# FY2026 Q1\n/);
    expect(run.stdout).toContain(
      '| **All sources** | 42,750.75 | 20,345.67 | 8,000.00 | 45,000.00 | 63,096.42 | n/a |',
    );
    expect(run.stdout).toContain('Marketing-sourced share of the landings total: 35.4%.');
    expect(run.stdout).toContain('| FY2025 Q4 (same elapsed days) | 50,000.00 | 2 |');
    expect(run.stdout).toContain('| FY2025 Q1 (same elapsed days) | 9,000.00 | 1 |');
    expect(run.stdout).toContain('- Rows rejected at import: 2');
  });

  it('says which figures were not measured, rather than printing zeros', () => {
    expect(run.stdout).toContain(
      '## Marketing influence\n\nNot measured: no touchpoints were imported.',
    );
    expect(run.stdout).toContain(
      '## Contribution vs targets\n\nNot measured: no targets were imported.',
    );
    expect(run.stdout).toContain('- Lead-source stripping: not measured (no leads)');
    expect(run.stdout).toContain(
      '## Attribution by channel (estimate)\n\nNot measured: no touchpoints were imported.',
    );
  });

  it('ends with the definitions the figures rest on, and sourced landings under each', () => {
    // FY2026 Q1 as of 2026-02-15: win rates over the four quarters of calendar 2025.
    expect(run.stdout).toContain(
      '## Definitions\n\n- Sourced by: Lead Source\n- Influence lookback: 180 days before creation\n- Win rates over: 2025-01-01 to 2025-12-31\n- As of: 2026-02-15',
    );
    expect(run.stdout).toContain('| **Marketing-sourced share** | 35.4% |');
  });
});

describe('cli report with targets', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await runCli([
      'report',
      '--opportunities',
      FIXTURE,
      '--targets',
      'test/fixtures/cli/targets-q1.csv',
      ...PERIOD,
      '--format',
      'md',
    ]);
  }, SPAWN_TIMEOUT_MS);

  it('sets this quarter’s target beside what was created, with its pace', () => {
    expect(run.status).toBe(0);
    // Created 1/1–2/15 = 82,345.67 of a 100,000 target = 82.3%; 46 of Q1's 90 days have passed
    // (51.1%), so it is on pace. The FY2026-Q2 target is another quarter's and is not listed.
    expect(run.stdout).toContain('| All | All | pipeline | 100,000.00 | 82,345.67 | 82.3% | yes |');
    expect(run.stdout).not.toContain('999.00');
  });
});

describe('cli report --sample', () => {
  let run: CliRun;
  beforeAll(async () => {
    run = await runCli(['report', '--sample', '--as-of', '2025-09-17']);
  }, SPAWN_TIMEOUT_MS);

  it('reports on the generated sample and says so in the JSON', () => {
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as CliReport;
    expect(report.source).toEqual({ sample: true, files: [], imports: [] });
    expect(report.period.asOf).toBe('2025-09-17');
    expect(report.integrity.rejectedRows).toBe(0);
    expect(run.stderr).toContain('Imported 1,500 of 1,500 rows');
    expect(run.stderr).toContain('Footer check: Grand Totals says 1,500 records; 1,500 read.');
  });

  it('reads the sample of every other kind too, so the figures they feed are measured', () => {
    const report = JSON.parse(run.stdout) as CliReport;
    expect(run.stderr).toContain('harborline-sample-leads-2025-09-17.csv (leads)');
    expect(run.stderr).toContain('harborline-sample-targets-2025-09-17.csv (targets)');
    expect(report.integrity.strippedPairs).toBe(5);
    expect(report.create.targetAccounts?.accounts).toBe(150);
    expect(report.landings.influenced).not.toBeNull();
    expect(report.create.meetings).not.toBeNull();
  });
});

describe('cli usage and data errors', () => {
  const runs = new Map<string, CliRun>();
  const argv: Record<string, string[]> = {
    fiscal: ['report', '--opportunities', FIXTURE, '--fiscal-start', '13'],
    unknown: ['report', '--sample', '--colour'],
    period: ['report', '--sample', '--period', '2026Q3'],
    missing: ['report', '--opportunities', 'test/fixtures/cli/missing.csv'],
    notExport: ['report', '--opportunities', 'package.json'],
    help: ['--help'],
  };
  beforeAll(async () => {
    const entries = Object.entries(argv);
    const results = await Promise.all(entries.map(([, args]) => runCli(args)));
    entries.forEach(([key], i) => runs.set(key, results[i]));
  }, SPAWN_TIMEOUT_MS);
  const result = (key: string): CliRun => {
    const run = runs.get(key);
    if (!run) throw new Error(`no run ${key}`);
    return run;
  };

  it('exits 2 on a bad flag, with the message on stderr and nothing on stdout', () => {
    const run = result('fiscal');
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--fiscal-start must be a month number from 1 to 12, got "13".');
  });

  it('exits 2 on an unknown flag and a period that does not parse', () => {
    const unknown = result('unknown');
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toContain('Unknown flag --colour.');
    const period = result('period');
    expect(period.status).toBe(2);
    expect(period.stderr).toContain('--period: Period "2026Q3" is not a fiscal quarter');
  });

  it('exits 1 naming a file that cannot be read', () => {
    const run = result('missing');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'Cannot read --opportunities test/fixtures/cli/missing.csv: no such file.',
    );
  });

  it('exits 1 naming a file that is not an opportunities export', () => {
    const run = result('notExport');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Cannot import --opportunities package\.json: /);
  });

  it('prints usage for --help', () => {
    const run = result('help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('npm run -s cli -- report');
  });
});
