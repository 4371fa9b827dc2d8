/**
 * A recording stand-in for the `electron` module, so the built main bundle can be loaded
 * under Node and what it registers can be inspected. It records; it decides nothing.
 */
type Listener = (...args: unknown[]) => unknown;

export interface FakeWebContents {
  listeners: Map<string, Listener[]>;
  windowOpenHandler?: (details: { url: string }) => unknown;
  on(event: string, listener: Listener): FakeWebContents;
  setWindowOpenHandler(handler: (details: { url: string }) => unknown): void;
}

export function fakeWebContents(): FakeWebContents {
  const contents: FakeWebContents = {
    listeners: new Map(),
    on(event, listener) {
      contents.listeners.set(event, [...(contents.listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(handler) {
      contents.windowOpenHandler = handler;
    },
  };
  return contents;
}

export function createElectronStub(userData: string) {
  const record = {
    appListeners: new Map<string, Listener[]>(),
    ipcHandlers: new Map<string, Listener>(),
    windows: [] as { options: Record<string, unknown>; loadedUrl?: string }[],
    privilegedSchemes: [] as unknown[],
    protocolHandlers: new Map<string, Listener>(),
    permissionRequestHandler: undefined as Listener | undefined,
    permissionCheckHandler: undefined as Listener | undefined,
    menuTemplate: undefined as unknown[] | undefined,
    singleInstanceRequested: false,
    sent: [] as { channel: string; payload: unknown }[],
  };

  class BrowserWindow {
    static getAllWindows = () => record.windows;
    readonly webContents = Object.assign(fakeWebContents(), {
      send: (channel: string, payload: unknown) => record.sent.push({ channel, payload }),
    });
    private readonly entry: { options: Record<string, unknown>; loadedUrl?: string };
    constructor(options: Record<string, unknown>) {
      this.entry = { options };
      record.windows.push(this.entry);
    }
    once() {
      return this;
    }
    on() {
      return this;
    }
    show() {}
    maximize() {}
    isMaximized() {
      return false;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 840 };
    }
    loadURL(url: string) {
      this.entry.loadedUrl = url;
      return Promise.resolve();
    }
  }

  const electron = {
    app: {
      isPackaged: true,
      whenReady: () => Promise.resolve(),
      on(event: string, listener: Listener) {
        record.appListeners.set(event, [...(record.appListeners.get(event) ?? []), listener]);
        return electron.app;
      },
      getPath: () => userData,
      getName: () => 'Northstar Scope',
      getVersion: () => '0.0.0-stub',
      getAppPath: () => process.cwd(),
      quit: () => undefined,
      exit: () => undefined,
      requestSingleInstanceLock: () => {
        record.singleInstanceRequested = true;
        return true;
      },
    },
    BrowserWindow,
    ipcMain: {
      handle(channel: string, listener: Listener) {
        record.ipcHandlers.set(channel, listener);
      },
    },
    protocol: {
      registerSchemesAsPrivileged(schemes: unknown[]) {
        record.privilegedSchemes.push(...schemes);
      },
      handle(scheme: string, handler: Listener) {
        record.protocolHandlers.set(scheme, handler);
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler(handler: Listener) {
          record.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler(handler: Listener) {
          record.permissionCheckHandler = handler;
        },
      },
    },
    net: { fetch: () => Promise.resolve(new Response('')) },
    Menu: {
      buildFromTemplate: (template: unknown[]) => ({ template }),
      setApplicationMenu: (menu: { template: unknown[] }) => {
        record.menuTemplate = menu.template;
      },
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    dialog: {
      showErrorBox: (title: string, message: string) => {
        throw new Error(`${title}: ${message}`);
      },
    },
  };
  return { electron, record };
}
