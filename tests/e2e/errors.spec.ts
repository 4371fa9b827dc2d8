import { expect, test } from './harness';

test('a call with a bad argument gets a typed error envelope, not a crash', async ({ app }) => {
  const { page } = app;
  await app.open();
  const result = await page.evaluate(async () => {
    const info = window.api.app.info as unknown as (input: unknown) => Promise<unknown>;
    return info({ unexpected: true });
  });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  expect((result as { error: { message: string } }).error.message).toMatch(/Invalid input/);
  // The app keeps working after the bad call.
  const good = await page.evaluate(() => window.api.app.info());
  expect(good).toMatchObject({ ok: true, value: { dataDir: app.dataDir } });
});
