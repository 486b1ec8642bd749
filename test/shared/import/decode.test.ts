import { describe, expect, it } from 'vitest';
import {
  BINARY_FILE_MESSAGE,
  decodeBytes,
  EMPTY_FILE_MESSAGE,
} from '../../../shared/import/decode';
import { fixtureBytes } from './fixture';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeBytes', () => {
  it('strips the UTF-8 byte-order mark Excel\'s "CSV UTF-8" writes', () => {
    const result = decodeBytes(bytes(0xef, 0xbb, 0xbf, 0x49, 0x44, 0x0a, 0x31));
    expect(result).toEqual({ ok: true, text: 'ID\n1', encoding: 'utf-8' });
  });

  it('reads UTF-8 without a byte-order mark, multibyte characters included', () => {
    const result = decodeBytes(new TextEncoder().encode('Name\nSociété Générale'));
    expect(result).toEqual({ ok: true, text: 'Name\nSociété Générale', encoding: 'utf-8' });
  });

  it('reads UTF-16LE with a byte-order mark', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x49, 0x00, 0xe9, 0x00))).toEqual({
      ok: true,
      text: 'Ié',
      encoding: 'utf-16le',
    });
  });

  it('reads UTF-16BE with a byte-order mark', () => {
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x49, 0x20, 0xac))).toEqual({
      ok: true,
      text: 'I€',
      encoding: 'utf-16be',
    });
  });

  it('reads UTF-16LE without a byte-order mark instead of calling it binary', () => {
    const text = 'Opportunity ID\tAmount\r\n';
    const le = new Uint8Array(text.length * 2);
    [...text].forEach((char, i) => (le[i * 2] = char.charCodeAt(0)));
    expect(decodeBytes(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
  });

  it('falls back to Windows-1252 when the bytes are not valid UTF-8, mapping 0x80 to € and 0x96 to –', () => {
    // "Sé – 5€" in Windows-1252.
    const result = decodeBytes(bytes(0x53, 0xe9, 0x20, 0x96, 0x20, 0x35, 0x80));
    expect(result).toEqual({ ok: true, text: 'Sé – 5€', encoding: 'windows-1252' });
  });

  it('refuses a zipped .xlsx workbook as binary', () => {
    expect(decodeBytes(fixtureBytes('binary-xlsx.csv'))).toEqual({
      ok: false,
      fatal: BINARY_FILE_MESSAGE,
      encoding: 'utf-8',
    });
  });

  it('refuses text made mostly of control characters as binary', () => {
    const noisy = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01));
    const result = decodeBytes(noisy);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.fatal).toBe(BINARY_FILE_MESSAGE);
  });

  it('refuses an empty file and one holding only whitespace', () => {
    expect(decodeBytes(new Uint8Array(0))).toMatchObject({ ok: false, fatal: EMPTY_FILE_MESSAGE });
    expect(decodeBytes(fixtureBytes('empty.csv'))).toMatchObject({
      ok: false,
      fatal: EMPTY_FILE_MESSAGE,
    });
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf))).toMatchObject({
      ok: false,
      fatal: EMPTY_FILE_MESSAGE,
    });
  });
});
