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

/** The host of a consultancy's own website from settings, when it is a plain https URL. */
export function websiteHost(website: string | undefined): string | null {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' ? url.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}
