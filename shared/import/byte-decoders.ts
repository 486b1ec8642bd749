/**
 * Code points of bytes 0x80–0x9F in Windows-1252 (0 where the byte is undefined and
 * maps to itself). Decoded by hand because some runtimes' TextDecoder treats the label
 * as Latin-1 and would turn a curly quote or € into an invisible control character.
 */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Decodes Windows-1252 bytes (Excel's plain "CSV" on Windows) to a string. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (const byte of bytes) {
    const mapped = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROL_RANGE[byte - 0x80] || byte : byte;
    chunk.push(mapped);
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/** Decodes UTF-16 code units (little- or big-endian) starting at `start`; an odd last byte is dropped. */
export function decodeUtf16(bytes: Uint8Array, littleEndian: boolean, start: number): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let i = start; i + 1 < bytes.length; i += 2) {
    const lo = bytes[i] ?? 0;
    const hi = bytes[i + 1] ?? 0;
    chunk.push(littleEndian ? lo | (hi << 8) : (lo << 8) | hi);
    if (chunk.length === 8192) {
      parts.push(String.fromCharCode(...chunk));
      chunk.length = 0;
    }
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}
