import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { SettingsSchema } from '@shared/channels/settings';
import { api, call, errorText } from '../api';

export type Settings = z.infer<typeof SettingsSchema>;

export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    call(api.settings.get()).then(setSettings, (e: unknown) => setError(errorText(e)));
  }, []);
  const update = useCallback((next: Settings) => setSettings(next), []);
  return { settings, error, update };
}
