import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../../shared/import/engine';
import type { KindDefinition } from '../../../../shared/import/kind-definition';
import { KIND_DEFINITIONS } from '../../../../shared/import/kinds';
import { importChunks } from '../../../../shared/import/streaming';

const OPPORTUNITIES = KIND_DEFINITIONS.opportunities;
const TOUCHPOINTS = KIND_DEFINITIONS.touchpoints;

/** The bytes cut at the given offsets (sorted, deduplicated, inside the array). */
function cut(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(from, point));
    from = point;
  }
  return chunks;
}

/** Windows-1252 bytes of text whose characters all fit in one byte (€ is 0x80). */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0) & 0xff)));
}

/** UTF-16LE bytes with a byte-order mark. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    out[2 + 2 * i] = text.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = text.charCodeAt(i) >> 8;
  }
  return out;
}

const HEADER =
  'Opportunity ID,Opportunity Name,Account Name,Amount,Close Date,Created Date,Stage,Lead Source,Probability (%)';

// Cells that stress what the chunking can break: multibyte characters, quoted separators and
// line breaks, doubled and stray quotes, dates in both orders, and footer and total rows.
const cell = fc.oneof(
  fc.constantFrom(
    '',
    'Müller GmbH',
    'Café €',
    '日本語',
    '😀 rocket',
    '"Quoted, with comma"',
    '"Line one\nline two"',
    '"Line one\r\nline two\r\n"',
    '"Say ""hi"""',
    'stray"quote',
    '"unclosed',
    '$1,200.00',
    '1.234,56 €',
    '13/02/2026',
    '02/13/2026',
    '01/03/2026',
    '2026-04-30',
    'Closed Won',
    'Closed Lost',
    'Prospecting',
    '50',
    '0.5',
    'Total',
    '1.23457E+11',
  ),
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
);
const id = fc.stringMatching(/^006[A-Za-z0-9]{12}([A-Za-z0-9]{3})?$/);
const row = fc
  .tuple(id, fc.array(cell, { minLength: 8, maxLength: 9 }))
  .map(([key, cells]) => [key, ...cells].join(','));
const footer = fc.constantFrom(
  '',
  '\n\nGrand Totals (3 records)\nConfidential Information - Do Not Distribute\nCopyright (c) 2000-2026 salesforce.com, inc.',
);
const csv = fc
  .tuple(
    fc.array(row, { maxLength: 14 }),
    fc.constantFrom('\n', '\r\n'),
    footer,
    fc.constantFrom(',', ';'),
  )
  .map(([rows, eol, tail, separator]) => {
    const text = [HEADER, ...rows].join(eol) + tail;
    return separator === ',' ? text : text.replaceAll(',', separator);
  });
const offsets = fc.array(fc.nat(), { maxLength: 30 });

describe('the streaming engine, fed the same bytes in random chunks', () => {
  it('gives exactly the one-shot result for UTF-8 text, cut anywhere (inside characters and quoted values)', () => {
    let withRecords = 0;
    fc.assert(
      fc.property(
        csv,
        fc.boolean(),
        offsets,
        fc.integer({ min: 1, max: 64 }),
        (text, bom, at, min) => {
          const body = new TextEncoder().encode(text);
          const bytes = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
          const options = { fileName: 'cut.csv' };
          const whole = runImport(OPPORTUNITIES, bytes, options);
          const streamed = importChunks(OPPORTUNITIES, () => cut(bytes, at), options, {
            minParseChars: min,
          });
          expect(streamed).toEqual(whole);
          if (whole.records.length > 0) withRecords++;
        },
      ),
      { numRuns: 300 },
    );
    // The runs must exercise real imports, not only files refused outright.
    expect(withRecords).toBeGreaterThan(100);
  });

  it('gives exactly the one-shot result for Windows-1252 and UTF-16 files', () => {
    const latin = fc.constantFrom('Müller GmbH', 'Café €', '"a\nb"', 'x"y', '13/02/2026', '');
    const latinCsv = fc
      .array(fc.tuple(id, fc.array(latin, { minLength: 8, maxLength: 8 })), { maxLength: 10 })
      .map((rows) => [HEADER, ...rows.map(([k, c]) => [k, ...c].join(','))].join('\r\n'));
    fc.assert(
      fc.property(latinCsv, fc.boolean(), offsets, (text, wide, at) => {
        const bytes = wide ? utf16le(text) : windows1252(text);
        const options = { fileName: 'old.csv' };
        const whole = runImport(OPPORTUNITIES, bytes, options);
        expect(whole.summary.encoding).toBe(
          wide ? 'utf-16le' : /[€üé]/.test(text) ? 'windows-1252' : 'utf-8',
        );
        const streamed = importChunks(OPPORTUNITIES, () => cut(bytes, at), options, {
          minParseChars: 8,
        });
        expect(streamed).toEqual(whole);
      }),
      { numRuns: 200 },
    );
  });

  it('gives exactly the one-shot result on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), offsets, (bytes, at) => {
        const options = { fileName: 'random.bin' };
        const streamed = importChunks(OPPORTUNITIES, () => cut(bytes, at), options, {
          minParseChars: 16,
        });
        expect(streamed).toEqual(runImport(OPPORTUNITIES, bytes, options));
      }),
      { numRuns: 300 },
    );
  });

  it('settles the delimiter as the whole file does when the first slice holds fewer than ten records', () => {
    const text = `a;b;c\n${'1;2;3\n'.repeat(3)}x,y,z,w\n${'4;5;6\n'.repeat(12)}`;
    const bytes = new TextEncoder().encode(text);
    const streamed = importChunks(
      OPPORTUNITIES,
      () => cut(bytes, [7, 20, 40]),
      { fileName: 's.csv' },
      {
        minParseChars: 4,
      },
    );
    expect(streamed.summary.delimiter).toBe(';');
    expect(streamed).toEqual(runImport(OPPORTUNITIES, bytes, { fileName: 's.csv' }));
  });

  it('gives the one-shot result for every committed fixture, cut every 7 bytes', () => {
    const root = join(__dirname, '..', '..', '..', 'fixtures');
    const cases: [string, KindDefinition<unknown, string>][] = [
      ['opportunities', OPPORTUNITIES as KindDefinition<unknown, string>],
      ['touchpoints', TOUCHPOINTS as KindDefinition<unknown, string>],
    ];
    let files = 0;
    for (const [folder, definition] of cases) {
      const names = readdirSync(join(root, folder)).filter((n) => n.endsWith('.csv'));
      for (const name of names) {
        const bytes = new Uint8Array(readFileSync(join(root, folder, name)));
        const every7 = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => i * 7);
        const options = { fileName: name };
        const whole = runImport<unknown, string>(definition, bytes, options);
        const streamed = importChunks<unknown, string>(
          definition,
          () => cut(bytes, every7),
          options,
          {
            minParseChars: 5,
          },
        );
        expect(streamed, name).toEqual(whole);
        files++;
      }
    }
    expect(files).toBeGreaterThanOrEqual(10);
  });
});
