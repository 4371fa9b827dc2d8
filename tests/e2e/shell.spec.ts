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

test('the About screen opens the error log, or says there is none yet', async ({ app }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'About' }).click();
  await page.getByRole('button', { name: 'Open the error log' }).click();
  await expect(page.getByText('Nothing has gone wrong so far: there is no error log yet.')).toBeVisible();
  expect(app.desktop.shown).toEqual([]);

  app.services.log.write('test', new Error('something broke'));
  await page.getByRole('button', { name: 'Open the error log' }).click();
  await expect.poll(() => app.desktop.shown).toEqual([app.services.log.file()]);
});
