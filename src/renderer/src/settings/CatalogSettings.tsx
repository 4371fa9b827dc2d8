import { useState } from 'react';
import { Accordion, Stack, Text } from '@mantine/core';
import { CatalogSchema, type Catalog, type CatalogService } from '@shared/domain';
import { api, call } from '../api';
import { showUndo } from '../components/undo';
import { newId } from '../ids';
import { AddServiceMenu, CatalogItem } from './CatalogItem';
import { SettingsHeading } from './SettingsHeading';
import { useSettingDraft } from './useSettingDraft';
import type { Settings } from './useSettings';

function copyOf(service: CatalogService): CatalogService {
  return { ...structuredClone(service), id: newId(), name: `${service.name} (copy)` };
}

/** The default service catalog: new engagements copy it; engagements already started keep theirs. */
export function CatalogSettings({
  settings,
  onSaved,
}: {
  settings: Settings;
  onSaved: (s: Settings) => void;
}) {
  const draft = useSettingDraft(CatalogSchema, settings.catalog, (next: Catalog) =>
    call(api.settings.saveCatalog(next)).then(onSaved),
  );
  const { value: catalog, issues } = draft;
  const commit = (next: Catalog) => draft.set('', next);
  const [open, setOpen] = useState<string | null>(null);

  const remove = (index: number) => {
    const removed = catalog[index];
    if (!removed) return;
    commit(catalog.filter((_, i) => i !== index));
    showUndo({
      id: `removed-service-${removed.id}`,
      message: `Removed “${removed.name}” from the default catalog`,
      onUndo: () => {
        const current = draft.draft.getValues();
        commit([...current.slice(0, index), removed, ...current.slice(index)]);
      },
    });
  };
  const insert = (copy: CatalogService, at: number) => {
    commit([...catalog.slice(0, at), copy, ...catalog.slice(at)]);
    setOpen(copy.id);
  };

  const problems = (index: number) => [...issues.keys()].filter((k) => k.startsWith(`${index}.`)).length;

  return (
    <Stack gap="md">
      <SettingsHeading title="Service catalog" draft={draft}>
        <Text size="sm" c="dimmed">
          The services plan lines are built from. New engagements copy this catalog; engagements already
          started keep theirs.
        </Text>
      </SettingsHeading>
      <Accordion variant="separated" value={open} onChange={setOpen} chevronPosition="left">
        {catalog.map((service, index) => (
          <CatalogItem
            key={service.id}
            service={service}
            problems={problems(index)}
            open={open === service.id}
            rateCard={settings.rateCard}
            onChange={(path, value) => draft.set(`${index}.${path}`, value)}
            errorFor={(path) => draft.errorFor(`${index}.${path}`)}
            onBlur={(path) => draft.leave(`${index}.${path}`)}
            onDuplicate={() => insert(copyOf(service), index + 1)}
            onRemove={() => remove(index)}
          />
        ))}
      </Accordion>
      <AddServiceMenu
        catalog={catalog}
        onAdd={(s) => insert({ ...copyOf(s), name: 'New service' }, catalog.length)}
      />
    </Stack>
  );
}
