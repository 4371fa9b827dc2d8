import { test as base, expect } from '@playwright/test';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServices } from '../../src/main/services';
import { openStore } from '../../src/main/store';
import { scriptedDesktop } from '../support/desktop';
import { APP_ORIGIN, installApi, serveRenderer } from './harness';

/**
 * The problem screen, end to end: the database file is empty while a good backup sits beside
 * it. The page must say so instead of opening as an empty app, and restoring brings the work
 * back.
 */
base(
  'an empty database file gets a screen of its own, and the backup comes back',
  async ({ page }, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'northstar-e2e-damaged-'));
    const seed = openStore(dataDir, { backupIntervalMs: null });
    seed.createBlank('Riverside literacy coaching', 'Riverside USD');
    await seed.backupNow();
    seed.close();
    await writeFile(join(dataDir, 'northstar.db'), '');
    await mkdir(join(dataDir, 'exports'));

    const services = createServices({
      dataDir,
      appName: 'Northstar Scope',
      appVersion: '0.0.0-test',
      versions: { node: process.versions.node },
      resourcesDir: resolve(__dirname, '../../resources'),
      desktop: scriptedDesktop(join(dataDir, 'exports')),
      warmPdfWorker: false,
    });
    try {
      await serveRenderer(page);
      await installApi(page, services);
      await page.goto(`${APP_ORIGIN}/index.html`);

      const screen = page.getByTestId('store-problem');
      await expect(screen.getByRole('heading', { name: 'The database file is empty' })).toBeVisible();
      await expect(screen).toContainText('none of your engagements are in it');
      await expect(screen.getByTestId('recover-restore_backup')).toContainText('Restore the backup from');
      await expect(screen.getByTestId('recover-start_empty')).toBeVisible();
      await expect(screen.getByTestId('recover-choose_folder')).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath('empty-database.png'), fullPage: true });

      await screen.getByTestId('recover-restore_backup').click();
      await expect(page.getByText('Riverside literacy coaching').first()).toBeVisible();
      await expect(page.getByTestId('store-problem')).toHaveCount(0);
    } finally {
      services.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
);
