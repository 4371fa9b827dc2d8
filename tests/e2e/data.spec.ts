import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './harness';
import { openStep, seedSample } from './fixtures';

test('a project file saved from one engagement imports back as a whole, with notifications for both', async ({
  app,
}) => {
  const { page } = app;
  const id = await seedSample(app, 'small');
  await openStep(app, id, 'review-export');
  await page.getByRole('button', { name: 'Save project file…' }).click();
  await expect(page.getByText('Project file saved')).toBeVisible();

  // Delete it, then bring it back from the file.
  await app.services.handlers['engagement:delete']({ id });
  const saved = (await readdir(join(app.dataDir, 'exports'))).find((f) => f.endsWith('.json'));
  expect(saved).toBeTruthy();
  app.desktop.openAnswers.push(join(app.dataDir, 'exports', saved ?? ''));
  await page.goto('http://northstar.test/index.html#/projects');
  await page.getByRole('button', { name: 'Import project file…' }).click();
  await expect(page.getByText(/Imported “Red Rock Valley/)).toBeVisible();
  await expect(page.getByTestId('engagement-title')).toContainText('Red Rock Valley');
});

test('an import that fails says why and leaves everything as it was', async ({ app }) => {
  const { page } = app;
  const bad = join(app.dataDir, 'exports', 'not-a-project.json');
  await writeFile(bad, '{"hello": "world"}');
  app.desktop.openAnswers.push(bad);
  await app.open();
  await page.getByTestId('empty-home').waitFor();
  await page.keyboard.press('Control+O');
  await expect(page.getByText('The file was not imported')).toBeVisible();
  expect((await app.services.handlers['engagement:list']({})).total).toBe(0);
});

test('back up now shows progress and lists the backup', async ({ app }) => {
  const { page } = app;
  await seedSample(app, 'small');
  await page.goto('http://northstar.test/index.html#/settings/data');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backed up')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Backups' })).toContainText('By hand');
});

test('settings: the consultancy profile is saved as it is typed and kept after a reload', async ({ app }) => {
  const { page } = app;
  await page.goto('http://northstar.test/index.html#/settings/profile');
  await page.getByLabel('Consultancy name').fill('Bright Path Learning Partners');
  await page.getByLabel('Website').fill('brightpath.example');
  await expect(page.getByTestId('settings-save-status')).toHaveAttribute('data-state', 'saved');
  await expect
    .poll(async () => (await app.services.handlers['settings:get'](undefined)).profile.name)
    .toBe('Bright Path Learning Partners');
  await page.reload();
  await expect(page.getByLabel('Consultancy name')).toHaveValue('Bright Path Learning Partners');
  // Cleared, the name is explained once left, and the stored one stays until a new one is typed.
  await page.getByLabel('Consultancy name').fill('');
  await expect(page.getByTestId('settings-held')).toContainText('One field not saved');
  await page.getByLabel('Consultancy name').blur();
  await expect(page.getByText('Consultancy name cannot be empty')).toBeVisible();
  expect((await app.services.handlers['settings:get'](undefined)).profile.name).toBe(
    'Bright Path Learning Partners',
  );
});

test('settings: a default rate changes for new engagements only', async ({ app }) => {
  const { page } = app;
  const before = await seedSample(app, 'small');
  await page.goto('http://northstar.test/index.html#/settings/rate-card');
  await page.getByLabel('Senior consultant day rate').fill('4000');
  await expect(page.getByTestId('settings-save-status')).toHaveAttribute('data-state', 'saved');
  await expect
    .poll(async () => (await app.services.handlers['settings:get'](undefined)).rateCard.roles[0]?.dayCents)
    .toBe(400_000);
  const created = await app.services.handlers['engagement:create']({
    from: 'blank',
    name: 'After the change',
  });
  expect(created.engagement.rateCard.roles.find((r) => r.id === 'senior-consultant')?.dayCents).toBe(400_000);
  const old = await app.services.handlers['engagement:get']({ id: before });
  expect(old.engagement.rateCard.roles.find((r) => r.id === 'senior-consultant')?.dayCents).not.toBe(400_000);
});
