/**
 * Characters a CRM field can carry that draw nothing yet change how text reads or matches:
 * Unicode format characters (bidi embeddings, overrides and isolates, zero-width spaces and
 * joiners, the byte-order mark, soft hyphens, tag characters) and control characters other
 * than whitespace (whitespace is the caller's to collapse or keep).
 */
const INVISIBLE = /(?![\t\n\r])[\p{Cf}\p{Cc}]/gu;

const ZWJ = '\u200D';
const ZWNJ = '\u200C';
const EMOJI_BEFORE = /\p{Extended_Pictographic}\uFE0F?$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;
/** A letter of a script other than Latin ASCII, where a non-joiner is part of the spelling. */
const NON_ASCII_LETTER_BEFORE = /[^\P{L}\p{ASCII}]$/u;
const NON_ASCII_LETTER_AFTER = /^[^\P{L}\p{ASCII}]/u;

/** `value` without any invisible format or control character, for matching (e.g. lead sources). */
export function removeInvisible(value: string): string {
  return value.replace(INVISIBLE, '');
}

/**
 * `value` without invisible format or control characters, for display. Two joiners carry
 * meaning there and stay: a zero-width joiner between two emoji (👩‍💻) and a zero-width
 * non-joiner between two non-ASCII letters (Persian and Indic spelling). Anywhere else they
 * only hide text (`We\u200Db` would look like `Web`), so they go.
 */
export function removeInvisibleForDisplay(value: string): string {
  return value.replace(INVISIBLE, (char: string, offset: number, whole: string) => {
    const before = whole.slice(Math.max(0, offset - 3), offset);
    const after = whole.slice(offset + 1, offset + 3);
    if (char === ZWJ && EMOJI_BEFORE.test(before) && EMOJI_AFTER.test(after)) return char;
    if (char === ZWNJ && NON_ASCII_LETTER_BEFORE.test(before) && NON_ASCII_LETTER_AFTER.test(after))
      return char;
    return '';
  });
}

/** Whether `value` holds a bidi embedding, override or isolate control (U+202A–E, U+2066–9). */
export function hasBidiControl(value: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/u.test(value);
}
