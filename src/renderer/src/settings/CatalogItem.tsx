import { Accordion, Badge, Button, Group, Menu, Text } from '@mantine/core';
import { IconCopy, IconPlus } from '@tabler/icons-react';
import type { Catalog, CatalogService, RateCard } from '@shared/domain';
import { ServiceEditor } from './ServiceEditor';
import { RemoveButton } from '../components/RemoveButton';

/** One service of the default catalog, folded: its name, what to fix, its units; open, its editor. */
export function CatalogItem({
  service,
  problems,
  open,
  rateCard,
  onChange,
  errorFor,
  onBlur,
  onDuplicate,
  onRemove,
}: {
  service: CatalogService;
  /** How many of its fields need fixing. */
  problems: number;
  open: boolean;
  rateCard: RateCard;
  onChange: (path: string, value: unknown) => void;
  errorFor: (path: string) => string | undefined;
  onBlur: (path: string) => void;
  onDuplicate: () => void;
  onRemove: () => void;
}) {
  return (
    <Accordion.Item value={service.id}>
      <Accordion.Control>
        <Group justify="space-between" wrap="nowrap" pr="sm">
          <Text fw={600}>{service.name || 'Unnamed service'}</Text>
          <Group gap={6}>
            {problems > 0 && (
              <Badge color="orange" variant="light">
                {problems} to fix
              </Badge>
            )}
            <Badge variant="light" color="gray">
              {service.unit.plural} × {service.group.plural}
            </Badge>
          </Group>
        </Group>
      </Accordion.Control>
      <Accordion.Panel>
        {open && (
          <ServiceEditor
            service={service}
            rateCard={rateCard}
            onChange={onChange}
            errorFor={errorFor}
            onBlur={onBlur}
          />
        )}
        <Group justify="flex-end" mt="md">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconCopy size={14} aria-hidden />}
            onClick={onDuplicate}
          >
            Duplicate
          </Button>
          <RemoveButton onClick={onRemove}>Remove from catalog</RemoveButton>
        </Group>
      </Accordion.Panel>
    </Accordion.Item>
  );
}

/** "Add a service based on…": a copy of one already in the catalog. */
export function AddServiceMenu({
  catalog,
  onAdd,
}: {
  catalog: Catalog;
  onAdd: (from: CatalogService) => void;
}) {
  return (
    <Group>
      <Menu>
        <Menu.Target>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />}>
            Add a service based on…
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {catalog.map((s) => (
            <Menu.Item key={s.id} onClick={() => onAdd(s)}>
              {s.name}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}
