import {
  BINARY_FILE_MESSAGE,
  bomLength,
  EMPTY_FILE_MESSAGE,
  looksBinary,
  SNIFF_LENGTH,
  sniffBomlessUtf16,
} from '../decode';
import type { TextEncoding } from '../types';

/**
 * The part of TextDecoder this file uses (see decode.ts for why it is declared here):
 * strict UTF-8 decoding that keeps a character split across chunks for the next call.
 */
interface StreamingUtf8Decoder {
  decode(input?: Uint8Array, options?: { stream: boolean }): string;
}
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => StreamingUtf8Decoder;

/** What a decoder was told to do after strict UTF-8 failed: read the bytes as Windows-1252. */
export interface ForcedWindows1252 {
  /** The encoding the summary reports (`utf-8` for a file with a UTF-8 BOM, as decodeBytes says). */
  label: TextEncoding;
  /** Bytes to skip at the start (the BOM). */
  skip: number;
}

/** A decoder's answer: text to parse, a fatal problem, or "start again as Windows-1252". */
export type DecodeStep =
  | { kind: 'text'; text: string }
  | { kind: 'fatal'; message: string }
  | { kind: 'restart'; forced: ForcedWindows1252 };

type Mode =
  | { kind: 'utf-8'; decoder: StreamingUtf8Decoder; skipOnRestart: number }
  | { kind: 'utf-16'; littleEndian: boolean }
  | { kind: 'windows-1252' };

/**
 * Decodes a file's bytes chunk by chunk exactly as decodeBytes decodes them whole: the
 * encoding is detected from the first 4 KB, strict UTF-8 falls back to Windows-1252 (the
 * caller starts again, since earlier text was already read as UTF-8), and empty or binary
 * files get decodeBytes' messages. Never throws.
 */
export class StreamDecoder {
  /** The encoding the summary reports; settled after the first 4 KB. */
  encoding: TextEncoding = 'utf-8';
  private mode: Mode | null = null;
  private head: Uint8Array[] = [];
  private headLength = 0;
  private oddByte: number | null = null;
  /** Decoded text held back until the binary check has seen its first 4096 characters. */
  private textHead: string | null = '';
  private nonBlankSeen = false;
  private binary = false;

  /**
   * `forced` is the restart after strict UTF-8 failed; `chosen` is an encoding the user picked,
   * which wins over detection and never restarts (invalid UTF-8 becomes U+FFFD, as decodeBytes does).
   */
  constructor(
    private readonly forced?: ForcedWindows1252,
    private readonly chosen?: TextEncoding,
  ) {}

  /** Decodes the next chunk of bytes. */
  push(bytes: Uint8Array): DecodeStep {
    if (this.mode === null) {
      this.head.push(bytes);
      this.headLength += bytes.length;
      if (this.headLength < SNIFF_LENGTH) return { kind: 'text', text: '' };
      return this.start(false);
    }
    return this.decodeMore(bytes, false);
  }

  /** Decodes what is left at the end of the file and gives the final verdict. */
  finish(): DecodeStep {
    if (this.mode === null) return this.start(true);
    return this.decodeMore(new Uint8Array(0), true);
  }

  /** Settles the encoding from the first bytes, then decodes them. */
  private start(final: boolean): DecodeStep {
    const bytes = concat(this.head, this.headLength);
    this.head = [];
    const start = bytes.subarray(0, SNIFF_LENGTH);
    let skip = 0;
    if (this.chosen !== undefined) {
      this.encoding = this.chosen;
      this.mode = chosenMode(this.chosen);
      skip = bomLength(bytes, this.chosen);
    } else if (this.forced !== undefined) {
      this.encoding = this.forced.label;
      this.mode = { kind: 'windows-1252' };
      skip = this.forced.skip;
    } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      this.encoding = 'utf-16le';
      this.mode = { kind: 'utf-16', littleEndian: true };
      skip = 2;
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      this.encoding = 'utf-16be';
      this.mode = { kind: 'utf-16', littleEndian: false };
      skip = 2;
    } else if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.encoding = 'utf-8';
      this.mode = {
        kind: 'utf-8',
        decoder: new TextDecoder('utf-8', { fatal: true }),
        skipOnRestart: 3,
      };
      skip = 3;
    } else {
      const bomless = sniffBomlessUtf16(start);
      if (bomless !== null) {
        this.encoding = bomless;
        this.mode = { kind: 'utf-16', littleEndian: bomless === 'utf-16le' };
      } else if (start.includes(0)) {
        this.encoding = 'utf-8';
        return { kind: 'fatal', message: BINARY_FILE_MESSAGE };
      } else {
        this.encoding = 'utf-8';
        this.mode = {
          kind: 'utf-8',
          decoder: new TextDecoder('utf-8', { fatal: true }),
          skipOnRestart: 0,
        };
      }
    }
    return this.decodeMore(bytes.subarray(skip), final);
  }

  /** Decodes bytes in the settled mode and passes the text through the empty and binary checks. */
  private decodeMore(bytes: Uint8Array, final: boolean): DecodeStep {
    const mode = this.mode;
    if (mode === null) return { kind: 'text', text: '' };
    let text: string;
    if (mode.kind === 'utf-8') {
      try {
        text = mode.decoder.decode(bytes, { stream: !final });
      } catch {
        const label: TextEncoding = mode.skipOnRestart === 3 ? 'utf-8' : 'windows-1252';
        return { kind: 'restart', forced: { label, skip: mode.skipOnRestart } };
      }
    } else if (mode.kind === 'utf-16') {
      text = this.decodeUtf16(bytes, mode.littleEndian);
    } else {
      text = decodeWindows1252Chunk(bytes);
    }
    return this.checked(text, final);
  }

  /** Holds text back until the first 4096 characters can be judged, then lets it through. */
  private checked(text: string, final: boolean): DecodeStep {
    if (!this.nonBlankSeen && /\S/.test(text)) this.nonBlankSeen = true;
    if (this.textHead !== null) {
      this.textHead += text;
      if (this.textHead.length < SNIFF_LENGTH && !final) return { kind: 'text', text: '' };
      this.binary = looksBinary(this.textHead.slice(0, SNIFF_LENGTH));
      text = this.textHead;
      this.textHead = null;
    }
    // decodeBytes reports a blank file as empty before it looks for binary content.
    if (this.binary) {
      if (this.nonBlankSeen) return { kind: 'fatal', message: BINARY_FILE_MESSAGE };
      return final ? { kind: 'fatal', message: EMPTY_FILE_MESSAGE } : { kind: 'text', text: '' };
    }
    if (final && !this.nonBlankSeen) return { kind: 'fatal', message: EMPTY_FILE_MESSAGE };
    return { kind: 'text', text };
  }

  /** UTF-16 code units; a byte left over from an odd-length chunk waits for the next one. */
  private decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
    let input = bytes;
    if (this.oddByte !== null) {
      input = new Uint8Array(bytes.length + 1);
      input[0] = this.oddByte;
      input.set(bytes, 1);
      this.oddByte = null;
    }
    const even = input.length - (input.length % 2);
    if (even < input.length) this.oddByte = input[even] ?? null;
    const parts: string[] = [];
    const units: number[] = [];
    for (let i = 0; i < even; i += 2) {
      const lo = input[i] ?? 0;
      const hi = input[i + 1] ?? 0;
      units.push(littleEndian ? lo | (hi << 8) : (lo << 8) | hi);
      if (units.length === 8192) {
        parts.push(String.fromCharCode(...units));
        units.length = 0;
      }
    }
    parts.push(String.fromCharCode(...units));
    return parts.join('');
  }
}

/** The decoding mode of an encoding the user chose; its UTF-8 decoder never throws. */
function chosenMode(encoding: TextEncoding): Mode {
  switch (encoding) {
    case 'utf-8':
      return {
        kind: 'utf-8',
        decoder: new TextDecoder('utf-8', { fatal: false }),
        skipOnRestart: 0,
      };
    case 'utf-16le':
      return { kind: 'utf-16', littleEndian: true };
    case 'utf-16be':
      return { kind: 'utf-16', littleEndian: false };
    case 'windows-1252':
      return { kind: 'windows-1252' };
  }
}

/** Code points of bytes 0x80–0x9F in Windows-1252, as byte-decoders.ts maps them. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Windows-1252 is one byte per character, so any chunk decodes on its own. */
function decodeWindows1252Chunk(bytes: Uint8Array): string {
  const parts: string[] = [];
  const units: number[] = [];
  for (const byte of bytes) {
    units.push(byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80] || byte : byte);
    if (units.length === 8192) {
      parts.push(String.fromCharCode(...units));
      units.length = 0;
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

/** The chunks joined into one array. */
function concat(chunks: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
