import { Alert, Loader, Stack, Tabs, Title } from '@mantine/core';
import { navigate, type SettingsTab } from '../app/routing';
import { useMeetingMode } from '../app/meeting-mode';
import { CatalogSettings } from './CatalogSettings';
import { DataSettings } from './DataSettings';
import { ProfileSettings } from './ProfileSettings';
import { RateCardSettings } from './RateCardSettings';
import { TermsSettings } from './TermsSettings';
import { useSettings } from './useSettings';

export function SettingsScreen({ tab }: { tab: SettingsTab }) {
  const { settings, error, update } = useSettings();
  const { meeting } = useMeetingMode();
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={2}>Settings</Title>
      {error && (
        <Alert color="red" title="Settings could not be read" role="alert">
          {error}
        </Alert>
      )}
      {!settings && !error && <Loader aria-label="Loading settings" />}
      {settings && (
        <Tabs
          value={tab}
          onChange={(v) => v && navigate({ screen: 'settings', tab: v as SettingsTab })}
          keepMounted={false}
        >
          <Tabs.List>
            <Tabs.Tab value="profile">Consultancy and logo</Tabs.Tab>
            <Tabs.Tab value="rate-card">Rate card</Tabs.Tab>
            <Tabs.Tab value="catalog">Service catalog</Tabs.Tab>
            <Tabs.Tab value="terms">Terms</Tabs.Tab>
            <Tabs.Tab value="data">Data and backups</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="profile" pt="lg">
            <ProfileSettings settings={settings} onSaved={update} />
          </Tabs.Panel>
          <Tabs.Panel value="rate-card" pt="lg">
            {meeting ? (
              <Alert variant="light">Rates are hidden in meeting mode.</Alert>
            ) : (
              <RateCardSettings settings={settings} onSaved={update} />
            )}
          </Tabs.Panel>
          <Tabs.Panel value="catalog" pt="lg">
            <CatalogSettings settings={settings} onSaved={update} />
          </Tabs.Panel>
          <Tabs.Panel value="terms" pt="lg">
            <TermsSettings settings={settings} onSaved={update} />
          </Tabs.Panel>
          <Tabs.Panel value="data" pt="lg">
            <DataSettings />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
