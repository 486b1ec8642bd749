import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../cli/args';

function errorOf(argv: string[]): string {
  const result = parseCliArgs(argv);
  if (result.ok) throw new Error(`expected a usage error for ${argv.join(' ')}`);
  return result.error;
}

describe('parseCliArgs', () => {
  it('reads a full report command line', () => {
    expect(
      parseCliArgs([
        'report',
        '--opportunities',
        'deals.csv',
        '--fiscal-start',
        '2',
        '--period',
        'fy2026 q3',
        '--as-of',
        '2025-09-17',
        '--format',
        'md',
        '--use-crm-probability',
      ]),
    ).toEqual({
      ok: true,
      value: {
        command: 'report',
        opportunities: 'deals.csv',
        sample: false,
        fiscalYearStartMonth: 2,
        period: 'FY2026-Q3',
        asOf: '2025-09-17',
        useCrmProbability: true,
        format: 'md',
      },
    });
  });

  it('leaves period and as-of to the metrics defaults and reports JSON by default', () => {
    expect(parseCliArgs(['report', '--sample'])).toEqual({
      ok: true,
      value: {
        command: 'report',
        opportunities: null,
        sample: true,
        fiscalYearStartMonth: 1,
        period: null,
        asOf: null,
        useCrmProbability: false,
        format: 'json',
      },
    });
  });

  it('reads a pdf command line with an explicit browser', () => {
    const result = parseCliArgs([
      'pdf',
      '--opportunities=deals.csv',
      '--out',
      'deck.pdf',
      '--chrome',
      '/opt/chrome',
    ]);
    expect(result).toMatchObject({
      ok: true,
      value: { command: 'pdf', out: 'deck.pdf', chrome: '/opt/chrome', opportunities: 'deals.csv' },
    });
  });

  it('treats --help, -h, help and no command as a request for usage', () => {
    for (const argv of [['--help'], ['-h'], ['help'], [], ['report', '--help']]) {
      expect(parseCliArgs(argv)).toEqual({ ok: true, value: { command: 'help' } });
    }
  });

  it('names an unknown flag', () => {
    expect(errorOf(['report', '--sample', '--colour', 'red'])).toBe('Unknown flag --colour.');
  });

  it('names a flag given without its value', () => {
    expect(errorOf(['report', '--sample', '--period'])).toBe('Flag --period needs a value.');
  });

  it('refuses fiscal start months outside 1–12 and non-numbers', () => {
    expect(errorOf(['report', '--sample', '--fiscal-start', '13'])).toBe(
      '--fiscal-start must be a month number from 1 to 12, got "13".',
    );
    expect(errorOf(['report', '--sample', '--fiscal-start', '0'])).toMatch(/got "0"/);
    expect(errorOf(['report', '--sample', '--fiscal-start', '2.5'])).toMatch(/got "2.5"/);
    expect(errorOf(['report', '--sample', '--fiscal-start', 'feb'])).toMatch(/got "feb"/);
  });

  it('refuses a period that does not parse, saying how to write one', () => {
    expect(errorOf(['report', '--sample', '--period', 'Q3-2026'])).toBe(
      '--period: Period "Q3-2026" is not a fiscal quarter; write it like FY2026-Q3 or FY2026 Q3.',
    );
  });

  it('refuses an as-of date that is malformed or not a real day', () => {
    expect(errorOf(['report', '--sample', '--as-of', '17/09/2025'])).toBe(
      '--as-of must be a real date written YYYY-MM-DD, got "17/09/2025".',
    );
    expect(errorOf(['report', '--sample', '--as-of', '2025-02-29'])).toMatch(/2025-02-29/);
  });

  it('needs exactly one of --opportunities and --sample', () => {
    expect(errorOf(['report'])).toBe(
      'Missing --opportunities FILE (or --sample for the sample data).',
    );
    expect(errorOf(['report', '--sample', '--opportunities', 'a.csv'])).toBe(
      'Use either --opportunities FILE or --sample, not both.',
    );
  });

  it('refuses an unknown format', () => {
    expect(errorOf(['report', '--sample', '--format', 'xml'])).toBe(
      '--format must be json or md, got "xml".',
    );
  });

  it('refuses an unknown command and stray arguments', () => {
    expect(errorOf(['deck', '--sample'])).toBe('Unknown command "deck"; use report, pdf or help.');
    expect(errorOf(['report', 'deals.csv'])).toBe(
      'Unexpected argument "deals.csv"; flags start with --.',
    );
  });

  it('says which command a misplaced flag belongs to', () => {
    expect(errorOf(['report', '--sample', '--out', 'deck.pdf'])).toBe(
      '--out is a pdf option, not a report option.',
    );
    expect(errorOf(['pdf', '--sample', '--out', 'd.pdf', '--format', 'md'])).toBe(
      '--format is a report option, not a pdf option.',
    );
  });

  it('needs --out for a pdf', () => {
    expect(errorOf(['pdf', '--sample'])).toBe('Missing --out FILE: where to write the PDF.');
  });
});
