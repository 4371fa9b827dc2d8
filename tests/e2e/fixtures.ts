import { STEP_IDS } from '../../src/shared/flow';
import type { AppHarness } from './harness';

/** The steps of an engagement, in the order the app guides them. */
export const STEPS = STEP_IDS;

export const SAMPLES = {
  small: 'small-rural-district',
  mid: 'mid-size-suburban-district',
  large: 'large-urban-system',
} as const;

/** Creates an engagement from a shipped sample straight through the services, returns its id. */
export async function seedSample(app: AppHarness, sample: keyof typeof SAMPLES = 'mid'): Promise<string> {
  const created = await app.services.handlers['engagement:create']({
    from: 'sample',
    sampleId: SAMPLES[sample],
  });
  return created.engagement.id;
}

/** Opens the app on one step of an engagement. */
export async function openStep(app: AppHarness, id: string, step: string): Promise<void> {
  await app.page.goto(`http://northstar.test/index.html#/engagement/${id}/${step}`);
  await app.page.locator('[data-step-heading]').waitFor();
}

/** Waits until the save indicator says everything is in the database. */
export async function saved(app: AppHarness): Promise<void> {
  await app.page.locator('[data-testid="save-status"][data-state="saved"]').waitFor();
}
