import { decodeUtf16, decodeWindows1252 } from './byte-decoders';
import type { TextEncoding } from './types';

/**
 * The part of TextDecoder this file uses. It exists at runtime in Node and in browsers,
 * but shared/ typechecks against lib ES2022 alone, which does not declare it; a
 * module-local declaration avoids clashing with the DOM and Node globals elsewhere.
 */
interface Utf8Decoder {
  decode(input: Uint8Array): string;
}
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => Utf8Decoder;

/** The byte-order mark each encoding may start with, skipped when that encoding is forced. */
const BOMS: Record<TextEncoding, readonly number[]> = {
  'utf-8': [0xef, 0xbb, 0xbf],
  'utf-16le': [0xff, 0xfe],
  'utf-16be': [0xfe, 0xff],
  // Excel's "CSV UTF-8" starts with a UTF-8 BOM; read as Windows-1252 it would prefix the first header.
  'windows-1252': [0xef, 0xbb, 0xbf],
};

/** How many bytes of `encoding`'s byte-order mark start `bytes` (0 when there is none). */
export function bomLength(bytes: Uint8Array, encoding: TextEncoding): number {
  const bom = BOMS[encoding];
  return bom.every((byte, i) => bytes[i] === byte) ? bom.length : 0;
}

/**
 * Decodes bytes in an encoding the user chose, skipping its byte-order mark. Never fails on a
 * byte: invalid UTF-8 becomes U+FFFD, so a wrong choice shows up in the preview, not as an error.
 */
function decodeForced(bytes: Uint8Array, encoding: TextEncoding): string {
  const body = bytes.subarray(bomLength(bytes, encoding));
  switch (encoding) {
    case 'utf-8':
      return new TextDecoder('utf-8', { fatal: false }).decode(body);
    case 'utf-16le':
      return decodeUtf16(body, true, 0);
    case 'utf-16be':
      return decodeUtf16(body, false, 0);
    case 'windows-1252':
      return decodeWindows1252(body);
  }
}

/** Decoded text and the encoding it was read in, or the reason the bytes are not a CSV. */
export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncoding }
  | { ok: false; fatal: string; encoding: TextEncoding };

/** The message for a file that holds nothing to read. */
export const EMPTY_FILE_MESSAGE = 'This file is empty: it has no header row and no data rows.';

/** The message for bytes that are not text, usually an Excel workbook. */
export const BINARY_FILE_MESSAGE =
  'This file is not a CSV export: it looks like a binary file (e.g. an Excel .xlsx). In Excel, use File → Save As → CSV UTF-8.';

/** How much of the start of a file the binary and UTF-16 sniffing look at. */
export const SNIFF_LENGTH = 4096;

/** Share of control characters above which decoded text is taken for binary data. */
const MAX_CONTROL_SHARE = 0.05;

/**
 * Detects the encoding of a CSV file from its bytes and decodes it, or decodes it in
 * `forced` when the user overrode the detection; never throws.
 */
export function decodeBytes(bytes: Uint8Array, forced?: TextEncoding): DecodeResult {
  const start = bytes.subarray(0, SNIFF_LENGTH);
  let text: string;
  let encoding: TextEncoding;
  if (forced !== undefined) {
    encoding = forced;
    text = decodeForced(bytes, forced);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = decodeUtf16(bytes, true, 2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = decodeUtf16(bytes, false, 2);
  } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    const decoded = decodeUtf8(bytes.subarray(3));
    text = decoded ?? decodeWindows1252(bytes.subarray(3));
  } else {
    const bomless = sniffBomlessUtf16(start);
    if (bomless !== null) {
      encoding = bomless;
      text = decodeUtf16(bytes, bomless === 'utf-16le', 0);
    } else if (start.includes(0)) {
      return { ok: false, fatal: BINARY_FILE_MESSAGE, encoding: 'utf-8' };
    } else {
      const decoded = decodeUtf8(bytes);
      encoding = decoded === null ? 'windows-1252' : 'utf-8';
      text = decoded ?? decodeWindows1252(bytes);
    }
  }
  if (text.trim() === '') return { ok: false, fatal: EMPTY_FILE_MESSAGE, encoding };
  if (looksBinary(text.slice(0, SNIFF_LENGTH))) {
    return { ok: false, fatal: BINARY_FILE_MESSAGE, encoding };
  }
  return { ok: true, text, encoding };
}

/** Strict UTF-8 decoding, or `null` when the bytes are not valid UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a byte-order mark shows as ASCII text with a NUL in every other byte;
 * without this check such a file would be refused as binary.
 */
export function sniffBomlessUtf16(start: Uint8Array): TextEncoding | null {
  if (start.length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < start.length; i++) {
    if (start[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  const half = start.length / 2;
  if (oddNul > 0.4 * half && evenNul < 0.02 * half) return 'utf-16le';
  if (evenNul > 0.4 * half && oddNul < 0.02 * half) return 'utf-16be';
  return null;
}

/** Whether text holds NULs or too many control characters to be a CSV export. */
export function looksBinary(sample: string): boolean {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    const isControl =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f;
    if (isControl || code === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > MAX_CONTROL_SHARE;
}
