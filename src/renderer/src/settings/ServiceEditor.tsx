import {
  Checkbox,
  Group,
  MultiSelect,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { DELIVERY_MODE_LABELS, type DeliveryMode } from '@shared/domain';
import {
  CATEGORY_OPTIONS,
  DELIVERY_MODE_OPTIONS,
  DRIVER_OPTIONS,
  PDCA_OPTIONS,
  STANDARD_OPTIONS,
} from '../choices';
import { ServiceNumber, ServiceText, type ServiceEditorProps } from './service-fields';
import { ServiceWorkTable } from './ServiceWorkTable';

const CALENDAR = [
  { value: 'pd_day', label: 'On a district PD day' },
  { value: 'visit', label: 'As a consultant visit day' },
  { value: 'flexible', label: 'Any time' },
];

/** What the service is and is called, and its units. */
function ServiceBasics(props: ServiceEditorProps) {
  const { service, onChange } = props;
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ServiceText {...props} path="name" label="Service name" />
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
        <ServiceText {...props} path="unit.singular" label="Unit" placeholder="session day" />
        <ServiceText {...props} path="unit.plural" label="Units" placeholder="session days" />
        <ServiceText {...props} path="group.singular" label="Group" placeholder="cohort" />
        <ServiceText {...props} path="group.plural" label="Groups" placeholder="cohorts" />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <ServiceNumber {...props} path="hoursPerUnit" label="Hours per unit" step={0.25} decimal />
        <ServiceNumber {...props} path="unitsPerTrip" label="Units per trip" />
        <ServiceNumber {...props} path="unitsPerDay" label="Units per visit day" />
        <ServiceNumber {...props} path="defaultParticipantsPerGroup" label="Participants per group" />
      </SimpleGrid>
    </>
  );
}

/** How it is delivered, priced and placed on the calendar. */
function ServiceDelivery({ service, rateCard, onChange, errorFor }: ServiceEditorProps) {
  return (
    <>
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
    </>
  );
}

/** What it carries per participant, whether sizing may trim it, and what it serves. */
function ServiceServes({ service, onChange }: ServiceEditorProps) {
  return (
    <>
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
    </>
  );
}

/** One catalog service: what it is, its units, how it is delivered and priced, and the work at each level. */
export function ServiceEditor(props: ServiceEditorProps) {
  return (
    <Stack gap="sm">
      <ServiceBasics {...props} />
      <ServiceDelivery {...props} />
      <ServiceServes {...props} />
      <ServiceWorkTable {...props} />
    </Stack>
  );
}
