import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl, STANDARDS_URL, websiteHost } from '../../../src/main/links';

describe('external links', () => {
  it('opens https links to allow-listed hosts and their subdomains', () => {
    expect(isAllowedExternalUrl(STANDARDS_URL)).toBe(true);
    expect(isAllowedExternalUrl('https://services.learningforward.org/x')).toBe(true);
    expect(isAllowedExternalUrl('https://acme-consulting.com/about', ['acme-consulting.com'])).toBe(true);
  });

  it('refuses other schemes, hosts, look-alikes, credentials and ports', () => {
    for (const url of [
      'http://learningforward.org/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'smb://learningforward.org/share',
      'https://evil-learningforward.org/',
      'https://learningforward.org.evil.com/',
      'https://user:pw@learningforward.org/',
      'https://learningforward.org:8443/',
      'https://example.com/',
      'not a url',
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
    expect(isAllowedExternalUrl('https://anything.com/', [''])).toBe(false);
  });

  it("takes the consultancy's website host only from a plain https URL", () => {
    expect(websiteHost('https://Acme-Consulting.com/team')).toBe('acme-consulting.com');
    expect(websiteHost('http://acme.com')).toBeNull();
    expect(websiteHost('acme.com')).toBeNull();
    expect(websiteHost('')).toBeNull();
  });
});
