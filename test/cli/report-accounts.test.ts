import { beforeAll, describe, expect, it } from 'vitest';
import type { CliReport } from '../../cli/report-command';
import type { CliRun } from './run-cli';
import { runCli, SPAWN_TIMEOUT_MS } from './run-cli';

const OPPORTUNITIES = 'test/fixtures/accounts-join/opportunities.csv';
const ACCOUNTS = 'test/fixtures/accounts-join/accounts.csv';
const PERIOD = ['--period', 'FY2026-Q1', '--as-of', '2026-02-15'];

// Hand-computed in test/fixtures/accounts-join/README.md.
describe('cli report with --accounts', () => {
  let alone: CliRun;
  let joined: CliRun;
  beforeAll(async () => {
    [alone, joined] = await Promise.all([
      runCli(['report', '--opportunities', OPPORTUNITIES, ...PERIOD]),
      runCli(['report', '--opportunities', OPPORTUNITIES, '--accounts', ACCOUNTS, ...PERIOD]),
    ]);
  }, SPAWN_TIMEOUT_MS);

  it('counts every deal as segment unknown without the accounts file', () => {
    expect(alone.status).toBe(0);
    const report = JSON.parse(alone.stdout) as CliReport;
    expect(report.landings.bySegment.unknown).toMatchObject({
      landed: 16000,
      due: 6500,
      total: 22500,
    });
    expect(report.landings.bySegment.enterprise.total).toBe(0);
  });

  it('takes each deal’s segment from its account by id (15 or 18 characters) or by name', () => {
    expect(joined.status).toBe(0);
    const report = JSON.parse(joined.stdout) as CliReport;
    expect(report.landings.bySegment.enterprise).toMatchObject({ landed: 10000, total: 10000 });
    expect(report.landings.bySegment.midmarket).toMatchObject({ due: 4000, total: 4000 });
    expect(report.landings.bySegment.smb).toMatchObject({ landed: 6000, total: 6000 });
    expect(report.landings.bySegment.unknown).toMatchObject({ landed: 0, due: 2500, total: 2500 });
    expect(report.landings.total).toBe(22500);
    expect(report.source.files).toEqual([OPPORTUNITIES, ACCOUNTS]);
  });

  it('says on stderr how many deals the accounts filled and how many name a missing account', () => {
    expect(joined.stderr).toContain(
      'Accounts: 3 opportunities linked to an account by id or name; 3 of them took a blank segment, employee count or region from it. 1 opportunity names an account not in the accounts files.',
    );
    expect(alone.stderr).not.toContain('Accounts:');
  });
});
