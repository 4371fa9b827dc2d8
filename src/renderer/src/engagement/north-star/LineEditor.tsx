import { memo, useMemo } from 'react';
import { Button, Grid, Group, Stack, Text, type SegmentedControlProps } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { DELIVERY_MODE_LABELS, PRIORITIES, type CatalogService } from '@shared/domain';
import { PDCA_OPTIONS } from '../../choices';
import { useDraftSelect } from '../context';
import { SegmentedField, SwitchField, TextareaField, TextField } from '../fields';
import { PRIORITY_LABELS } from '../labels';
import { LinePricing, MinGroups, Quantity } from './LineParts';
import { CampusesAndDates, DependsOnAndServes, Dosage, FollowUps } from './LineTies';
import { RemoveButton } from '../../components/RemoveButton';

const PRIORITY_OPTIONS = PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));

interface Props {
  index: number;
  /** How many lines the plan has, for Move down. */
  count: number;
  onRemove: () => void;
  onMove: (to: number) => void;
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
  const service = useDraftSelect((e) => e.catalog.find((s) => s.id === serviceId));
  const idPrefix = `line-${lineId}`;
  return (
    <Stack gap="md" p="xs" data-testid="line-editor">
      <TitleAndPriority index={index} idPrefix={idPrefix} service={service} serviceId={serviceId} />
      <Quantity index={index} service={service} />
      <Delivery index={index} idPrefix={idPrefix} service={service} />
      <DependsOnAndServes index={index} lineId={lineId} />
      <FollowUps index={index} />
      <CampusesAndDates index={index} />
      <TextareaField path={`lines.${index}.notes`} label="Notes" autosize minRows={1} />
      <LinePricing index={index} service={service} />
      <MoveAndRemove index={index} count={count} onRemove={onRemove} onMove={onMove} />
    </Stack>
  );
});

interface PartProps {
  index: number;
  /** Prefix of the ids the part's labels are found by ("line-<id>"). */
  idPrefix: string;
  service: CatalogService | undefined;
}

/** A segmented choice under its own label, which names it for screen readers. */
function LabelledSegments({
  id,
  label,
  path,
  data,
}: {
  id: string;
  label: string;
  path: string;
  data: SegmentedControlProps['data'];
}) {
  return (
    <>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedField path={path} aria-labelledby={id} mt={4} data={data} />
    </>
  );
}

/** What is delivered: the line's title (the service's name when left empty) and its priority. */
function TitleAndPriority({ index, idPrefix, service, serviceId }: PartProps & { serviceId: string }) {
  const base = `lines.${index}`;
  return (
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
        <LabelledSegments
          id={`${idPrefix}-priority`}
          label="Priority"
          path={`${base}.priority`}
          data={PRIORITY_OPTIONS}
        />
      </Grid.Col>
    </Grid>
  );
}

/** How it is delivered: whether sizing may trim it and how far, in person or not, its PDCA stage. */
function Delivery({ index, idPrefix, service }: PartProps) {
  const base = `lines.${index}`;
  const deliveryMode = useDraftSelect((e) => e.lines[index]?.deliveryMode ?? 'in_person');
  const modes = useMemo(
    () =>
      (service?.deliveryModes ?? [deliveryMode]).map((m) => ({ value: m, label: DELIVERY_MODE_LABELS[m] })),
    [service, deliveryMode],
  );
  return (
    <Group gap="lg" align="flex-end" wrap="wrap">
      <SwitchField path={`${base}.scalable`} label="Sizing may trim it" />
      <MinGroups index={index} />
      <Dosage index={index} />
      <div>
        <LabelledSegments
          id={`${idPrefix}-mode`}
          label="Delivery"
          path={`${base}.deliveryMode`}
          data={modes}
        />
      </div>
      <div>
        <LabelledSegments
          id={`${idPrefix}-pdca`}
          label="PDCA stage"
          path={`${base}.pdcaStage`}
          data={PDCA_OPTIONS}
        />
      </div>
    </Group>
  );
}

/** Move the line up or down the plan, or remove it. */
function MoveAndRemove({ index, count, onRemove, onMove }: Props) {
  return (
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
      <RemoveButton onClick={onRemove}>Remove line</RemoveButton>
    </Group>
  );
}
