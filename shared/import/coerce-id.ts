/** Excel's rendering of a long number: `1.23457E+11`. Real ids never carry `E+`. */
const SCIENTIFIC_ID = /^[+-]?\d+(?:[.,]\d+)?E[+-]\d+$/i;

/** Whether an id cell was turned into scientific notation by Excel (the digits are lost). */
export function isMangledId(id: string): boolean {
  return SCIENTIFIC_ID.test(id);
}

const SALESFORCE_18 = /^[A-Za-z0-9]{18}$/;
const SALESFORCE_15 = /^[A-Za-z0-9]{15}$/;

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
