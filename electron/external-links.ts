/**
 * The only sites a link in the app may open, in the system browser: the CRMs' own help
 * pages on exporting opportunities. Exact host names, https only; no wildcards, because a
 * wildcard is one subdomain takeover away from a phishing page.
 */
export const EXTERNAL_URL_ALLOWLIST: readonly string[] = [
  'help.salesforce.com',
  'knowledge.hubspot.com',
];

/** Longer than any help link we mean to open; very long URLs only ever hide something. */
const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * True when a URL may be handed to shell.openExternal: https on the default port, an
 * allowlisted host exactly, no credentials. Parsed with URL, never matched by substring.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    EXTERNAL_URL_ALLOWLIST.includes(parsed.hostname)
  );
}
