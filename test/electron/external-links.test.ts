import { describe, expect, it } from 'vitest';
import { EXTERNAL_URL_ALLOWLIST, isAllowedExternalUrl } from '../../electron/external-links';

describe('isAllowedExternalUrl', () => {
  it('allowlists only the two CRM help sites', () => {
    expect(EXTERNAL_URL_ALLOWLIST).toEqual(['help.salesforce.com', 'knowledge.hubspot.com']);
  });

  it.each([
    'https://help.salesforce.com/s/articleView?id=sf.reports_export.htm',
    'https://knowledge.hubspot.com/crm-setup/export-records',
    'https://HELP.SALESFORCE.COM/',
    'https://help.salesforce.com:443/s/',
  ])('opens %s in the browser', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://help.salesforce.com/'],
    ['a lookalike subdomain', 'https://help.salesforce.com.evil.example/'],
    ['a sibling subdomain', 'https://evil.salesforce.com/'],
    ['a parent domain', 'https://salesforce.com/'],
    ['a trailing-dot host', 'https://help.salesforce.com./'],
    ['credentials before the host', 'https://help.salesforce.com@evil.example/'],
    ['a user on the allowed host', 'https://user:pass@help.salesforce.com/'],
    ['a backslash trick', 'https://evil.example\\@help.salesforce.com/'],
    ['another port', 'https://help.salesforce.com:8443/'],
    ['the allowed host in the query', 'https://evil.example/?next=https://help.salesforce.com/'],
    ['the allowed host in the fragment', 'https://evil.example/#https://help.salesforce.com/'],
    ['a punycode lookalike', 'https://help.xn--salesfrce-y7a.com/'],
    ['a Cyrillic lookalike', 'https://help.sаlesforce.com/'],
    ['javascript:', 'javascript:alert(1)'],
    ['a data URL', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['a Windows share', 'file://evil.example/share/payload.exe'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['a mail link', 'mailto:ceo@example.com'],
    ['the app origin', 'app://quarterdeck/index.html'],
    ['a relative path', '/s/articleView'],
    ['an empty string', ''],
    ['an IP address', 'https://203.0.113.7/'],
    ['a very long URL', `https://help.salesforce.com/${'a'.repeat(3000)}`],
  ])('refuses %s', (_label, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});
