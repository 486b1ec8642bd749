/** Excel's rendering of a long number: `1.23457E+11`. Real ids never carry `E+`. */
const SCIENTIFIC_ID = /^[+-]?\d+(?:[.,]\d+)?E[+-]\d+$/i;

/** Whether an id cell was turned into scientific notation by Excel (the digits are lost). */
export function isMangledId(id: string): boolean {
  // Most ids hold no `e`, which the pattern needs: a cheap answer for a million of them.
  return (id.includes('E') || id.includes('e')) && SCIENTIFIC_ID.test(id);
}

const SALESFORCE_18 = /^[A-Za-z0-9]{18}$/;
const SALESFORCE_15 = /^[A-Za-z0-9]{15}$/;

/** Whether an id has Salesforce's 15-character form (letters and digits), read without a pattern. */
export function isSalesforce15(id: string): boolean {
  return id.length === 15 && isAlphanumeric(id);
}

/** Whether every character is an ASCII letter or digit. */
function isAlphanumeric(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const digit = code >= 0x30 && code <= 0x39;
    const letter = (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
    if (!digit && !letter) return false;
  }
  return true;
}

/**
 * The key that identifies a record for duplicate detection. Salesforce writes an id in a
 * 15-character (case-sensitive) and an 18-character form (the same 15 plus a 3-character
 * case checksum). An 18-character id whose first 15 characters are another row's
 * 15-character id is the same record, so both get the 15-character key. Ids are never
 * shortened otherwise: an 18-character id alone in the file is kept whole, so HubSpot or
 * custom ids of 18 characters are not touched unless that exact collision occurs.
 */
export function idKeys(ids: readonly string[]): string[] {
  const shortIds = new Set(ids.filter((id) => SALESFORCE_15.test(id)));
  return ids.map((id) => {
    if (!SALESFORCE_18.test(id)) return id;
    const short = id.slice(0, 15);
    return shortIds.has(short) ? short : id;
  });
}
