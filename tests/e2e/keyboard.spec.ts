import { expect, test } from './harness';
import { seedSample } from './fixtures';

const STEPS = [
  'Client profile',
  'Priority needs',
  'Inventory',
  'Drivers and expertise',
  'Support level',
  'North star plan',
  'Budget and timeline',
  'Sizing',
  'Review and export',
];

test('the whole flow by keyboard alone: new, every step forward and back, search, help, meeting mode, export', async ({
  app,
}) => {
  test.setTimeout(60_000);
  const { page } = app;
  await app.open();

  // Ctrl+N, type, Enter.
  await expect(page.getByTestId('empty-home')).toBeVisible();
  await page.keyboard.press('Control+N');
  await expect(page.getByRole('dialog', { name: 'New engagement' })).toBeVisible();
  await expect(page.getByLabel('Engagement name')).toBeFocused();
  await page.keyboard.type('Keyboard-only engagement');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Harbor Point ISD');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Client profile' })).toBeFocused();

  // Forward through every step with Ctrl+], each heading taking focus; back with Ctrl+[.
  for (const label of STEPS.slice(1)) {
    await page.keyboard.press('Control+]');
    await expect(page.getByRole('heading', { level: 2, name: label })).toBeFocused();
  }
  await page.keyboard.press('Control+]');
  await expect(page.getByRole('heading', { level: 2, name: 'Review and export' })).toBeFocused();
  for (const label of [...STEPS].reverse().slice(1, 4)) {
    await page.keyboard.press('Control+[');
    await expect(page.getByRole('heading', { level: 2, name: label })).toBeFocused();
  }
  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', { level: 2, name: 'Budget and timeline' })).toBeFocused();

  // Shift+Tab reaches the step rail's buttons, and Enter opens a step; focus is visible.
  await page.keyboard.press('Shift+Tab');
  let guard = 0;
  while (
    !(await page.locator('[data-step="drivers"]').evaluate((el) => el === document.activeElement)) &&
    guard++ < 30
  ) {
    await page.keyboard.press('Shift+Tab');
  }
  const outline = await page
    .locator('[data-step="drivers"]')
    .evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Drivers and expertise' })).toBeFocused();

  // A driver rated from the keyboard: Tab into the radio group, arrows choose.
  await page
    .getByRole('radiogroup', { name: 'Selection: how far in place' })
    .getByRole('radio')
    .first()
    .focus();
  await page.keyboard.press('ArrowRight');
  await expect(
    page
      .getByRole('radiogroup', { name: 'Selection: how far in place' })
      .getByRole('radio', { name: 'Partly' }),
  ).toBeChecked();

  // Help lists the shortcuts; Escape closes it.
  await page.locator('[data-step-heading]').focus();
  await page.keyboard.press('Shift+?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Next step');
  await page.keyboard.press('Escape');

  // Meeting mode on and off.
  await page.keyboard.press('Control+Shift+M');
  await expect(page.getByTestId('meeting-toggle')).toBeChecked();
  await page.keyboard.press('Control+Shift+M');
  await expect(page.getByTestId('meeting-toggle')).not.toBeChecked();

  // Export from anywhere: Ctrl+E, type the note, Ctrl+Enter. (Naming the consultancy on a
  // fresh install is typing.spec's; here it was named in Settings.)
  const { profile } = await app.services.handlers['settings:get'](undefined);
  await app.services.handlers['settings:saveProfile']({ ...profile, name: 'Bright Path Learning Partners' });
  await page.keyboard.press('Control+E');
  await expect(page.getByRole('dialog', { name: 'Export the scope of work' })).toBeVisible();
  await expect(page.getByLabel('Note for version 1')).toBeFocused();
  await page.keyboard.type('Keyboard export');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('Version 1 exported').first()).toBeVisible({ timeout: 30_000 });

  // Ctrl+K from inside an engagement: home, with the search focused.
  await page.keyboard.press('Control+K');
  await expect(page.getByTestId('search')).toBeFocused();
  await page.keyboard.type('Harbor');
  await expect(page.getByTestId('engagement-row')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('engagement-title')).toHaveText('Keyboard-only engagement');
});

test('menu commands from the desktop app reach the page', async ({ app }) => {
  const { page } = app;
  const id = await seedSample(app, 'small');
  await app.open();
  await app.emit('command', 'help:shortcuts');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await app.emit('command', 'view:meetingMode');
  await expect(page.getByTestId('meeting-toggle')).toBeChecked();
  await app.emit('command', 'view:meetingMode');
  await app.emit('command', 'engagement:new');
  await expect(page.getByRole('dialog', { name: 'New engagement' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.goto(`http://northstar.test/index.html#/engagement/${id}/sizing`);
  await page.locator('[data-step-heading]').waitFor();
  await app.emit('command', 'scope:export');
  await expect(page.getByRole('dialog', { name: 'Export the scope of work' })).toBeVisible();
  await page.keyboard.press('Escape');
  await app.emit('command', 'view:settings');
  await expect(page.getByRole('heading', { level: 2, name: 'Settings' })).toBeVisible();
});
