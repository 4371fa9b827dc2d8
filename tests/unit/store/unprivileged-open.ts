/**
 * Opens the services over a data folder and walks a problem screen's actions, printing what
 * each channel answered as JSON. The damage tests run it as an unprivileged user, since
 * permission bits do not stop root.
 *   tsx unprivileged-open.ts <dataDir> <action|-> [folderAnswer]
 */
import { dispatch } from '../../../src/main/dispatch';
import { servicesIn } from '../../support/services';
import { scriptedDesktop } from '../../support/desktop';

async function main(): Promise<void> {
  const [dataDir = '', action = '-', folder] = process.argv.slice(2);
  const desktop = scriptedDesktop(dataDir);
  if (folder !== undefined) desktop.folderAnswers.push(folder);
  const services = servicesIn(dataDir, desktop);
  const call = (channel: string, input?: unknown) => dispatch(services.handlers, channel, input);
  const out: Record<string, unknown> = { problem: await call('store:problem') };
  if (action !== '-') {
    out.recovered = await call('store:recover', { action });
    out.list = await call('engagement:list', {});
    out.status = await call('store:status');
    const page = out.list as { ok: boolean; value?: { items: { id: string }[] } };
    const first = page.value?.items[0];
    if (first) {
      const got = (await call('engagement:get', { id: first.id })) as {
        ok: boolean;
        value?: { engagement: unknown };
      };
      out.save = await call('engagement:save', { engagement: got.value?.engagement, baseVersion: 1 });
    }
  }
  services.close();
  process.stdout.write(JSON.stringify(out));
}

void main();
