/**
 * The E2E harness: the production renderer build, in Chromium, talking to the real
 * main-process services over a temporary data folder. Only Electron's transport is
 * swapped: Playwright's exposed function stands in for ipcRenderer.invoke, and the page's
 * window.api is built by the same `createApi` the preload uses, over the same `dispatch`.
 */
import { test as base, type Page } from '@playwright/test';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { channelNames } from '../../src/shared/api';
import { createApi } from '../../src/shared/bridge';
import { eventNames, type AppEventName, type AppEventPayload } from '../../src/shared/events';
import { dispatch } from '../../src/main/dispatch';
import { CONTENT_SECURITY_POLICY } from '../../src/main/security';
import { createServices, type Services } from '../../src/main/services';
import { scriptedDesktop, type ScriptedDesktop } from '../support/desktop';

export const rendererDir = resolve(__dirname, '../../out/renderer');
export const APP_ORIGIN = 'http://northstar.test';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface AppHarness {
  page: Page;
  dataDir: string;
  services: Services;
  /** The native dialogs and shell, scripted: exports land in `${dataDir}/exports`. */
  desktop: ScriptedDesktop;
  /** Loads the app page. */
  open(): Promise<void>;
  /** Sends the page an event, as main does (e.g. a menu command). */
  emit<E extends AppEventName>(event: E, payload: AppEventPayload<E>): Promise<void>;
}

export async function serveRenderer(page: Page): Promise<void> {
  await page.route(`${APP_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const path = url.pathname === '/' ? '/index.html' : url.pathname;
    const file = resolve(rendererDir, `.${decodeURIComponent(path)}`);
    if (!file.startsWith(rendererDir)) {
      await route.fulfill({ status: 403 });
      return;
    }
    const body = await readFile(file).catch(() => null);
    if (!body) {
      await route.fulfill({ status: 404, body: 'not found' });
      return;
    }
    await route.fulfill({
      status: 200,
      body,
      headers: {
        'content-type': mimeTypes[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
      },
    });
  });
  // Nothing but the app's own origin is reachable, as in the packaged app.
  await page.route(/^(?!http:\/\/northstar\.test\/)/, (route) => route.abort('blockedbyclient'));
}

export async function installApi(page: Page, services: Services): Promise<void> {
  await page.exposeFunction('__northstarInvoke', (channel: unknown, input: unknown) =>
    dispatch(services.handlers, channel, input, services.log),
  );
  // Events from main are delivered by emit() below through this listener table.
  await page.addInitScript({
    content: `(() => {
      const listeners = new Map();
      window.__northstarEmit = (event, payload) => {
        for (const listener of listeners.get(event) ?? []) listener(payload);
      };
      const subscribe = (event, listener) => {
        const set = listeners.get(event) ?? new Set();
        set.add(listener);
        listeners.set(event, set);
        return () => set.delete(listener);
      };
      Object.defineProperty(window, 'api', {
        value: (${createApi.toString()})(
          ${JSON.stringify(channelNames)},
          (c, i) => window.__northstarInvoke(c, i),
          ${JSON.stringify(eventNames)},
          subscribe,
        ),
        enumerable: true,
      });
    })();`,
  });
}

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'northstar-e2e-'));
    // A save dialog only ever answers a folder that exists; the scripted one answers this one.
    await mkdir(join(dataDir, 'exports'));
    const desktop = scriptedDesktop(join(dataDir, 'exports'));
    const services = createServices({
      dataDir,
      appName: 'Northstar Scope',
      appVersion: '0.0.0-test',
      versions: { node: process.versions.node },
      resourcesDir: resolve(__dirname, '../../resources'),
      desktop,
      warmPdfWorker: false,
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await serveRenderer(page);
    await installApi(page, services);
    await use({
      page,
      dataDir,
      services,
      desktop,
      open: async () => {
        await page.goto(`${APP_ORIGIN}/index.html`);
      },
      emit: async (event, payload) => {
        await page.evaluate(
          ([e, p]) => {
            (window as unknown as { __northstarEmit: (e: unknown, p: unknown) => void }).__northstarEmit(
              e,
              p,
            );
          },
          [event, payload] as const,
        );
      },
    });
    services.close();
    await rm(dataDir, { recursive: true, force: true });
    if (pageErrors.length > 0) throw new Error(`The page threw: ${pageErrors.join(' | ')}`);
  },
});

export { expect } from '@playwright/test';
