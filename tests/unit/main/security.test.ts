import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  CONTENT_SECURITY_POLICY_META,
  isAppUrl,
  isTrustedSender,
  resolveAppAsset,
  secureWebPreferences,
  shouldAllowNavigation,
} from '../../../src/main/security';

describe('isAppUrl', () => {
  it('accepts any page of the app itself', () => {
    expect(isAppUrl('app://northstar/index.html', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://northstar/assets/x.js?v=1#top', APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
  });

  it('refuses other schemes, hosts, ports and look-alikes', () => {
    for (const url of [
      'https://northstar/index.html',
      'file:///index.html',
      'app://evil/index.html',
      'app://northstar.evil.com/',
      'app://user:pw@northstar/',
      'http://localhost:5174/',
      'http://127.0.0.1:5173/',
      'javascript:alert(1)',
      'not a url',
      '',
    ]) {
      expect(isAppUrl(url, url.startsWith('http') ? 'http://localhost:5173/' : APP_ENTRY_URL), url).toBe(
        false,
      );
    }
  });
});

describe('isTrustedSender', () => {
  it('trusts only the top-level frame of the app page', () => {
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: null }, APP_ENTRY_URL)).toBe(true);
    expect(isTrustedSender({ url: APP_ENTRY_URL, parent: {} }, APP_ENTRY_URL)).toBe(false);
    expect(isTrustedSender({ url: 'https://example.com/', parent: null }, APP_ENTRY_URL)).toBe(false);
    expect(isTrustedSender(null, APP_ENTRY_URL)).toBe(false);
    expect(isTrustedSender(undefined, APP_ENTRY_URL)).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  const root = '/opt/northstar/out/renderer';
  it('maps app URLs into the renderer folder', () => {
    expect(resolveAppAsset(root, 'app://northstar/')).toBe(`${root}/index.html`);
    expect(resolveAppAsset(root, 'app://northstar/assets/a%20b.js')).toBe(`${root}/assets/a b.js`);
    // The URL parser folds dot segments, so a literal ../ cannot climb out either.
    expect(resolveAppAsset(root, 'app://northstar/../../secret')).toBe(`${root}/secret`);
  });
  it('refuses traversal, other hosts and malformed paths', () => {
    for (const url of [
      'app://northstar/assets/..%2F..%2F..%2Fetc%2Fpasswd',
      'app://northstar/%00',
      'app://northstar/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
    ]) {
      expect(resolveAppAsset(root, url), url).toBeNull();
    }
  });
  it('never answers with a file outside the renderer folder, whatever the path', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('..', '%2e%2e', '..%2F', '%2F', 'a', '.', '%5C..', '~', '%00'), {
          maxLength: 8,
        }),
        (parts) => {
          const file = resolveAppAsset(root, `app://northstar/${parts.join('/')}`);
          expect(file === null || file.startsWith(`${root}/`)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('navigation and window settings', () => {
  it('allows staying on the app and nothing else', () => {
    expect(shouldAllowNavigation('app://northstar/index.html', APP_ENTRY_URL)).toBe(true);
    expect(shouldAllowNavigation('https://example.com/', APP_ENTRY_URL)).toBe(false);
  });

  it('turns on isolation and the sandbox and turns off node in the page', () => {
    const prefs = secureWebPreferences('/p/preload.js', false);
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      devTools: false,
    });
  });

  it('has a CSP that forbids remote and inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
  });
});
