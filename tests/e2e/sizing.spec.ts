import { expect, test } from './harness';
import { openStep, saved, seedSample } from './fixtures';

test('changing the budget changes the funded lines at once, and the new budget is saved', async ({ app }) => {
  const { page } = app;
  const id = await seedSample(app, 'mid');
  await openStep(app, id, 'sizing');
  const funded = page.getByTestId('funded-line');
  const deferred = page.getByTestId('deferred-line');
  await expect(funded.first()).toBeVisible();
  const before = {
    funded: await funded.count(),
    deferred: await deferred.count(),
    total: await page.getByTestId('funded-total').textContent(),
  };
  expect(before.deferred).toBeGreaterThan(0);

  // Less money: fewer lines funded, more deferred, each with its reason.
  await page.getByTestId('what-if-budget').fill('40000');
  await expect.poll(() => funded.count()).toBeLessThan(before.funded);
  expect(await deferred.count()).toBeGreaterThan(before.deferred);
  await expect(page.getByTestId('funded-total')).not.toHaveText(before.total ?? '');
  await expect(page.getByTestId('sizing-figures')).toContainText('of $40,000.00');
  await expect(page.getByTestId('deferred-line').first()).toContainText('of the $40,000 budget');
  await expect(page.getByTestId('deferred-note').first()).toContainText('more would fund all of it');

  // The slider, from the keyboard: more money funds more.
  const slider = page.getByRole('slider', { name: 'Budget' });
  await slider.focus();
  const fewer = await funded.count();
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => funded.count()).toBeGreaterThan(fewer);
  const tried = Number((await slider.getAttribute('aria-valuenow')) ?? '0');
  // The figures shown while the thumb moves are the ones the saved budget has (travel shared),
  // as the engagement reopened shows them.
  const figures = page.getByTestId('sizing-figures');
  const whileTrying = await figures.textContent();
  const summaryWhileTrying = await page.getByTestId('sizing-summary').textContent();
  await saved(app);
  const stored = await app.services.handlers['engagement:get']({ id });
  expect(stored.engagement.budget.amountCents).toBe(tried);
  await page.reload();
  await expect(figures).toHaveText(whileTrying ?? '');
  await expect(page.getByTestId('sizing-summary')).toHaveText(summaryWhileTrying ?? '');
  await page.screenshot({ path: 'test-results/screens/sizing-after-what-if.png', fullPage: true });
});

test('arrow keys at a person’s pace show the figures of the plan as it is now, never of the plan before a change', async ({
  app,
}) => {
  const { page } = app;
  const id = await seedSample(app, 'mid');
  await openStep(app, id, 'sizing');
  const slider = page.getByRole('slider', { name: 'Budget' });
  const figures = page.getByTestId('sizing-figures');
  const budget = async () => Number((await slider.getAttribute('aria-valuenow')) ?? '0');
  // Up two steps and back one, pausing between keys: the budgets a key away are sized ahead.
  await slider.focus();
  const start = await budget();
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowLeft']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(150);
  }
  expect(await budget()).toBeGreaterThan(start);
  await saved(app);
  // Up and back before the slider rests, to the budget just saved: nothing to save, and it says so.
  const rested = await budget();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  expect(await budget()).toBe(rested);
  await saved(app);
  await page.screenshot({ path: 'test-results/screens/sizing-step-and-back.png' });

  // The plan changes under the budgets sized ahead: a line that waits is kept funded by hand.
  await page
    .getByTestId('deferred-line')
    .filter({ has: page.getByRole('combobox') })
    .first()
    .getByRole('combobox')
    .selectOption('funded');
  await saved(app);

  // A step to a budget sized before the change shows the changed plan's figures, as reopened.
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  const shown = await figures.textContent();
  const tried = await budget();
  await saved(app);
  expect((await app.services.handlers['engagement:get']({ id })).engagement.budget.amountCents).toBe(tried);
  await page.reload();
  await expect(figures).toHaveText(shown ?? '');
});

test('pinning a deferred line keeps it funded, and the pin is saved', async ({ app }) => {
  const { page } = app;
  const id = await seedSample(app, 'mid');
  await openStep(app, id, 'sizing');
  // The first line that waits whole (a trimmed line's remainder has no pin of its own).
  const row = page
    .getByTestId('deferred-line')
    .filter({ has: page.getByRole('combobox') })
    .first();
  const lineId = (await row.getAttribute('data-line-id')) ?? '';
  await row.getByRole('combobox').selectOption('funded');
  const pinned = page.locator(`[data-testid="funded-line"][data-line-id="${lineId}"]`);
  await expect(pinned).toContainText('Kept funded by hand');
  await expect(page.locator(`[data-testid="deferred-line"][data-line-id="${lineId}"]`)).toHaveCount(0);
  await saved(app);
  const stored = await app.services.handlers['engagement:get']({ id });
  expect(stored.engagement.lines.find((l) => l.id === lineId)?.pin).toBe('funded');
});

test('meeting mode hides rates and hours and enlarges the type', async ({ app }) => {
  const { page } = app;
  const id = await seedSample(app, 'mid');
  await openStep(app, id, 'sizing');
  await expect(page.getByText(/Consultant time in the funded phase/)).toBeVisible();
  const size = () =>
    page.locator('[data-step-heading]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const normal = await size();
  await page.keyboard.press('Control+Shift+M');
  await expect(page.getByTestId('meeting-toggle')).toBeChecked();
  await expect(page.getByText(/Consultant time in the funded phase/)).toHaveCount(0);
  expect(await size()).toBeGreaterThan(normal);
  await page.locator('[data-step="budget-timeline"]').click();
  await expect(page.getByText(/Rates for this engagement/)).toHaveCount(0);
  await page.locator('[data-step="north-star"]').click();
  await page.getByTestId('plan-line').first().getByRole('button').click();
  await expect(page.getByText(/consultant hours per/)).toHaveCount(0);
  // Remembered, so a restart in front of the district does not reveal rates.
  await page.reload();
  await expect(page.getByTestId('meeting-toggle')).toBeChecked();
  await page.getByTestId('meeting-toggle').click();
  await expect(page.getByText(/consultant hours per/)).toHaveCount(0);
});
