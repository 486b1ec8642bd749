import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, neutraliseCell, toCsv, type CsvColumn } from '../../shared/csv-export';

interface Row {
  name: string;
  amount: number | null;
}

const COLUMNS: CsvColumn<Row>[] = [
  { header: 'Name', value: (r) => r.name },
  { header: 'Amount', value: (r) => r.amount },
];

/** The records of CSV text as PapaParse reads them (record by record, the API shared/ declares). */
function parse(text: string): string[][] {
  const records: string[][] = [];
  Papa.parse<string[]>(text, {
    header: false,
    delimitersToGuess: [','],
    step: (result) => records.push(result.data),
  });
  // The CRLF after the last record leaves one empty record behind.
  const last = records[records.length - 1];
  if (last?.length === 1 && last[0] === '') records.pop();
  return records;
}

describe('neutraliseCell', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
    ['+SUM(A1)', `'+SUM(A1)`],
    ['-2+3', `'-2+3`],
    ['@cmd', `'@cmd`],
    ['\tPartner', `'\tPartner`],
    ['\rWeb', `'\rWeb`],
    ['\nWeb', `'\nWeb`],
    ['＝1+1', `'＝1+1`],
  ])('puts a quote in front of %j', (value, expected) => {
    expect(neutraliseCell(value)).toBe(expected);
  });

  it('looks past leading spaces and zero-width characters for a formula', () => {
    expect(neutraliseCell('  =1+1')).toBe(`'  =1+1`);
    expect(neutraliseCell('\u200B=1+1')).toBe(`'\u200B=1+1`);
  });

  it('leaves a value that only contains a formula character later alone', () => {
    expect(neutraliseCell('Keel - Platform = core')).toBe('Keel - Platform = core');
    expect(neutraliseCell('dana@example.com')).toBe('dana@example.com');
  });
});

describe('csvCell', () => {
  it('writes a negative number as a number, not neutralised', () => {
    expect(csvCell(-2500.5)).toBe('-2500.5');
  });

  it('writes null, undefined and a non-finite number as a blank cell', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes text and doubles the quotes inside it', () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
  });
});

describe('toCsv', () => {
  it('writes a header line and one CRLF-terminated line per row', () => {
    const csv = toCsv(
      [
        { name: 'Keel', amount: 48000 },
        { name: 'Moorings', amount: null },
      ],
      COLUMNS,
    );
    expect(csv).toBe('"Name","Amount"\r\n"Keel",48000\r\n"Moorings",\r\n');
  });

  it('neutralises a header that came from the file', () => {
    expect(toCsv([], [{ header: '=cmd', value: () => null }])).toBe(`"'=cmd"\r\n`);
  });

  it('keeps line breaks, commas and quotes inside one cell', () => {
    const csv = toCsv([{ name: 'Moorings, "Group"\r\nEnterprise', amount: 1 }], COLUMNS);
    expect(parse(csv)).toEqual([
      ['Name', 'Amount'],
      ['Moorings, "Group"\r\nEnterprise', '1'],
    ]);
  });

  it('keeps right-to-left, zero-width and astral characters byte for byte', () => {
    const name = 'شركة\u202E \u200Bx\uFEFF 👩\u200D💻 𝔸';
    expect(parse(toCsv([{ name, amount: -3 }], COLUMNS))).toEqual([
      ['Name', 'Amount'],
      [name, '-3'],
    ]);
  });

  it('round-trips any string through a CSV parser to its neutralised value', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }),
        (names) => {
          const csv = toCsv(
            names.map((name) => ({ name, amount: null })),
            COLUMNS,
          );
          const parsed = parse(csv).slice(1);
          expect(parsed.map((cells) => cells[0])).toEqual(names.map(neutraliseCell));
        },
      ),
    );
  });

  it('round-trips any string that starts with a formula character to a value starting with a quote', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r'), fc.string(), (lead, rest) => {
        const [, [cell]] = parse(toCsv([{ name: lead + rest, amount: null }], COLUMNS)) as [
          string[],
          string[],
        ];
        expect(cell).toBe(`'${lead}${rest}`);
      }),
    );
  });
});
