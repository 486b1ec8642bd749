import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../cli/args';
import { CliError } from '../../cli/cli-error';
import { loadInputs } from '../../cli/load-inputs';
import { settingsFromOptions } from '../../cli/settings-from-options';
import { captureIo, reportOptions } from './capture-io';
import { runCli } from './run-cli';

const MIXED = 'test/fixtures/opportunities/mixed-currency.csv';

let dir = '';
/** A rates file written for the test, by name. */
const file = (name: string): string => path.join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'quarterdeck-rates-'));
  writeFileSync(file('usd.csv'), 'reporting currency: USD\ncurrency,rate\nEUR,1.0823\n');
  writeFileSync(file('gbp-only.csv'), 'reporting currency: USD\ncurrency,rate\nGBP,1.271\n');
  writeFileSync(file('bad.csv'), 'reporting currency: USD\ncurrency,rate\nEUR,one\n');
});

/** Loads the inputs of `report ARGS`, returning the CliError it fails with. */
async function failure(argv: string[]): Promise<CliError> {
  const captured = captureIo();
  try {
    await loadInputs(reportOptions(argv), captured.io.today, captured.io.stderr);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`expected ${argv.join(' ')} to fail`);
}

describe('--rates on the command line', () => {
  it('is a report and pdf option naming a file', () => {
    const parsed = parseCliArgs(['report', '--sample', '--rates', 'rates.csv']);
    expect(parsed).toMatchObject({ ok: true, value: { command: 'report', rates: 'rates.csv' } });
    expect(parseCliArgs(['pdf', '--sample', '--out', 'd.pdf', '--rates=r.csv'])).toMatchObject({
      ok: true,
      value: { command: 'pdf', rates: 'r.csv' },
    });
    expect(parseCliArgs(['report', '--sample', '--rates', ' '])).toEqual({
      ok: false,
      error: '--rates needs a rates file name.',
    });
    expect(parseCliArgs(['mapping', '--file', 'a.csv', '--rates', 'r.csv'])).toEqual({
      ok: false,
      error: '--rates is a report and pdf option, not a mapping option.',
    });
  });

  it('stops a mixed-currency file without --rates, saying how to give the rates', async () => {
    const error = await failure(['--opportunities', MIXED]);
    expect(error.message).toBe(
      `Cannot import --opportunities ${MIXED}: This file mixes currencies (USD, EUR). Choose a reporting currency and add a rate for each other currency in a --rates FILE (see docs/cli.md), or filter the report to one currency.`,
    );
    expect(error.exitCode).toBe(1);
  });

  it('names the rate the --rates file lacks', async () => {
    const rates = file('gbp-only.csv');
    const error = await failure(['--opportunities', MIXED, '--rates', rates]);
    expect(error.message).toBe(
      `Cannot import --opportunities ${MIXED}: This file mixes currencies (USD, EUR). Add a rate for EUR in --rates ${rates} (reporting currency USD), or filter the report to one currency.`,
    );
  });

  it('converts the EUR deal with the rates and says so on stderr', async () => {
    const captured = captureIo();
    const options = reportOptions(['--opportunities', MIXED, '--rates', file('usd.csv')]);
    const loaded = await loadInputs(options, captured.io.today, captured.io.stderr);
    expect(loaded.opportunities.map((o) => [o.amount, o.currency])).toEqual([
      [12400, 'USD'],
      [8658.4, 'USD'],
      [500, 'USD'],
    ]);
    expect(captured.stderr()).toContain(
      'Converted 1 row from EUR to USD at 1.0823: EUR 8,000.00 = USD 8,658.40.',
    );
    expect(settingsFromOptions(options, loaded).currency).toEqual({
      reporting: 'USD',
      rates: { EUR: 1.0823 },
    });
  });

  it('names the line and column of a bad rate, and a rates file that is missing', async () => {
    const bad = file('bad.csv');
    const error = await failure(['--opportunities', MIXED, '--rates', bad]);
    expect(error.message).toBe(
      `Cannot use --rates ${bad}:\n  ${bad}, line 3, column 2: EUR: “one” is not a number; write it like 1.0823.`,
    );
    const missing = file('nope.csv');
    expect((await failure(['--sample', '--rates', missing])).message).toBe(
      `Cannot read --rates ${missing}: no such file.`,
    );
  });

  it('runs a report end to end with --rates', async () => {
    const run = await runCli(['report', '--opportunities', MIXED, '--rates', file('usd.csv')]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Converted 1 row from EUR to USD at 1.0823');
    expect(JSON.parse(run.stdout)).toHaveProperty('landings');
  }, 120_000);
});
