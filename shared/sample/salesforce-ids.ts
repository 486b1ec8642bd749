const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CHECKSUM_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/**
 * The 18-character form of a 15-character Salesforce id: three suffix characters encode
 * which letters are upper case, so the sample's ids look and behave like real ones.
 */
export function salesforceId18(id15: string): string {
  if (id15.length !== 15) throw new Error(`A Salesforce id has 15 characters: ${id15}`);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk += 1) {
    let bits = 0;
    for (let i = 0; i < 5; i += 1) {
      const c = id15.charAt(chunk * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += CHECKSUM_ALPHABET.charAt(bits);
  }
  return id15 + suffix;
}

/** A Salesforce-like 18-character id: key prefix (`006`, `001`), a fixed pod part and a base-62 serial. */
export function salesforceId(keyPrefix: string, serial: number): string {
  let digits = '';
  let n = serial;
  for (let i = 0; i < 5; i += 1) {
    digits = BASE62.charAt(n % 62) + digits;
    n = Math.floor(n / 62);
  }
  return salesforceId18(`${keyPrefix}8c00000${digits}`);
}
