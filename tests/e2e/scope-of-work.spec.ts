import AxeBuilder from '@axe-core/playwright';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { expect, test } from './harness';
import { openStep, saved, seedSample } from './fixtures';

/** The PDF's text with whitespace collapsed, as a district leader would copy it out. */
async function pdfText(path: string): Promise<string> {
  const doc = await getDocumentProxy(new Uint8Array(await readFile(path)), { verbosity: 0 });
  const parts: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  await doc.cleanup();
  return parts.join(' ').replace(/\s+/g, ' ');
}

test('the scope-of-work details reach the exported PDF and the finance CSV beside it', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const id = await seedSample(app, 'mid');
  await app.open();

  // The consultancy's standard terms, reworded in settings.
  await page.goto('http://northstar.test/index.html#/settings/terms');
  await page.getByRole('button', { name: '6. Insurance and background checks' }).click();
  await page
    .getByRole('region', { name: '6. Insurance and background checks' })
    .getByLabel('Wording')
    .fill('Certificates of insurance go out with the signed agreement.');
  await page.locator('[data-testid="settings-save-status"][data-state="saved"]').waitFor();
  await page.screenshot({ path: 'test-results/screens/settings-terms.png' });

  await openStep(app, id, 'review-export');
  const details = page.getByTestId('sow-details');
  await details.getByRole('button', { name: 'Dates, purchase order and invoicing' }).click();
  const agreement = page.getByRole('region', { name: 'Dates, purchase order and invoicing' });
  await agreement.getByLabel('Purchase order number').fill('PO-2025-0417');
  await agreement.getByText('At the end of each phase', { exact: true }).click();

  await details.getByRole('button', { name: 'Terms' }).click();
  const cancellation = page
    .getByRole('region', { name: 'Terms' })
    .locator('.mantine-Paper-root', { hasText: 'Cancellation and rescheduling' });
  await cancellation.getByRole('switch', { name: 'Print' }).uncheck();

  await details.getByRole('button', { name: 'What the district commits to' }).click();
  const commitments = page.getByRole('region', { name: 'What the district commits to' });
  // By keyboard: a panel opening above can still move the button between press and release.
  await commitments.getByRole('button', { name: 'Add commitment' }).press('Enter');
  await commitments.getByLabel('The district commits to').fill('Principals protect coach time for coaching');

  await details.getByRole('button', { name: 'Ways to start' }).click();
  const ways = page.getByRole('region', { name: 'Ways to start' });
  await ways.getByRole('button', { name: 'Add a way to start' }).press('Enter');
  await ways.getByLabel('Name').fill('Start with the coaches');

  await details.getByRole('button', { name: 'Funding crosswalk' }).click();
  await expect(page.getByRole('table', { name: 'Funding crosswalk' })).toBeVisible();
  await details.getByRole('button', { name: 'Invoice schedule' }).click();
  await expect(page.getByRole('table', { name: 'Invoice schedule' })).toContainText('Total invoiced');

  for (const part of ['Deliverables', 'Who carries the work on', 'Notes to print'])
    await details.getByRole('button', { name: part }).click();
  await expect(
    page.getByRole('region', { name: 'Notes to print' }).getByRole('checkbox').first(),
  ).toBeVisible();
  await details.screenshot({ path: 'test-results/screens/scope-of-work-details.png' });
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  await saved(app);
  await page.getByLabel('Your consultancy’s name').fill('Bright Path Learning Partners');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('consultancy-name')).toBeHidden();
  await page.getByTestId('export-pdf').click();
  await expect(page.getByText('Version 1 exported').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('export-csv').first()).toContainText('.csv');

  const exports = join(app.dataDir, 'exports');
  const files = await readdir(exports);
  const pdf = files.find((f) => f.endsWith('.pdf'));
  const csv = files.find((f) => f.endsWith('.csv'));
  expect(csv).toBe(pdf?.replace(/\.pdf$/, '.csv'));
  const text = await pdfText(join(exports, pdf ?? ''));
  expect(text).toContain('Purchase order PO-2025-0417');
  expect(text).toContain('invoices at the end of each phase');
  expect(text).toContain('Certificates of insurance go out with the signed agreement.');
  expect(text).not.toContain('Cancellation and rescheduling');
  expect(text).toContain('Principals protect coach time for coaching.');
  expect(text).toContain('Start with the coaches');
  expect(await readFile(join(exports, csv ?? ''), 'utf8')).toContain(
    'Fiscal year,Month,Funding source,Service',
  );
});
