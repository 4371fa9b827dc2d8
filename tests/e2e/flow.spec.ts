import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type AppHarness } from './harness';

/** Picks an option from a Mantine select by typing, as a person at the keyboard would. */
async function choose(app: AppHarness, label: string, option: string): Promise<void> {
  const field = app.page.getByRole('combobox', { name: label });
  await field.click();
  await field.fill(option);
  await app.page.getByRole('option', { name: option, exact: true }).click();
}

async function rate(app: AppHarness, group: string, value: string): Promise<void> {
  await app.page.getByRole('radiogroup', { name: group }).getByText(value, { exact: true }).click();
}

test('a whole engagement, from an empty home to an exported PDF', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  await app.open();
  await expect(page.getByTestId('empty-home')).toBeVisible();

  // New, blank.
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  await dialog.getByLabel('Engagement name').fill('Literacy coaching 2025–26');
  await dialog.getByLabel('Client').fill('Riverside Unified School District');
  await dialog.getByRole('button', { name: 'Create engagement' }).click();

  // 1. Client profile.
  await expect(page.getByRole('heading', { level: 2, name: 'Client profile' })).toBeVisible();
  await page.getByLabel('Region').fill('Central Valley');
  await page.getByLabel('Teachers', { exact: true }).fill('420');
  await page.getByLabel('Principals').fill('12');
  await page.getByLabel('Students').fill('6800');
  await page.getByRole('button', { name: 'Add contact' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Dr. Ana Flores');
  await page.getByLabel('Role').fill('Director of Professional Learning');
  await page.getByRole('button', { name: 'Next: Priority needs' }).click();

  // 2. Priority needs.
  await page.getByRole('button', { name: 'Add need' }).click();
  await page.getByLabel('Need', { exact: true }).fill('Grade 3 students reading below grade level');
  await page.getByLabel('Data source').fill('State assessment 2024');
  await page.getByLabel('Baseline').fill('41%');
  await page.getByLabel('Target').fill('55% by spring 2026');
  await page.getByRole('button', { name: 'Next: Inventory' }).click();

  // 3. Inventory.
  await page.getByRole('button', { name: 'Add campus item' }).click();
  await page.getByLabel('What it is').fill('Weekly grade-level PLCs');
  await page.getByRole('button', { name: 'Next: Drivers and expertise' }).click();

  // 4. Drivers and expertise.
  for (const driver of [
    'Selection',
    'Training',
    'Coaching',
    'Internal systems',
    'External systems',
    'Data support systems',
    'Leadership',
  ]) {
    await rate(app, `${driver}: how far in place`, 'Partly');
  }
  await rate(app, 'Staff familiarity with the content', 'Some');
  await rate(app, 'Staff experience facilitating adult learning', 'Some');
  await page.getByLabel('In-house facilitators').fill('3');
  await page.getByRole('button', { name: 'Next: Support level' }).click();

  // 5. Support level: the advice, with reasons.
  await expect(page.getByTestId('advice')).toContainText('The advice: Collaborate');
  await expect(page.getByTestId('advice')).toContainText('Why');
  await page.getByRole('button', { name: 'Next: North star plan' }).click();

  // 6. North star: services from the catalog, quantities from real units.
  await choose(app, 'Add a service from the catalog', 'Face-to-face cohort session');
  await page.getByLabel('Session days').fill('4');
  await page.getByLabel('Cohorts').fill('2');
  await expect(page.getByTestId('line-units')).toHaveText('8 session days');
  await page.getByRole('radiogroup', { name: 'Priority' }).getByText('Essential').click();
  await choose(app, 'Add a service from the catalog', 'One-on-one coaching cycle');
  await page.getByLabel('Coaching cycles').fill('3');
  await page.getByLabel('Participants', { exact: true }).fill('12');
  await page.getByLabel('Participants', { exact: true }).press('Tab');
  await expect(page.getByTestId('line-units')).toHaveText('36 coaching cycles');
  await choose(app, 'Add a service from the catalog', 'PDCA check-in and data review');
  await expect(page.getByTestId('plan-line')).toHaveCount(3);
  await page.getByRole('button', { name: 'Next: Budget and timeline' }).click();

  // 7. Budget and timeline.
  await page.getByLabel('Budget available').fill('60000');
  await page.getByRole('button', { name: 'Next: Sizing' }).click();

  // 8. Sizing.
  await expect(page.getByTestId('funded-total')).not.toHaveText('$0.00');
  await expect(page.getByTestId('funded-line').first()).toBeVisible();
  await expect(page.getByTestId('plan-checks')).toBeVisible();
  await page.getByRole('button', { name: 'Next: Review and export' }).click();

  // 9. Review and export. A fresh install asks whose scope of work this is, once.
  await expect(page.getByText('Nothing exported yet')).toBeVisible();
  await expect(page.getByTestId('export-pdf')).toBeDisabled();
  await page.getByLabel('Your consultancy’s name').fill('Bright Path Learning Partners');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByTestId('consultancy-name')).toBeHidden();
  await page.getByLabel('Note for version 1').fill('First draft for the curriculum team');
  await page.getByTestId('export-pdf').click();
  await expect(page.getByText('Version 1 exported').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('revisions')).toContainText('First draft for the curriculum team');

  // The file is a real PDF, and what was typed reached the database.
  const exports = join(app.dataDir, 'exports');
  const files = (await readdir(exports)).filter((f) => f.endsWith('.pdf'));
  expect(files).toHaveLength(1);
  const bytes = await readFile(join(exports, files[0] ?? ''));
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const list = await app.services.handlers['engagement:list']({});
  const stored = await app.services.handlers['engagement:get']({ id: list.items[0]?.id ?? '' });
  expect(stored.engagement.client.name).toBe('Riverside Unified School District');
  expect(stored.engagement.client.educators.teachers).toBe(420);
  expect(stored.engagement.needs.map((n) => n.statement)).toEqual([
    'Grade 3 students reading below grade level',
  ]);
  expect(stored.engagement.lines.map((l) => l.serviceId)).toEqual([
    'face-to-face-session',
    'coaching-cycle',
    'pdca-data-review',
  ]);
  expect(stored.engagement.lines[0]?.quantity).toMatchObject({ count: 4, groups: 2 });
  expect(stored.engagement.budget.amountCents).toBe(6_000_000);
  await page.screenshot({ path: 'test-results/screens/flow-exported.png', fullPage: true });
});
