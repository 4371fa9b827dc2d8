import { memo, useMemo } from 'react';
import { Button, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { DELIVERY_MODE_LABELS, PRIORITIES, lineName, type Engagement } from '../../../../shared/domain';
import { DRIVER_OPTIONS, PDCA_OPTIONS, STANDARD_OPTIONS } from '../../choices';
import { useDraftSelect } from '../context';
import { inventoryOptions, useDraftOptions, type Option } from '../options';
import {
  MultiSelectField,
  SegmentedField,
  SelectField,
  SwitchField,
  TextareaField,
  TextField,
} from '../fields';
import { PRIORITY_LABELS } from '../labels';
import { LinePricing, MinGroups, Quantity } from './LineParts';
import { CampusesAndDates, Dosage, FollowUps, LineLevel } from './LineTies';

const PRIORITY_OPTIONS = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));

interface Props {
  index: number;
  /** How many lines the plan has, for Move down. */
  count: number;
  onRemove: () => void;
  onMove: (to: number) => void;
}

function otherLines(e: Engagement, lineId: string): Option[] {
  return e.lines.filter((l) => l.id !== lineId).map((l) => ({ value: l.id, label: lineName(l, e.catalog) }));
}

/**
 * Everything about one plan line; only the open line renders this. It reads nothing that a
 * key press changes: each part below subscribes to its own fields, so typing a quantity
 * redraws the quantity row and not the dropdowns, the notes or the rest of the plan.
 */
export function LineEditor(props: Props) {
  const lineId = useDraftSelect((e) => e.lines[props.index]?.id);
  const serviceId = useDraftSelect((e) => e.lines[props.index]?.serviceId);
  if (lineId === undefined || serviceId === undefined) return null;
  return <LineFields lineId={lineId} serviceId={serviceId} {...props} />;
}

const LineFields = memo(function LineFields({
  lineId,
  serviceId,
  index,
  count,
  onRemove,
  onMove,
}: Props & { lineId: string; serviceId: string }) {
  const base = `lines.${index}`;
  const service = useDraftSelect((e) => e.catalog.find((s) => s.id === serviceId));
  const deliveryMode = useDraftSelect((e) => e.lines[index]?.deliveryMode ?? 'in_person');
  const others = useDraftOptions((e) => otherLines(e, lineId));
  const inventory = useDraftOptions(inventoryOptions);
  const needs = useDraftOptions((e) =>
    [...e.needs]
      .sort((a, b) => a.rank - b.rank)
      .map((n) => ({ value: n.id, label: `${n.rank}. ${n.statement || 'Unnamed need'}` })),
  );
  const phases = useDraftOptions((e) =>
    e.timeline.phases.map((p) => ({ value: p.id, label: p.name || 'Unnamed phase' })),
  );
  const modes = useMemo(
    () =>
      (service?.deliveryModes ?? [deliveryMode]).map((m) => ({ value: m, label: DELIVERY_MODE_LABELS[m] })),
    [service, deliveryMode],
  );
  const idPrefix = `line-${lineId}`;

  return (
    <Stack gap="md" p="xs" data-testid="line-editor">
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextField
            path={`${base}.title`}
            label="Title"
            description={`Leave empty to use “${service?.name ?? serviceId}”`}
            placeholder={service?.name}
            data-autofocus
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Text size="sm" fw={500} id={`${idPrefix}-priority`}>
            Priority
          </Text>
          <SegmentedField
            path={`${base}.priority`}
            aria-labelledby={`${idPrefix}-priority`}
            mt={4}
            data={PRIORITY_OPTIONS}
          />
        </Grid.Col>
      </Grid>

      <Quantity index={index} service={service} />

      <Group gap="lg" align="flex-end" wrap="wrap">
        <SwitchField path={`${base}.scalable`} label="Sizing may trim it" />
        <MinGroups index={index} />
        <Dosage index={index} />
        <div>
          <Text size="sm" fw={500} id={`${idPrefix}-mode`}>
            Delivery
          </Text>
          <SegmentedField
            path={`${base}.deliveryMode`}
            aria-labelledby={`${idPrefix}-mode`}
            mt={4}
            data={modes}
          />
        </div>
        <div>
          <Text size="sm" fw={500} id={`${idPrefix}-pdca`}>
            PDCA stage
          </Text>
          <SegmentedField
            path={`${base}.pdcaStage`}
            aria-labelledby={`${idPrefix}-pdca`}
            mt={4}
            data={PDCA_OPTIONS}
          />
        </div>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MultiSelectField
          path={`${base}.dependsOn`}
          label="Depends on"
          placeholder={others.length ? 'Lines that must come first' : 'No other lines yet'}
          data={others}
          searchable
          clearable
          limit={50}
        />
        <MultiSelectField
          path={`${base}.buildsOn`}
          label="Builds on (inventory)"
          placeholder={inventory.length ? 'What already works' : 'Nothing inventoried yet'}
          data={inventory}
          searchable
          clearable
        />
        <MultiSelectField
          path={`${base}.needIds`}
          label="Serves priority needs"
          placeholder={needs.length ? 'Which needs' : 'No needs recorded yet'}
          data={needs}
          searchable
          clearable
        />
        <SelectField
          path={`${base}.phaseId`}
          label="Phase"
          placeholder={phases.length ? 'Any time in the window' : 'No phases defined'}
          data={phases}
          clearable
        />
        <MultiSelectField
          path={`${base}.drivers`}
          label="Implementation drivers it serves"
          data={DRIVER_OPTIONS}
          clearable
        />
        <MultiSelectField
          path={`${base}.standards`}
          label="Standards it serves"
          data={STANDARD_OPTIONS}
          clearable
        />
        <LineLevel index={index} />
      </SimpleGrid>
      <FollowUps index={index} />
      <CampusesAndDates index={index} />
      <TextareaField path={`${base}.notes`} label="Notes" autosize minRows={1} />

      <LinePricing index={index} service={service} />

      <Group justify="space-between">
        <Group gap="xs">
          <Button
            variant="default"
            size="xs"
            leftSection={<IconArrowUp size={14} aria-hidden />}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            Move up
          </Button>
          <Button
            variant="default"
            size="xs"
            leftSection={<IconArrowDown size={14} aria-hidden />}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            Move down
          </Button>
        </Group>
        <Button
          variant="subtle"
          color="red"
          size="xs"
          leftSection={<IconTrash size={14} aria-hidden />}
          onClick={onRemove}
        >
          Remove line
        </Button>
      </Group>
    </Stack>
  );
});
