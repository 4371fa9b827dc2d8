import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

let app: ElectronApplication;
let dataDir: string;

test.beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'northstar-electron-'));
  app = await electron.launch({
    args: [resolve(__dirname, '../../out/main/index.js')],
    env: { ...process.env, NORTHSTAR_DATA_DIR: dataDir },
  });
});

test.afterEach(async () => {
  await app.close();
  await rm(dataDir, { recursive: true, force: true });
});

test('opens the app window with its data in the given folder', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'Northstar Scope', level: 1 })).toBeVisible();
  const info = await page.evaluate(() => window.api.app.info());
  expect(info).toMatchObject({ ok: true, value: { dataDir } });
});

test('creates an engagement from a sample and exports its scope of work as a PDF', async () => {
  const page = await app.firstWindow();
  const target = join(dataDir, 'scope-of-work.pdf');
  // The native save dialog cannot be clicked by Playwright: answer it from main.
  await app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = () => Promise.resolve({ canceled: false, filePath });
  }, target);

  await page.getByTestId('empty-home').getByRole('button', { name: 'Explore a sample' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toBeVisible();
  await page.keyboard.press('Control+E');
  const exportDialog = page.getByRole('dialog', { name: 'Export the scope of work' });
  await expect(exportDialog).toBeVisible();
  await page.keyboard.type('First draft for the district');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Version 1 exported').first()).toBeVisible({ timeout: 60_000 });
  const pdf = await readFile(target);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('the page has no node, and navigation and new windows are refused', async () => {
  const page = await app.firstWindow();
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  const before = page.url();
  await page.evaluate(() => {
    window.location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  const opened = await page.evaluate(() => window.open('https://example.com/') === null);
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
});

test('a second launch focuses the first instead of opening another window', async () => {
  await app.firstWindow();
  // The second copy quits at once; Playwright may see it go before it connects.
  const second = await electron
    .launch({
      args: [resolve(__dirname, '../../out/main/index.js')],
      env: { ...process.env, NORTHSTAR_DATA_DIR: dataDir },
    })
    .catch(() => null);
  if (second) await expect.poll(() => second.process().exitCode, { timeout: 10_000 }).not.toBeNull();
  expect(app.windows()).toHaveLength(1);
});
