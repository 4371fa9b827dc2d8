import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './harness';
import { STEPS, openStep, seedSample } from './fixtures';

/** Serious and critical axe findings on what is on screen, as readable lines. */
async function problems(page: Page, screen: string): Promise<string[]> {
  // Transitions settle first, so colours are read at rest, not mid-fade.
  await page.waitForTimeout(250);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

test('no serious or critical accessibility problems on any screen', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const found: string[] = [];

  await app.open();
  await page.getByTestId('empty-home').waitFor();
  found.push(...(await problems(page, 'home (empty)')));
  await page.keyboard.press('Control+N');
  await page.getByRole('dialog', { name: 'New engagement' }).waitFor();
  found.push(...(await problems(page, 'new engagement dialog')));
  await page.getByRole('tab', { name: 'From a sample' }).click();
  await page.getByRole('radio').first().waitFor();
  found.push(...(await problems(page, 'new engagement dialog, samples')));
  await page.keyboard.press('Escape');

  const id = await seedSample(app, 'mid');
  await page.reload();
  await page.getByTestId('engagement-table').waitFor();
  found.push(...(await problems(page, 'home (list)')));

  for (const step of STEPS) {
    await openStep(app, id, step);
    if (step === 'sizing') await page.locator('.recharts-surface').first().waitFor();
    found.push(...(await problems(page, `step ${step}`)));
  }
  await openStep(app, id, 'north-star');
  await page.getByTestId('plan-line').first().getByRole('button').click();
  await page.getByTestId('line-editor').waitFor();
  found.push(...(await problems(page, 'north star, line open')));

  await openStep(app, id, 'sizing');
  await page.keyboard.press('Control+Shift+M');
  found.push(...(await problems(page, 'sizing, meeting mode')));
  await page.keyboard.press('Control+Shift+M');

  await page.keyboard.press('Control+E');
  await page.getByRole('dialog', { name: 'Export the scope of work' }).waitFor();
  found.push(...(await problems(page, 'export dialog')));
  await page.keyboard.press('Escape');
  await page.keyboard.press('F1');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  found.push(...(await problems(page, 'shortcuts dialog')));
  await page.keyboard.press('Escape');

  for (const tab of ['profile', 'rate-card', 'catalog', 'terms', 'data']) {
    await page.goto(`http://northstar.test/index.html#/settings/${tab}`);
    await page.getByRole('tab', { selected: true }).waitFor();
    if (tab === 'catalog') await page.getByRole('button', { name: 'Face-to-face cohort session' }).click();
    if (tab === 'terms') await page.getByRole('button', { name: '1. Payment terms' }).click();
    found.push(...(await problems(page, `settings ${tab}`)));
  }
  await page.goto('http://northstar.test/index.html#/about');
  await page.getByTestId('data-dir').waitFor();
  found.push(...(await problems(page, 'about')));

  expect(found).toEqual([]);
});
