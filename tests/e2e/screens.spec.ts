import { STEPS } from './fixtures';
import { expect, test } from './harness';

/**
 * A picture of every screen, for people to look at: the empty home, each step of a sample
 * engagement, meeting mode, the dialogs and settings. It asserts only that each screen renders.
 */

test('screenshots of every screen', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const shot = (name: string) =>
    page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
  await app.open();
  await expect(page.getByTestId('empty-home')).toBeVisible();
  await shot('home-empty');

  await page.getByRole('button', { name: 'New engagement' }).first().click();
  await expect(page.getByRole('dialog', { name: 'New engagement' })).toBeVisible();
  await shot('new-engagement-blank');
  await page.getByRole('tab', { name: 'From a sample' }).click();
  await expect(page.getByRole('radio', { name: /Westbrook Heights/ })).toBeVisible();
  await shot('new-engagement-sample');
  await page.getByRole('radio', { name: /Westbrook Heights/ }).check();
  await page.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByTestId('step-rail')).toBeVisible();

  for (const step of STEPS) {
    await page.locator(`[data-step="${step}"]`).click();
    await expect(page.locator('[data-step-heading]')).toBeVisible();
    if (step === 'sizing') await expect(page.locator('.recharts-surface').first()).toBeVisible();
    await shot(`step-${step}`);
  }

  await page.locator('[data-step="north-star"]').click();
  await page.getByTestId('plan-line').first().getByRole('button').click();
  await expect(page.getByTestId('line-editor')).toBeVisible();
  await shot('step-north-star-line-open');

  await page.locator('[data-step="sizing"]').click();
  await page.getByTestId('meeting-toggle').click();
  await expect(page.locator('[data-internal]')).toHaveCount(0);
  await shot('meeting-mode-sizing');
  await page.getByTestId('meeting-toggle').click();

  await page.keyboard.press('Control+E');
  await expect(page.getByRole('dialog', { name: 'Export the scope of work' })).toBeVisible();
  await shot('export-dialog');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Export the scope of work' })).toBeHidden();

  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await shot('shortcut-help');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Projects' }).click();
  await expect(page.getByTestId('engagement-table')).toBeVisible();
  await shot('home-list');

  await page.getByRole('button', { name: 'Settings' }).click();
  for (const tab of ['Consultancy and logo', 'Rate card', 'Service catalog', 'Data and backups']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForTimeout(200);
    await shot(`settings-${tab.split(' ')[0]?.toLowerCase() ?? tab}`);
  }
  await page.getByRole('button', { name: 'About' }).click();
  await shot('about');
});
