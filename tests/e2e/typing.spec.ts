import type { Engagement } from '../../src/shared/domain';
import type { Locator } from '@playwright/test';
import { expect, test, type AppHarness } from './harness';
import { openStep, saved, seedSample } from './fixtures';

/**
 * Typing as a consultant does in a meeting: key by key, with thousands separators, pasting,
 * leaving rows half done. Every expectation about data is read back from the database.
 */

async function stored(app: AppHarness, id: string): Promise<Engagement> {
  return (await app.services.handlers['engagement:get']({ id })).engagement;
}

/** What the person sees, scrolled to what the test is about. */
async function shot(app: AppHarness, name: string, at?: Locator): Promise<void> {
  if (at) await at.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await app.page.screenshot({ path: `test-results/screens/${name}.png` });
}

test('money typed key by key, pasted or filled is stored to the cent, and what cannot be read is said', async ({
  app,
}) => {
  const { page } = app;
  const id = await seedSample(app, 'mid');
  await openStep(app, id, 'budget-timeline');

  const budget = page.getByLabel('Budget available');
  await budget.fill('');
  await budget.pressSequentially('$48,500');
  await budget.press('Tab');
  await expect(budget).toHaveValue('48,500');
  await expect.poll(async () => (await stored(app, id)).budget.amountCents).toBe(4_850_000);

  // "k" for thousands, typed into the first funding source's amount.
  const amount = page.getByLabel('Amount', { exact: true }).first();
  await amount.fill('');
  await amount.pressSequentially('48.5k');
  await expect
    .poll(async () => (await stored(app, id)).budget.fundingSources[0]?.amountCents)
    .toBe(4_850_000);

  // Pasted from a spreadsheet, with spaces around it: the text arrives in one input, as a paste
  // does (the test origin is not secure, so the system clipboard is not available to it).
  await budget.fill('');
  await budget.focus();
  await page.keyboard.insertText(' 30 000 ');
  await expect.poll(async () => (await stored(app, id)).budget.amountCents).toBe(3_000_000);

  // Filled whole, with cents.
  await budget.fill('$1,234.56');
  await expect.poll(async () => (await stored(app, id)).budget.amountCents).toBe(123_456);

  // A typo is never stored as another amount: the field keeps the text and says why.
  await budget.fill('');
  await budget.pressSequentially('48,50');
  await page.getByLabel('Visit days the district can host per month').fill('6');
  await expect(page.getByText('separate thousands in groups of three')).toBeVisible();
  await expect(budget).toHaveValue('48,50');
  await expect(page.getByTestId('held-fields')).toContainText('One field not saved');
  // …while the rest is saved.
  await expect.poll(async () => (await stored(app, id)).timeline.visitDaysPerMonth).toBe(6);
  expect((await stored(app, id)).budget.amountCents).toBe(123_456);
  await shot(app, 'typing-money-error', budget);
});

test('dates typed as ISO, US or words, or picked; the calendar’s buttons have names; a start after the end is explained where it was typed', async ({
  app,
}) => {
  const { page } = app;
  const id = await seedSample(app, 'mid');
  await openStep(app, id, 'budget-timeline');
  const end = page.getByRole('textbox', { name: 'Ends', exact: true }).first();
  const start = page.getByRole('textbox', { name: 'Starts', exact: true }).first();

  await end.fill('');
  await end.pressSequentially('6/30/2026');
  await expect.poll(async () => (await stored(app, id)).timeline.end).toBe('2026-06-30');
  await end.fill('');
  await end.pressSequentially('Jun 12, 2026');
  await expect.poll(async () => (await stored(app, id)).timeline.end).toBe('2026-06-12');
  await end.fill('2026-06-05');
  await end.press('Escape');
  await end.blur();
  await expect(end).toHaveValue('Jun 5, 2026');
  await expect.poll(async () => (await stored(app, id)).timeline.end).toBe('2026-06-05');

  // The first funding source's spend-by date, typed the US way with leading zeros.
  const spendBy = page.getByLabel('Must be spent by').first();
  await spendBy.fill('');
  await spendBy.pressSequentially('01/04/2027');
  await spendBy.press('Escape');
  await expect.poll(async () => (await stored(app, id)).budget.fundingSources[0]?.endDate).toBe('2027-01-04');

  // Picking: the calendar's controls are named for screen readers and for people.
  await start.click();
  await expect(page.getByRole('button', { name: 'Next month' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous month' })).toBeVisible();
  await page.getByRole('button', { name: 'Next month' }).click();
  await shot(app, 'typing-date-picker');
  await page.keyboard.press('Escape');

  // A start after the end keeps what was typed, says why at the start, and saves nothing of it.
  const before = (await stored(app, id)).timeline.start;
  await start.fill('');
  await start.pressSequentially('9/1/2026');
  await start.press('Tab');
  await expect(page.getByText('This is after the end (Jun 5, 2026)')).toBeVisible();
  await expect(start).toHaveValue('Sep 1, 2026');
  await page.waitForTimeout(1_000);
  expect((await stored(app, id)).timeline.start).toBe(before);
  await shot(app, 'typing-date-after-end', start);
});

test('an empty new row left alone never stops the rest from saving, shouts nothing, and no click is lost', async ({
  app,
}) => {
  const { page } = app;
  const id = await seedSample(app, 'small');
  await openStep(app, id, 'client-profile');
  const contactsBefore = (await stored(app, id)).client.contacts.length;
  const campusesBefore = (await stored(app, id)).client.campuses.length;

  await page.getByRole('button', { name: 'Add contact' }).click();
  // Focus is in the new contact's name; the next click lands on "Add campus" all the same.
  await page.getByRole('button', { name: 'Add campus' }).click();
  await expect(page.getByLabel('Campus name')).toHaveCount(campusesBefore + 1);
  await page.getByLabel('Campus name').last().pressSequentially('Mesa Verde Elementary');
  await page.getByLabel('Region').fill('Four Corners');
  await expect(page.getByText('Contact name cannot be empty')).toHaveCount(0);
  await expect(page.getByTestId('held-fields')).toHaveCount(0);
  await saved(app);
  await shot(app, 'typing-new-rows', page.getByRole('button', { name: 'Add campus' }));

  await page.reload();
  await expect(page.getByLabel('Region')).toHaveValue('Four Corners');
  const after = await stored(app, id);
  expect(after.client.region).toBe('Four Corners');
  expect(after.client.campuses.map((c) => c.name)).toContain('Mesa Verde Elementary');
  expect(after.client.contacts).toHaveLength(contactsBefore);
});

test('a field left invalid keeps the totals and saves everything else within a second', async ({ app }) => {
  const { page } = app;
  const id = await seedSample(app, 'mid');
  await openStep(app, id, 'north-star');
  const total = await page.getByTestId('north-star-total').textContent();
  expect(total).not.toBe('$0.00');

  await page.getByTestId('plan-line').first().getByRole('button').click();
  const count = page.getByTestId('line-editor').getByRole('textbox').nth(1);
  const first = (await stored(app, id)).lines[0];
  await page.getByTestId('line-editor').getByLabel('Title').fill('Kickoff institute');
  await count.fill('');
  await count.blur();
  await expect(page.getByTestId('held-fields')).toContainText('One field not saved');
  await expect(page.getByTestId('north-star-total')).toHaveText(total ?? '');
  await expect
    .poll(async () => (await stored(app, id)).lines[0]?.title, { timeout: 1_500 })
    .toBe('Kickoff institute');
  expect((await stored(app, id)).lines[0]?.quantity.count).toBe(first?.quantity.count);
});

test('the catalog picker is empty and ready after each service, so two can be added in a row', async ({
  app,
}) => {
  const { page } = app;
  const created = await app.services.handlers['engagement:create']({ from: 'blank', name: 'Two in a row' });
  const id = created.engagement.id;
  await openStep(app, id, 'north-star');
  const picker = page.getByRole('combobox', { name: 'Add a service from the catalog' });
  await picker.click();
  await picker.pressSequentially('Face-to-face');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-line')).toHaveCount(1);
  await expect(picker).toHaveValue('');
  await expect(picker).toBeFocused();
  await picker.pressSequentially('coaching cycle');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('plan-line')).toHaveCount(2);
  await saved(app);
  expect((await stored(app, id)).lines.map((l) => l.serviceId)).toEqual([
    'face-to-face-session',
    'coaching-cycle',
  ]);
  await shot(app, 'typing-picker-twice');
});

test('coaches are counted once: the client profile’s count is the expertise step’s in-house coaches', async ({
  app,
}) => {
  const { page } = app;
  const created = await app.services.handlers['engagement:create']({ from: 'blank', name: 'Coaches' });
  const id = created.engagement.id;
  await openStep(app, id, 'client-profile');
  await page.getByLabel('Instructional coaches').fill('6');
  await page.locator('[data-step="drivers"]').click();
  await expect(page.getByTestId('in-house-coaches')).toContainText('6');
  await expect(page.getByLabel('In-house coaches')).toHaveCount(0);
  await saved(app);
  const after = await stored(app, id);
  expect(after.client.educators.coaches).toBe(6);
  expect(after.expertise.inHouseCoaches).toBe(6);
  await shot(app, 'typing-coaches-once', page.getByTestId('in-house-coaches'));
});

test('a new engagement plans the next school year, and after an export says “Sent · v1” here and at home', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'New engagement' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  await dialog.getByLabel('Engagement name').fill('Math coaching');
  await dialog.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Client profile' })).toBeVisible();
  const id = (await app.services.handlers['engagement:list']({})).items[0]?.id ?? '';
  const { start, end } = (await stored(app, id)).timeline;
  expect(start.slice(5)).toBe('08-01');
  expect(end.slice(5)).toBe('06-30');
  expect(Number(end.slice(0, 4))).toBe(Number(start.slice(0, 4)) + 1);
  expect(start > new Date().toISOString().slice(0, 10)).toBe(true);

  await page.keyboard.press('Control+E');
  const exportDialog = page.getByRole('dialog', { name: 'Export the scope of work' });
  await expect(exportDialog.getByLabel('Your consultancy’s name')).toBeFocused();
  await expect(exportDialog.getByTestId('export-pdf')).toBeDisabled();
  await shot(app, 'typing-export-asks-name');
  await exportDialog.getByLabel('Your consultancy’s name').fill('Bright Path Learning Partners');
  await exportDialog.getByRole('button', { name: 'Save name' }).click();
  await expect(exportDialog.getByLabel('Note for version 1')).toBeFocused();
  await shot(app, 'typing-export-named');
  await page.keyboard.type('First look for the cabinet');
  await exportDialog.getByTestId('export-pdf').click();
  await expect(page.getByText('Version 1 exported').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('engagement-status').first()).toHaveText('Sent · v1');
  expect((await app.services.handlers['settings:get'](undefined)).profile.name).toBe(
    'Bright Path Learning Partners',
  );
  await page.getByRole('button', { name: 'Projects' }).click();
  await expect(page.getByTestId('engagement-status').first()).toHaveText('Sent · v1');
  await shot(app, 'typing-home-sent');
});
