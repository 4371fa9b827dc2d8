import { AppError } from '../../src/shared/errors';
import { expect, test } from './harness';
import { openStep, saved, seedSample } from './fixtures';

test('an edit is saved as it is typed and is still there after a reload', async ({ app }) => {
  const { page } = app;
  const id = await seedSample(app);
  await openStep(app, id, 'client-profile');
  await page.getByLabel('Region').fill('North Texas (Region 11), Denton County');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', /pending|saving/);
  await saved(app);
  await page.reload();
  await expect(page.getByLabel('Region')).toHaveValue('North Texas (Region 11), Denton County');
  const stored = await app.services.handlers['engagement:get']({ id });
  expect(stored.engagement.client.region).toBe('North Texas (Region 11), Denton County');
});

test('leaving a step saves at once, without waiting for the pause', async ({ app }) => {
  const { page } = app;
  const id = await seedSample(app);
  await openStep(app, id, 'client-profile');
  await page.getByLabel('Students').fill('13000');
  await page.keyboard.press('Control+]');
  await expect(page.getByRole('heading', { level: 2, name: 'Priority needs' })).toBeFocused();
  await saved(app);
  expect((await app.services.handlers['engagement:get']({ id })).engagement.client.students).toBe(13_000);
});

test('an edit the schema refuses is kept on screen, explained at the field, and not saved', async ({
  app,
}) => {
  const { page } = app;
  const id = await seedSample(app);
  await openStep(app, id, 'client-profile');
  const before = (await app.services.handlers['engagement:get']({ id })).meta.version;
  await page.getByLabel('Engagement name').fill('');
  await expect(page.getByTestId('held-fields')).toContainText('One field not saved');
  // The message appears at the field once the person leaves it.
  await page.getByLabel('Engagement name').blur();
  await expect(page.getByText('Engagement name cannot be empty')).toBeVisible();
  await expect(page.locator('[data-step="client-profile"]')).toHaveAttribute('data-status', 'attention');
  expect((await app.services.handlers['engagement:get']({ id })).meta.version).toBe(before);
  // "Show" takes the person to the field; fixing it saves.
  await page.locator('[data-step="north-star"]').click();
  await page.getByTestId('held-fields').getByRole('button', { name: 'Show' }).click();
  await expect(page.getByLabel('Engagement name')).toBeFocused();
  await page.getByLabel('Engagement name').fill('Westbrook Heights math, revised');
  await saved(app);
  expect((await app.services.handlers['engagement:get']({ id })).engagement.name).toBe(
    'Westbrook Heights math, revised',
  );
});

test('a save refused as stale says so plainly and lets the person choose', async ({ app }) => {
  const { page } = app;
  const id = await seedSample(app);
  await openStep(app, id, 'client-profile');
  // Another window saves the same engagement meanwhile.
  const other = await app.services.handlers['engagement:get']({ id });
  await app.services.handlers['engagement:save']({
    engagement: { ...other.engagement, client: { ...other.engagement.client, region: 'Changed elsewhere' } },
    baseVersion: other.meta.version,
  });
  await page.getByLabel('Students').fill('14000');
  await expect(page.getByRole('button', { name: 'Changed elsewhere: not saved' })).toBeVisible();
  await expect(page.getByText('changed somewhere else')).toBeVisible();
  // The local edit stays on screen until the person decides.
  await expect(page.getByLabel('Students')).toHaveValue('14,000');
  await page.getByRole('button', { name: 'Keep my edits' }).click();
  await saved(app);
  const stored = await app.services.handlers['engagement:get']({ id });
  expect(stored.engagement.client.students).toBe(14_000);
});

test('reloading the saved version after a conflict shows the other window’s edit', async ({ app }) => {
  const { page } = app;
  const id = await seedSample(app);
  await openStep(app, id, 'client-profile');
  const other = await app.services.handlers['engagement:get']({ id });
  await app.services.handlers['engagement:save']({
    engagement: { ...other.engagement, client: { ...other.engagement.client, region: 'Changed elsewhere' } },
    baseVersion: other.meta.version,
  });
  await page.getByLabel('Students').fill('14000');
  await page.getByRole('button', { name: 'Reload the saved version' }).click();
  await expect(page.getByLabel('Region')).toHaveValue('Changed elsewhere');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
});

test('a failed save keeps the edit, says why, retries, and saves once the database answers', async ({
  app,
}) => {
  const { page } = app;
  const id = await seedSample(app);
  await openStep(app, id, 'client-profile');
  const handlers = app.services.handlers;
  const realSave = handlers['engagement:save'];
  handlers['engagement:save'] = () => {
    throw new AppError('io', 'The disk is full.');
  };
  await page.getByLabel('Region').fill('Saved after the disk was cleared');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'error');
  await expect(page.getByTestId('save-status')).toContainText('Not saved yet, retrying');
  await page.getByRole('button', { name: 'Why?' }).click();
  await expect(page.getByText('The disk is full.')).toBeVisible();
  await expect(page.getByLabel('Region')).toHaveValue('Saved after the disk was cleared');
  handlers['engagement:save'] = realSave;
  await page.getByRole('button', { name: 'Retry now' }).click();
  await saved(app);
  expect((await handlers['engagement:get']({ id })).engagement.client.region).toBe(
    'Saved after the disk was cleared',
  );
});
