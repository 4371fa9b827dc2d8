import { join } from 'node:path';
import { expect, test } from './harness';
import { saved } from './fixtures';

/**
 * A district's document from before restriction tags, imported as a consultant would: the app
 * shows what it read from each source's wording, asks for Title I's campuses, and keeps what the
 * consultant confirms.
 */
const GIVEN = join(
  process.cwd(),
  'tests',
  'fixtures',
  'scenarios',
  'given',
  'urban-multilingual-two-year.project.json',
);

test('an imported district’s sources in words only are read, shown and confirmed', async ({ app }) => {
  const { page } = app;
  await page.goto('http://northstar.test/index.html#/');
  app.desktop.openAnswers.push(GIVEN);
  await page.getByRole('button', { name: 'Import a project file' }).click();
  await page.locator('[data-step-heading]').waitFor();
  const id = /#\/engagement\/([^/]+)/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  await page.goto(`http://northstar.test/index.html#/engagement/${id}/budget-timeline`);
  await page.locator('[data-step-heading]').waitFor();

  const read = page.getByTestId('wording-read');
  await expect(read).toHaveCount(3);
  await expect(read.nth(0)).toContainText('Read from its wording: professional learning only.');
  await expect(read.nth(1)).toContainText('work at the campuses it names only');
  await expect(read.nth(1)).toContainText('until then it pays for nothing');
  await expect(read.nth(1).getByRole('button', { name: 'Keep these' })).toHaveCount(0);
  await expect(read.nth(2)).toContainText('invoices by June 15, 2026');
  await page.screenshot({ path: 'test-results/screens/funding-wording-read.png', fullPage: false });

  // Keeping what was read makes it the source's own tags; letting one pay for anything too.
  await read.nth(0).getByRole('button', { name: 'Keep these' }).click();
  await expect(read).toHaveCount(2);
  await page
    .getByTestId('wording-read')
    .nth(1)
    .getByRole('button', { name: 'It may pay for any service' })
    .click();
  await expect(read).toHaveCount(1);
  // The general fund's money arrives on July 1: typed as people write dates, key by key.
  const from = page.getByLabel('Pays for work from').nth(2);
  await from.click();
  await from.pressSequentially('7/1/2025', { delay: 30 });
  await from.press('Tab');
  await saved(app);
  await page.reload();
  await expect(page.getByTestId('wording-read')).toHaveCount(1);
  const stored = await app.services.handlers['engagement:get']({ id });
  const [titleTwo, titleOne, general] = stored.engagement.budget.fundingSources;
  expect(titleTwo?.tagged).toBe(true);
  expect(titleTwo?.restrict.serviceCategories).toContain('training');
  expect(titleTwo?.restrict.serviceCategories).not.toContain('evaluation');
  expect(titleOne?.tagged).toBe(false);
  expect(general?.tagged).toBe(true);
  expect(general?.invoiceBy).toBeNull();
  expect(general?.availableFrom).toBe('2025-07-01');
});
