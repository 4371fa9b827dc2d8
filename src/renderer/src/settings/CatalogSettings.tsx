import { newId } from '../ids';
import { useState } from 'react';
import { Accordion, Badge, Button, Group, Menu, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCopy, IconPlus, IconTrash } from '@tabler/icons-react';
import { CatalogSchema, type Catalog, type CatalogService } from '../../../shared/domain';
import { api, call } from '../api';
import { ValueSaveStatus } from '../components/ValueSaveStatus';
import { ServiceEditor } from './ServiceEditor';
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
    const id = `removed-service-${removed.id}`;
    notifications.show({
      id,
      message: (
        <Group justify="space-between" wrap="nowrap">
          <Text size="sm">Removed “{removed.name}” from the default catalog</Text>
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(id);
              const current = draft.draft.getValues();
              commit([...current.slice(0, index), removed, ...current.slice(index)]);
            }}
          >
            Undo
          </Button>
        </Group>
      ),
    });
  };

  const problems = (index: number) => [...issues.keys()].filter((k) => k.startsWith(`${index}.`)).length;

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={3} size="h4">
            Service catalog
          </Title>
          <Text size="sm" c="dimmed">
            The services plan lines are built from. New engagements copy this catalog; engagements already
            started keep theirs.
          </Text>
        </div>
        <ValueSaveStatus state={draft.state} held={draft.problems.length} onRetry={draft.retry} />
      </Group>
      <Accordion variant="separated" value={open} onChange={setOpen} chevronPosition="left">
        {catalog.map((service, index) => (
          <Accordion.Item key={service.id} value={service.id}>
            <Accordion.Control>
              <Group justify="space-between" wrap="nowrap" pr="sm">
                <Text fw={600}>{service.name || 'Unnamed service'}</Text>
                <Group gap={6}>
                  {problems(index) > 0 && (
                    <Badge color="orange" variant="light">
                      {problems(index)} to fix
                    </Badge>
                  )}
                  <Badge variant="light" color="gray">
                    {service.unit.plural} × {service.group.plural}
                  </Badge>
                </Group>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {open === service.id && (
                <ServiceEditor
                  service={service}
                  rateCard={settings.rateCard}
                  onChange={(path, value) => draft.set(`${index}.${path}`, value)}
                  errorFor={(path) => draft.errorFor(`${index}.${path}`)}
                  onBlur={(path) => draft.leave(`${index}.${path}`)}
                />
              )}
              <Group justify="flex-end" mt="md">
                <Button
                  variant="default"
                  size="xs"
                  leftSection={<IconCopy size={14} aria-hidden />}
                  onClick={() => {
                    const copy = copyOf(service);
                    commit([...catalog.slice(0, index + 1), copy, ...catalog.slice(index + 1)]);
                    setOpen(copy.id);
                  }}
                >
                  Duplicate
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  leftSection={<IconTrash size={14} aria-hidden />}
                  onClick={() => remove(index)}
                >
                  Remove from catalog
                </Button>
              </Group>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <Group>
        <Menu>
          <Menu.Target>
            <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />}>
              Add a service based on…
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {catalog.map((s) => (
              <Menu.Item
                key={s.id}
                onClick={() => {
                  const copy = { ...copyOf(s), name: 'New service' };
                  commit([...catalog, copy]);
                  setOpen(copy.id);
                }}
              >
                {s.name}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Stack>
  );
}
