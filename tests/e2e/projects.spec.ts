import { expect, test } from './harness';
import { seedSample } from './fixtures';

test('delete, then undo from the notification', async ({ app }) => {
  const { page } = app;
  await seedSample(app, 'small');
  await seedSample(app, 'mid');
  await app.open();
  const rows = page.getByTestId('engagement-row');
  await expect(rows).toHaveCount(2);
  const row = rows.filter({ hasText: 'Westbrook Heights' });
  await row.getByRole('button', { name: /Actions for/ }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(rows).toHaveCount(1);
  await expect(page.getByText('Deleted “Westbrook Heights middle-school math: year one”')).toBeVisible();
  await page.getByTestId('undo-delete').click();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Westbrook Heights' })).toBeVisible();
  const list = await app.services.handlers['engagement:list']({});
  expect(list.total).toBe(2);
});

test('search as you type finds engagements by what is inside them', async ({ app }) => {
  const { page } = app;
  await seedSample(app, 'small');
  await seedSample(app, 'mid');
  await seedSample(app, 'large');
  await app.open();
  await expect(page.getByTestId('engagement-row')).toHaveCount(3);
  await page.getByTestId('search').fill('Westbrook');
  await expect(page.getByTestId('engagement-row')).toHaveCount(1);
  await expect(page.getByTestId('engagement-row')).toContainText('Westbrook Heights');
  await page.getByTestId('search').fill('zzzz no such thing');
  await expect(page.getByTestId('no-results')).toContainText('Nothing matches');
  await page.getByTestId('search').press('Escape');
  await expect(page.getByTestId('engagement-row')).toHaveCount(3);
});

test('filter by status, archive and unarchive, duplicate, and start from another engagement', async ({
  app,
}) => {
  const { page } = app;
  const id = await seedSample(app, 'mid');
  await seedSample(app, 'small');
  const stored = await app.services.handlers['engagement:get']({ id });
  await app.services.handlers['engagement:save']({
    engagement: { ...stored.engagement, status: 'proposed' },
    baseVersion: stored.meta.version,
  });
  await app.open();
  const rows = page.getByTestId('engagement-row');
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('Proposed').click();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('Westbrook Heights');
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('All').click();
  await expect(rows).toHaveCount(2);

  // Archive: gone from the active list, found under Archived, back with Unarchive.
  await rows
    .filter({ hasText: 'Red Rock' })
    .getByRole('button', { name: /Actions for/ })
    .click();
  await page.getByRole('menuitem', { name: 'Archive' }).click();
  await expect(rows).toHaveCount(1);
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('Archived').click();
  await expect(rows).toHaveCount(1);
  await rows
    .first()
    .getByRole('button', { name: /Actions for/ })
    .click();
  await page.getByRole('menuitem', { name: 'Unarchive' }).click();
  await expect(rows).toHaveCount(0);
  await page.getByRole('radiogroup', { name: 'Show' }).getByText('All').click();
  await expect(rows).toHaveCount(2);

  // Duplicate.
  await rows
    .filter({ hasText: 'Westbrook' })
    .getByRole('button', { name: /Actions for/ })
    .click();
  await page.getByRole('menuitem', { name: 'Duplicate' }).click();
  await expect(rows).toHaveCount(3);

  // A new engagement from an existing one, as a template.
  await rows
    .filter({ hasText: 'Red Rock' })
    .getByRole('button', { name: /Actions for/ })
    .click();
  await page.getByRole('menuitem', { name: 'New engagement from this one…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  await expect(dialog.getByRole('tab', { name: 'From an engagement' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await dialog.getByLabel('Engagement name').fill('Blue Mesa early literacy, fall 2026');
  await dialog.getByLabel('Client').fill('Blue Mesa School District');
  await dialog.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByTestId('engagement-title')).toHaveText('Blue Mesa early literacy, fall 2026');
  const all = await app.services.handlers['engagement:list']({});
  const copy = all.items.find((m) => m.name === 'Blue Mesa early literacy, fall 2026');
  const copied = await app.services.handlers['engagement:get']({ id: copy?.id ?? '' });
  expect(copied.engagement.lines.length).toBeGreaterThan(0);
  expect(copied.engagement.client.name).toBe('Blue Mesa School District');
});

test('the empty home teaches the first step and a sample opens straight into the workspace', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  const empty = page.getByTestId('empty-home');
  await expect(empty).toContainText('Start your first engagement');
  await expect(empty).toContainText('Client profile and priority needs');
  await empty.getByRole('button', { name: 'Explore a sample' }).click();
  const dialog = page.getByRole('dialog', { name: 'New engagement' });
  await dialog.getByRole('radio', { name: /Red Rock Valley/ }).check();
  await dialog.getByRole('button', { name: 'Create engagement' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Client profile' })).toBeVisible();
  await expect(page.getByTestId('engagement-title')).toContainText('Red Rock Valley');
});
