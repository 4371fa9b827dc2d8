import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../src/shared/api';
import { createElectronStub, fakeWebContents } from './electron-stub';

const mainBundle = resolve(__dirname, '../../out/main/index.js');
type Load = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Load };

describe('the built main bundle, loaded under Node with a recording electron', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'northstar-main-'));
  const { electron, record } = createElectronStub(dataDir);
  const originalLoad = loader._load;

  beforeAll(async () => {
    if (!existsSync(mainBundle))
      throw new Error(`No main bundle at ${mainBundle}: run \`npm run build\` first.`);
    loader._load = function (request, parent, isMain) {
      if (request === 'electron') return electron;
      return originalLoad.call(this, request, parent, isMain);
    };
    process.env['NORTHSTAR_DATA_DIR'] = dataDir;
    // As packaged: the shipped resources folder sits under process.resourcesPath.
    Object.assign(process, { resourcesPath: resolve(__dirname, '../..') });
    delete process.env['ELECTRON_RENDERER_URL'];
    createRequire(import.meta.url)(mainBundle);
    // Let the whenReady() continuation run.
    await new Promise((r) => setTimeout(r, 50));
  });

  afterAll(() => {
    for (const listener of record.appListeners.get('will-quit') ?? []) listener();
    loader._load = originalLoad;
    delete process.env['NORTHSTAR_DATA_DIR'];
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('registers every channel of the contract, and only those', () => {
    expect([...record.ipcHandlers.keys()].sort()).toEqual([...channelNames].sort());
  });

  it('refuses IPC calls from anything but the app page', async () => {
    const handler = record.ipcHandlers.get('app:info');
    expect(
      await handler?.({ senderFrame: { url: 'https://evil.example/', parent: null } }, undefined),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      await handler?.({ senderFrame: { url: 'app://northstar/index.html', parent: null } }, undefined),
    ).toMatchObject({
      ok: true,
      value: { dataDir },
    });
  });

  it('opens one window with isolation, the sandbox and no node in the page', () => {
    expect(record.windows).toHaveLength(1);
    const [window] = record.windows;
    const prefs = window?.options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(String(prefs['preload'])).toMatch(/out[/\\]preload[/\\]index\.js$/);
    expect(existsSync(String(prefs['preload']))).toBe(true);
    expect(window?.loadedUrl).toBe('app://northstar/index.html');
  });

  it('serves the page from a privileged app:// scheme', () => {
    expect(record.privilegedSchemes).toEqual([expect.objectContaining({ scheme: 'app' })]);
    expect(record.protocolHandlers.has('app')).toBe(true);
  });

  it('denies navigation away, new windows and webviews for every web contents', () => {
    const [created] = record.appListeners.get('web-contents-created') ?? [];
    expect(created).toBeDefined();
    const contents = fakeWebContents();
    created?.({}, contents);
    const prevented: string[] = [];
    const navigate = (event: string, url: string) => {
      for (const l of contents.listeners.get(event) ?? [])
        l({ preventDefault: () => prevented.push(`${event} ${url}`) }, url);
    };
    navigate('will-navigate', 'https://evil.example/');
    navigate('will-navigate', 'app://northstar/index.html');
    navigate('will-redirect', 'file:///etc/passwd');
    expect(prevented).toEqual(['will-navigate https://evil.example/', 'will-redirect file:///etc/passwd']);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.listeners.has('will-attach-webview')).toBe(true);
  });

  it('holds the single-instance lock and installs the application menu', () => {
    expect(record.singleInstanceRequested).toBe(true);
    const labels = (record.menuTemplate ?? []).map((item) => (item as { label?: string }).label);
    expect(labels).toEqual(expect.arrayContaining(['&File', '&Edit', '&View', '&Help']));
  });

  it('denies every permission request and check', () => {
    const answers: boolean[] = [];
    record.permissionRequestHandler?.({}, 'media', (allowed: boolean) => answers.push(allowed));
    record.permissionRequestHandler?.({}, 'notifications', (allowed: boolean) => answers.push(allowed));
    expect(answers).toEqual([false, false]);
    expect(record.permissionCheckHandler?.({}, 'geolocation')).toBe(false);
  });
});
