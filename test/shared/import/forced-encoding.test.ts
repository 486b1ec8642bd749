import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../shared/import/decode';
import { runImport } from '../../../shared/import/engine';
import { KIND_DEFINITIONS } from '../../../shared/import/kinds';
import { importChunks } from '../../../shared/import/streaming';
import type { TextEncoding } from '../../../shared/import/types';

const OPPORTUNITIES = KIND_DEFINITIONS.opportunities;

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const BOM = Uint8Array.from([0xef, 0xbb, 0xbf]);
const CSV = 'Opportunity ID,Opportunity Name,Amount\n006A,Café Crème,100\n';

/** The first data row's name as the one-shot engine and the streaming engine (1-byte chunks) read it. */
function namesRead(bytes: Uint8Array, encoding?: TextEncoding): [string, string, string, string] {
  const options = { fileName: 'f.csv', ...(encoding ? { encoding } : {}) };
  const whole = runImport(OPPORTUNITIES, bytes, options);
  const streamed = importChunks(
    OPPORTUNITIES,
    () => Array.from(bytes, (byte) => Uint8Array.of(byte)),
    options,
  );
  return [
    whole.records[0]?.name ?? '',
    streamed.records[0]?.name ?? '',
    whole.summary.encoding,
    streamed.summary.encoding,
  ];
}

describe('an encoding the user forces', () => {
  it('detects UTF-8 when nothing is forced', () => {
    expect(namesRead(utf8(CSV))).toEqual(['Café Crème', 'Café Crème', 'utf-8', 'utf-8']);
  });

  it('reads UTF-8 bytes as Windows-1252 when that is forced, in both engines', () => {
    expect(namesRead(utf8(CSV), 'windows-1252')).toEqual([
      'CafÃ© CrÃ¨me',
      'CafÃ© CrÃ¨me',
      'windows-1252',
      'windows-1252',
    ]);
  });

  it('skips a UTF-8 byte-order mark when Windows-1252 is forced, so the first header still matches', () => {
    const bytes = new Uint8Array([...BOM, ...utf8(CSV)]);
    expect(namesRead(bytes, 'windows-1252')[0]).toBe('CafÃ© CrÃ¨me');
    expect(
      runImport(OPPORTUNITIES, bytes, { fileName: 'f.csv', encoding: 'windows-1252' }).fatal,
    ).toBeNull();
  });

  it('reads Windows-1252 bytes as UTF-8 when that is forced, bad bytes becoming U+FFFD instead of a fallback', () => {
    const bytes = Uint8Array.from(
      [...'Opportunity ID,Opportunity Name\n006A,Caf\u00e9\n'].map((c) => c.charCodeAt(0)),
    );
    expect(namesRead(bytes)).toEqual(['Café', 'Café', 'windows-1252', 'windows-1252']);
    expect(namesRead(bytes, 'utf-8')).toEqual(['Caf\ufffd', 'Caf\ufffd', 'utf-8', 'utf-8']);
  });

  it('decodes UTF-16BE when forced on bytes without a byte-order mark', () => {
    const text = 'Id\nx\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[2 * i + 1] = text.charCodeAt(i);
    expect(decodeBytes(bytes, 'utf-16be')).toEqual({ ok: true, text, encoding: 'utf-16be' });
    expect(decodeBytes(Uint8Array.from([0xff, 0xfe, 0x49, 0, 0x64, 0]), 'utf-16le')).toEqual({
      ok: true,
      text: 'Id',
      encoding: 'utf-16le',
    });
  });
});
