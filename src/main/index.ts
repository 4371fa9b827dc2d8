import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  screen,
  session,
  type WebContents,
} from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppCommandSchema, eventChannel, type AppCommand } from '@shared/events';
import { readDataLocation, writeDataLocation } from './data-location';
import { electronDesktop } from './electron-desktop';
import { registerContract } from './ipc';
import { aboutDetail, buildMenuTemplate, STANDARDS_URL } from './menu';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  resolveAppAsset,
  secureWebPreferences,
  shouldAllowNavigation,
} from './security';
import { createServices, type Services } from './services';
import { MIN_SIZE, placeWindow, readWindowState, writeWindowState } from './window-state';

// Must run before `ready`: makes app:// a secure, standard origin for the renderer.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const isDev = !app.isPackaged;
const devServerUrl = isDev ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const appUrl = devServerUrl ?? APP_ENTRY_URL;
const rendererDir = join(__dirname, '../renderer');
const desktop = electronDesktop();
let services: Services | undefined;
let mainWindow: BrowserWindow | undefined;

function dataDir(): string {
  const userData = app.getPath('userData');
  return process.env['NORTHSTAR_DATA_DIR'] ?? readDataLocation(userData) ?? userData;
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppAsset(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).href);
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}

function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!shouldAllowNavigation(url, appUrl)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!shouldAllowNavigation(url, appUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function sendCommand(command: AppCommand): void {
  mainWindow?.webContents.send(eventChannel('command'), AppCommandSchema.parse(command));
}

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: app.getName(),
    detail: aboutDetail({ version: app.getVersion(), dataDir: dataDir(), versions: process.versions }),
    buttons: ['Open Data Folder', 'Close'],
    defaultId: 1,
    cancelId: 1,
  };
  void dialog
    .showMessageBox(options)
    .then(({ response }) => (response === 0 ? desktop.openPath(dataDir()) : undefined));
}

function createWindow(): BrowserWindow {
  const stateFile = join(dataDir(), 'window-state.json');
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const placed = placeWindow(readWindowState(stateFile), displays, screen.getPrimaryDisplay().workArea);
  const window = new BrowserWindow({
    x: placed.x,
    y: placed.y,
    width: placed.width,
    height: placed.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Northstar Scope',
    backgroundColor: '#f8f9fa',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js'), isDev),
  });
  window.once('ready-to-show', () => {
    if (placed.maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    // Normal bounds, so un-maximizing next time returns to the size the user chose.
    const bounds = window.getNormalBounds();
    try {
      writeWindowState(stateFile, { ...bounds, maximized: window.isMaximized() });
    } catch (error) {
      console.error('[window] could not remember the window position', error);
    }
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = undefined;
  });
  void window.loadURL(appUrl);
  return window;
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

async function start(): Promise<void> {
  await app.whenReady();
  services = createServices({
    dataDir: dataDir(),
    appName: app.getName(),
    appVersion: app.getVersion(),
    versions: {
      node: process.versions.node,
      electron: process.versions.electron,
      chrome: process.versions.chrome,
    },
    resourcesDir: app.isPackaged
      ? join(process.resourcesPath, 'resources')
      : join(app.getAppPath(), 'resources'),
    desktop,
    rememberDataDir: (dir) => {
      try {
        writeDataLocation(app.getPath('userData'), dir);
      } catch (error) {
        console.error('[data] could not remember the chosen data folder', error);
      }
    },
  });
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer();
  registerContract(ipcMain, services.handlers, () => appUrl, services.log);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(process.platform, app.getName(), isDev, {
        command: sendCommand,
        openDataFolder: () => void desktop.openPath(dataDir()),
        showAbout,
        openHelp: () => void desktop.openExternal(STANDARDS_URL),
      }),
    ),
  );
  mainWindow = createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow();
  });
}

// Uncaught errors leave a line in the error log. The monitor only watches: Electron's own
// handling (its error dialog) is unchanged. A rejection nobody handled is logged and printed.
process.on('uncaughtExceptionMonitor', (error, origin) => services?.log.write(`main ${origin}`, error));
process.on('unhandledRejection', (reason) => {
  console.error('[main] unhandled rejection', reason);
  services?.log.write('main unhandledRejection', reason);
});

// One running copy: a second launch focuses the first instead of opening the database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    services?.close();
    services = undefined;
  });
  start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    dialog.showErrorBox('Northstar Scope could not start', message);
    app.exit(1);
  });
}
