/**
 * The decisions behind the app's Electron security settings, as small pure functions so
 * they can be tested without Electron: is this URL our page, is this sender ours, where
 * may an app:// request read from, and what the window is allowed to do.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Production pages are served from a privileged custom scheme rather than file://. */
export const APP_SCHEME = 'app';
const APP_HOST = 'northstar';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * One policy for the page, sent as a header by the app:// handler and written into the
 * built index.html. Mantine sets inline styles, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (browsers ignore it there). */
export const CONTENT_SECURITY_POLICY_META = CONTENT_SECURITY_POLICY.split('; ')
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ');

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True when `url` belongs to the app's own page: same scheme, host and port as `appUrl`.
 * (URL.origin is "null" for custom schemes, so compare the parts instead.)
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const a = parse(url);
  const b = parse(appUrl);
  if (!a || !b) return false;
  if (a.username || a.password) return false;
  return a.protocol === b.protocol && a.host === b.host && a.host !== '';
}

/** The parts of an IPC event's sender frame the check needs. */
export interface SenderFrame {
  url: string;
  /** `null` for a top-level frame. */
  parent: unknown;
}

/** Only the app's own top-level page may call the main process. */
export function isTrustedSender(frame: SenderFrame | null | undefined, appUrl: string): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}

/**
 * Maps an app:// request to a file inside the renderer's build folder, or null when the
 * request is for another host or would escape the folder.
 */
export function resolveAppAsset(rendererDir: string, requestUrl: string): string | null {
  const url = parse(requestUrl);
  if (!url || url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

/** Navigation away from the page is never wanted: the app is a single page. */
export function shouldAllowNavigation(targetUrl: string, currentAppUrl: string): boolean {
  return isAppUrl(targetUrl, currentAppUrl);
}

/** The window's webPreferences: the Electron security checklist in one place. */
export function secureWebPreferences(preloadPath: string, devTools: boolean) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    devTools,
  } as const;
}
