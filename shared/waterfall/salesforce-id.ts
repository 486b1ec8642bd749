const SALESFORCE_18 = /^[A-Za-z0-9]{18}$/;
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** Whether a one-character string is an ASCII letter. */
function isLetter(c: string): boolean {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

/**
 * The three-character suffix Salesforce appends to a 15-character id: one character per
 * five-character chunk, whose bits say which of the chunk's characters are upper-case.
 */
export function salesforceChecksum(id15: string): string {
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return suffix;
}

/**
 * The key two snapshots match an opportunity on: the 15-character form the importer keys
 * by. An 18-character id is a 15-character id plus a checksum that records the case of
 * each letter, so it is keyed by its first fifteen with their case restored from the
 * checksum; that also matches an id a case-insensitive tool (Excel, a database) upper- or
 * lower-cased. An 18-character id whose suffix is not a checksum its first fifteen can
 * carry (HubSpot's numeric ids, custom ids) is its own key, as is every other id.
 */
export function opportunityKey(id: string): string {
  if (!SALESFORCE_18.test(id)) return id;
  let short = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    const bits = CHECKSUM_ALPHABET.indexOf(id.charAt(15 + chunk).toUpperCase());
    if (bits < 0) return id;
    for (let i = 0; i < 5; i++) {
      const c = id.charAt(chunk * 5 + i);
      const upper = (bits >> i) & 1;
      // A bit set on a digit cannot come from Salesforce: this is not a Salesforce id.
      if (!isLetter(c)) {
        if (upper) return id;
        short += c;
      } else short += upper ? c.toUpperCase() : c.toLowerCase();
    }
  }
  return short;
}
