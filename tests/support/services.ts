import { resolve } from 'node:path';
import type { Desktop } from '../../src/main/desktop';
import { dispatch } from '../../src/main/dispatch';
import type { Result } from '../../src/shared/api';
import { createServices, type Services } from '../../src/main/services';
import { scriptedDesktop } from './desktop';

export const RESOURCES_DIR = resolve(__dirname, '../../resources');

/**
 * The real handler table over a store in `dataDir`, as the app builds it; native dialogs are
 * scripted (by default, save dialogs answer a path in `dataDir`).
 */
export function servicesIn(
  dataDir: string,
  desktop: Desktop = scriptedDesktop(dataDir),
  appVersion = '0.0.0-test',
): Services {
  return createServices({
    dataDir,
    appName: 'Northstar Scope',
    appVersion,
    versions: { node: process.versions.node },
    resourcesDir: RESOURCES_DIR,
    desktop,
    warmPdfWorker: false,
  });
}

/**
 * Calls channels the way the page does (through `dispatch`, with its validation and envelopes)
 * on whichever services `current` returns: `call` gives the envelope, `value` unwraps it or throws.
 */
export function caller(current: () => Services) {
  const call = (channel: string, input?: unknown): Promise<Result<unknown>> =>
    dispatch(current().handlers, channel, input, current().log);
  const value = async <T>(channel: string, input?: unknown): Promise<T> => {
    const result = await call(channel, input);
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
    return result.value as T;
  };
  /** Names the consultancy, as the app asks once before the first export. */
  const nameConsultancy = async (name = 'Bright Path Learning Partners'): Promise<void> => {
    const { profile } = await value<{ profile: Record<string, unknown> }>('settings:get');
    await value('settings:saveProfile', { ...profile, name });
  };
  return { call, value, nameConsultancy };
}
