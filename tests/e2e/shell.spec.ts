import { expect, test } from './harness';

test('the app shell renders and reads its data folder from the main process', async ({ app }) => {
  const { page } = app;
  await app.open();
  await expect(page.getByRole('heading', { name: 'Northstar Scope', level: 1 })).toBeVisible();
  await expect(page.getByTestId('app-version')).toHaveText('Version 0.0.0-test');
  await page.getByRole('button', { name: 'About' }).click();
  await expect(page.getByTestId('data-dir')).toHaveText(app.dataDir);
  await page.screenshot({ path: 'test-results/screens/shell-about.png' });
});

test('window.api exposes exactly the contract, and nothing of Electron', async ({ app }) => {
  const { page } = app;
  await app.open();
  const shape = await page.evaluate(() => {
    const api = window.api as unknown as Record<string, Record<string, unknown>>;
    return {
      channels: Object.entries(api)
        .filter(([domain]) => domain !== 'on')
        .flatMap(([domain, group]) => Object.keys(group).map((action) => `${domain}:${action}`))
        .sort(),
      frozen: Object.isFrozen(api),
      on: typeof api['on'],
      hasRequire: 'require' in window,
      hasIpc: 'ipcRenderer' in window,
    };
  });
  const { channelNames } = await import('../../src/shared/api');
  expect(shape.channels).toEqual([...channelNames].sort());
  expect(shape.frozen).toBe(true);
  expect(shape.on).toBe('function');
  expect(shape.hasRequire).toBe(false);
  expect(shape.hasIpc).toBe(false);
});
