import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../cli/args';
import type { InputFiles } from '../../cli/args';

/** The files of every kind flag, none given unless named. */
function files(given: Partial<InputFiles> = {}): InputFiles {
  return {
    opportunities: [],
    leads: [],
    touchpoints: [],
    meetings: [],
    accounts: [],
    'target-accounts': [],
    spend: [],
    targets: [],
    ...given,
  };
}

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
        '--sourced-by',
        'primary-campaign',
        '--lookback-days',
        '90',
      ]),
    ).toEqual({
      ok: true,
      value: {
        command: 'report',
        inputs: files({ opportunities: ['deals.csv'] }),
        mappings: [],
        sample: false,
        fiscalYearStartMonth: 2,
        period: 'FY2026-Q3',
        asOf: '2025-09-17',
        useCrmProbability: true,
        sourcedBy: 'primaryCampaign',
        lookbackDays: 90,
        format: 'md',
      },
    });
  });

  it('leaves period and as-of to the metrics defaults and reports JSON by default', () => {
    expect(parseCliArgs(['report', '--sample'])).toEqual({
      ok: true,
      value: {
        command: 'report',
        inputs: files(),
        mappings: [],
        sample: true,
        fiscalYearStartMonth: 1,
        period: null,
        asOf: null,
        useCrmProbability: false,
        sourcedBy: 'leadSource',
        lookbackDays: 180,
        format: 'json',
      },
    });
  });

  it('names the three definitions when --sourced-by is none of them', () => {
    expect(errorOf(['report', '--sample', '--sourced-by', 'campaign'])).toBe(
      '--sourced-by must be one of lead-source, primary-campaign, first-touch, got "campaign".',
    );
  });

  it('refuses a lookback that is not a whole number of days', () => {
    expect(errorOf(['report', '--sample', '--lookback-days=-3'])).toBe(
      '--lookback-days must be a whole number of days from 0 to 9999, got "-3".',
    );
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
      value: {
        command: 'pdf',
        out: 'deck.pdf',
        chrome: '/opt/chrome',
        inputs: files({ opportunities: ['deals.csv'] }),
      },
    });
  });

  it('treats --help, -h, help and no command as a request for usage', () => {
    for (const argv of [['--help'], ['-h'], ['help'], [], ['report', '--help']]) {
      expect(parseCliArgs(argv)).toEqual({ ok: true, value: { command: 'help' } });
    }
  });

  it('refuses flags without a command instead of printing help with success', () => {
    expect(errorOf(['--opportunities', 'x.csv'])).toBe(
      'No command given; start with report, pdf, mapping, template or help.',
    );
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
    expect(errorOf(['deck', '--sample'])).toBe(
      'Unknown command "deck"; use report, pdf, mapping, template or help.',
    );
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

  it('takes every kind of file, each flag several times, in the order given', () => {
    const result = parseCliArgs([
      'report',
      '--opportunities',
      'jan.csv',
      '--leads',
      'leads.csv',
      '--opportunities',
      'feb.csv',
      '--touchpoints',
      'members.csv',
      '--touchpoints=influence.csv',
      '--meetings',
      'meetings.csv',
      '--accounts',
      'accounts.csv',
      '--target-accounts',
      'abm.csv',
      '--spend',
      'spend.csv',
      '--targets',
      'targets.csv',
      '--mapping',
      'a.json',
      '--mapping',
      'b.json',
    ]);
    expect(result).toMatchObject({
      ok: true,
      value: {
        inputs: files({
          opportunities: ['jan.csv', 'feb.csv'],
          leads: ['leads.csv'],
          touchpoints: ['members.csv', 'influence.csv'],
          meetings: ['meetings.csv'],
          accounts: ['accounts.csv'],
          'target-accounts': ['abm.csv'],
          spend: ['spend.csv'],
          targets: ['targets.csv'],
        }),
        mappings: ['a.json', 'b.json'],
      },
    });
  });

  it('lets the sample stand in for opportunities beside files of other kinds', () => {
    expect(parseCliArgs(['report', '--sample', '--leads', 'leads.csv'])).toMatchObject({
      ok: true,
      value: { sample: true, inputs: files({ leads: ['leads.csv'] }) },
    });
  });

  it('still needs opportunities when only other kinds are given', () => {
    expect(errorOf(['report', '--leads', 'leads.csv'])).toBe(
      'Missing --opportunities FILE (or --sample for the sample data).',
    );
  });

  it('refuses an empty file or profile name, naming the flag', () => {
    expect(errorOf(['report', '--sample', '--spend', ''])).toBe('--spend needs a file name.');
    expect(errorOf(['report', '--sample', '--mapping', ' '])).toBe(
      '--mapping needs a mapping profile file name.',
    );
  });

  it('reads the mapping command, with or without a kind', () => {
    expect(
      parseCliArgs(['mapping', '--kind', 'Leads', '--file', 'x.csv', '--name', 'CRM leads']),
    ).toEqual({
      ok: true,
      value: { command: 'mapping', kind: 'leads', file: 'x.csv', name: 'CRM leads' },
    });
    expect(parseCliArgs(['mapping', '--file', 'x.csv'])).toEqual({
      ok: true,
      value: { command: 'mapping', kind: null, file: 'x.csv', name: null },
    });
  });

  it('refuses a mapping command without a file or with an unknown kind', () => {
    expect(errorOf(['mapping', '--kind', 'leads'])).toBe(
      'Missing --file FILE: the CSV to propose a mapping for.',
    );
    expect(errorOf(['mapping', '--kind', 'deals', '--file', 'x.csv'])).toBe(
      '--kind must be one of opportunities, leads, touchpoints, meetings, accounts, target-accounts, spend, targets, got "deals".',
    );
  });

  it('reads the targets template command and refuses any other template', () => {
    expect(parseCliArgs(['template', 'targets'])).toEqual({
      ok: true,
      value: { command: 'template', template: 'targets' },
    });
    expect(errorOf(['template'])).toBe(
      'Which template? The only one is targets: template targets.',
    );
    expect(errorOf(['template', 'leads'])).toBe(
      'Unknown template "leads"; the only template is targets.',
    );
    expect(errorOf(['template', 'targets', '--sample'])).toBe(
      '--sample is a report and pdf option, not a template option.',
    );
  });

  it('says which commands a file flag belongs to when given to the mapping command', () => {
    expect(errorOf(['mapping', '--file', 'x.csv', '--leads', 'x.csv'])).toBe(
      '--leads is a report and pdf option, not a mapping option.',
    );
    expect(errorOf(['report', '--sample', '--kind', 'leads'])).toBe(
      '--kind is a mapping option, not a report option.',
    );
  });
});
