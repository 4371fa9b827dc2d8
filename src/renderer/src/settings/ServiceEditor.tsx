import {
  Checkbox,
  Divider,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  DELIVERY_MODE_LABELS,
  SUPPORT_LEVEL_INFO,
  SUPPORT_LEVELS,
  type CatalogService,
  type DeliveryMode,
  type RateCard,
} from '../../../shared/domain';
import {
  CATEGORY_OPTIONS,
  DELIVERY_MODE_OPTIONS,
  DRIVER_OPTIONS,
  PARTY_OPTIONS,
  PDCA_OPTIONS,
  STANDARD_OPTIONS,
} from '../choices';
import { Internal } from '../app/meeting-mode';

const CALENDAR = [
  { value: 'pd_day', label: 'On a district PD day' },
  { value: 'visit', label: 'As a consultant visit day' },
  { value: 'flexible', label: 'Any time' },
];

function at(service: CatalogService, path: string): unknown {
  return path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], service);
}

interface Props {
  service: CatalogService;
  rateCard: RateCard;
  onChange: (path: string, value: unknown) => void;
  errorFor: (path: string) => string | undefined;
  onBlur: (path: string) => void;
}

/** One catalog service: what it is, its units, how it is delivered and priced, and the work at each level. */
export function ServiceEditor({ service, rateCard, onChange, errorFor, onBlur }: Props) {
  const text = (path: string, label: string, extra?: { placeholder?: string; description?: string }) => (
    <TextInput
      label={label}
      {...extra}
      value={at(service, path) as string}
      onChange={(e) => onChange(path, e.currentTarget.value)}
      error={errorFor(path)}
      onBlur={() => onBlur(path)}
    />
  );
  const number = (path: string, label: string, options: { step?: number; decimal?: boolean } = {}) => (
    <NumberInput
      label={label}
      min={0}
      step={options.step ?? 1}
      allowDecimal={options.decimal ?? false}
      decimalScale={options.decimal ? 2 : 0}
      value={at(service, path) as number}
      onChange={(v) => onChange(path, v)}
      error={errorFor(path)}
      onBlur={() => onBlur(path)}
    />
  );
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {text('name', 'Service name')}
        <Select
          label="Category"
          data={CATEGORY_OPTIONS}
          allowDeselect={false}
          value={service.category}
          onChange={(v) => v && onChange('category', v)}
        />
      </SimpleGrid>
      <Textarea
        label="Description"
        description="Printed in the scope of work"
        autosize
        minRows={2}
        value={service.description}
        onChange={(e) => onChange('description', e.currentTarget.value)}
      />
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {text('unit.singular', 'Unit', { placeholder: 'session day' })}
        {text('unit.plural', 'Units', { placeholder: 'session days' })}
        {text('group.singular', 'Group', { placeholder: 'cohort' })}
        {text('group.plural', 'Groups', { placeholder: 'cohorts' })}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {number('hoursPerUnit', 'Hours per unit', { step: 0.25, decimal: true })}
        {number('unitsPerTrip', 'Units per trip')}
        {number('unitsPerDay', 'Units per visit day')}
        {number('defaultParticipantsPerGroup', 'Participants per group')}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <MultiSelect
          label="Delivery modes"
          data={DELIVERY_MODE_OPTIONS}
          value={service.deliveryModes}
          onChange={(v) => onChange('deliveryModes', v)}
          error={errorFor('deliveryModes')}
        />
        <Select
          label="Default delivery"
          data={service.deliveryModes.map((m: DeliveryMode) => ({
            value: m,
            label: DELIVERY_MODE_LABELS[m],
          }))}
          value={service.defaultDeliveryMode}
          allowDeselect={false}
          onChange={(v) => v && onChange('defaultDeliveryMode', v)}
          error={errorFor('defaultDeliveryMode')}
        />
        <Select
          label="Priced by role"
          data={rateCard.roles.map((r) => ({ value: r.id, label: r.title }))}
          value={service.consultantRole}
          allowDeselect={false}
          onChange={(v) => v && onChange('consultantRole', v)}
          error={
            errorFor('consultantRole') ??
            (rateCard.roles.some((r) => r.id === service.consultantRole)
              ? undefined
              : 'The default rate card has no such role')
          }
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Where it lands on the calendar"
          data={CALENDAR}
          allowDeselect={false}
          value={service.calendar}
          onChange={(v) => v && onChange('calendar', v)}
        />
        <div>
          <Text size="sm" fw={500} id={`pdca-${service.id}`}>
            PDCA stage
          </Text>
          <SegmentedControl
            aria-labelledby={`pdca-${service.id}`}
            mt={4}
            data={PDCA_OPTIONS}
            value={service.pdcaStage}
            onChange={(v) => onChange('pdcaStage', v)}
          />
        </div>
      </SimpleGrid>
      <Group gap="xl">
        <Checkbox
          label="Printed materials per participant"
          checked={service.materials}
          onChange={(e) => onChange('materials', e.currentTarget.checked)}
        />
        <Checkbox
          label="On-demand seats per participant"
          checked={service.licensed}
          onChange={(e) => onChange('licensed', e.currentTarget.checked)}
        />
        <Checkbox
          label="Sizing may fund fewer groups"
          checked={service.scalable}
          onChange={(e) => onChange('scalable', e.currentTarget.checked)}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <MultiSelect
          label="Drivers it serves"
          data={DRIVER_OPTIONS}
          value={service.drivers}
          onChange={(v) => onChange('drivers', v)}
        />
        <MultiSelect
          label="Standards it serves"
          data={STANDARD_OPTIONS}
          value={service.standards}
          onChange={(v) => onChange('standards', v)}
        />
      </SimpleGrid>
      <Internal>
        <Divider label="Consultant work per unit, by support level" labelPosition="left" />
        <Table verticalSpacing={4} aria-label="Work per support level">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Level</Table.Th>
              <Table.Th>Planning hours</Table.Th>
              <Table.Th>Leading hours</Table.Th>
              <Table.Th>Who plans</Table.Th>
              <Table.Th>Who leads</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {SUPPORT_LEVELS.map((level) => (
              <Table.Tr key={level}>
                <Table.Td>{SUPPORT_LEVEL_INFO[level].label}</Table.Td>
                {(['planHours', 'leadHours'] as const).map((k) => (
                  <Table.Td key={k}>
                    <NumberInput
                      aria-label={`${SUPPORT_LEVEL_INFO[level].label} ${k === 'planHours' ? 'planning' : 'leading'} hours`}
                      min={0}
                      max={24}
                      step={0.25}
                      decimalScale={2}
                      value={service.work[level][k]}
                      onChange={(v) => onChange(`work.${level}.${k}`, v)}
                      error={errorFor(`work.${level}.${k}`)}
                    />
                  </Table.Td>
                ))}
                {(['plans', 'leads'] as const).map((k) => (
                  <Table.Td key={k}>
                    <Select
                      aria-label={`${SUPPORT_LEVEL_INFO[level].label}: who ${k === 'plans' ? 'plans' : 'leads'}`}
                      data={PARTY_OPTIONS}
                      allowDeselect={false}
                      value={service.work[level][k]}
                      onChange={(v) => v && onChange(`work.${level}.${k}`, v)}
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Internal>
    </Stack>
  );
}
