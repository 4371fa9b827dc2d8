import { parse } from 'tldts';

/**
 * Which links the app may hand to the OS browser: https only, to hosts on the allow-list
 * (or subdomains of them). Everything else is refused rather than opened.
 */
export const EXTERNAL_HOSTS = ['learningforward.org'] as const;

export const STANDARDS_URL = 'https://learningforward.org/standards-for-professional-learning/';

export function isAllowedExternalUrl(raw: string, extraHosts: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return [...EXTERNAL_HOSTS, ...extraHosts]
    .map((h) => h.toLowerCase())
    .some((allowed) => allowed !== '' && (host === allowed || host.endsWith(`.${allowed}`)));
}

/**
 * The allow-list entry for a consultancy's own website from settings: the registrable domain
 * of a plain https URL's host (`www.acme.com` gives `acme.com`). A public suffix (`com`,
 * `co.uk`, `github.io`) or an address gives nothing, since allowing it would allow every
 * site under it. The public-suffix list comes from tldts, not from a list kept here.
 */
export function websiteHost(website: string | undefined): string | null {
  if (!website) return null;
  let url: URL;
  try {
    url = new URL(website);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:') return null;
  const parsed = parse(url.hostname, { allowPrivateDomains: true });
  if (parsed.isIp === true || parsed.domain === null) return null;
  return parsed.domain.toLowerCase();
}
