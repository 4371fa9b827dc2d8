import { useMemo } from 'react';
import { Button, Grid, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import {
  DELIVERY_MODE_LABELS,
  DRIVER_INFO,
  DRIVER_KEYS,
  PDCA_LABELS,
  PDCA_STAGES,
  PRIORITIES,
  STANDARD_INFO,
  lineName,
  type Engagement,
  type PlanLine,
  type StandardId,
} from '../../../../shared/domain';
import { linePricing } from '../../../../shared/scoping';
import { formatMoney } from '../../../../shared/money';
import { Internal } from '../../app/meeting-mode';
import { useDraftSelect, useFieldError, useScope, useWorkspace } from '../context';
import {
  MultiSelectField,
  NumberField,
  SegmentedField,
  SelectField,
  SwitchField,
  TextareaField,
  TextField,
} from '../fields';
import { num, PRIORITY_LABELS } from '../labels';

const STANDARD_OPTIONS = (Object.keys(STANDARD_INFO) as StandardId[]).map((k) => ({
  value: k,
  label: STANDARD_INFO[k].label,
}));
const DRIVER_OPTIONS = DRIVER_KEYS.map((k) => ({ value: k, label: DRIVER_INFO[k].label }));

const capitalize = (word: string) => `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;

/** "grade-level teams" also names one group: "grade-level team". Empty means the service's own word. */
function groupLabelFrom(text: string): { singular: string; plural: string } | null {
  const plural = text.replace(/^\s+/, '');
  if (plural.trim() === '') return null;
  const trimmed = plural.trim();
  const singular = /ies$/i.test(trimmed)
    ? `${trimmed.slice(0, -3)}y`
    : /[^s]s$/i.test(trimmed)
      ? trimmed.slice(0, -1)
      : trimmed;
  return { singular, plural };
}

interface Props {
  index: number;
  /** How many lines the plan has, for Move down. */
  count: number;
  onRemove: () => void;
  onMove: (to: number) => void;
}

type Option = { value: string; label: string };

/**
 * A list of options read from the draft, rebuilt only when the labels themselves change
 * (not on every key press elsewhere in the plan). The dropdowns render them only when open.
 */
function useOptions(select: (e: Engagement) => Option[]): Option[] {
  const key = useDraftSelect((e) => JSON.stringify(select(e)));
  return useMemo(() => JSON.parse(key) as Option[], [key]);
}

function otherLines(e: Engagement, lineId: string): Option[] {
  return e.lines.filter((l) => l.id !== lineId).map((l) => ({ value: l.id, label: lineName(l, e.catalog) }));
}

/** Everything about one plan line; only the open line renders this, so long plans stay quick. */
export function LineEditor(props: Props) {
  const line = useDraftSelect((e) => e.lines[props.index]);
  return line ? <LineFields line={line} {...props} /> : null;
}

function LineFields({ line, index, count, onRemove, onMove }: Props & { line: PlanLine }) {
  const { draft } = useWorkspace();
  const base = `lines.${index}`;
  const catalog = useDraftSelect((e) => e.catalog);
  const rateCard = useDraftSelect((e) => e.rateCard);
  const scope = useScope();
  const service = catalog.find((s) => s.id === line.serviceId);
  const others = useOptions((e) => otherLines(e, line.id));
  const inventory = useOptions((e) =>
    e.inventory.map((i) => ({ value: i.id, label: i.name || 'Unnamed item' })),
  );
  const needs = useOptions((e) =>
    [...e.needs]
      .sort((a, b) => a.rank - b.rank)
      .map((n) => ({ value: n.id, label: `${n.rank}. ${n.statement || 'Unnamed need'}` })),
  );
  const phases = useOptions((e) =>
    e.timeline.phases.map((p) => ({ value: p.id, label: p.name || 'Unnamed phase' })),
  );
  const pluralError = useFieldError(`${base}.groupLabel.plural`);
  const singularError = useFieldError(`${base}.groupLabel.singular`);
  const groupLabelError = pluralError ?? singularError;
  const unit = service?.unit.plural ?? 'units';
  const groupWord = line.groupLabel?.plural || service?.group.plural || 'groups';
  const groupOne = line.groupLabel?.singular || service?.group.singular || 'group';
  const level = scope.sizing.lines.find((s) => s.lineId === line.id)?.level ?? scope.advice.effective;
  const pricing = service ? linePricing(line, service, level, rateCard) : null;
  const currency = rateCard.currency;
  const idPrefix = `line-${line.id}`;

  return (
    <Stack gap="md" p="xs" data-testid="line-editor">
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextField
            path={`${base}.title`}
            label="Title"
            description={`Leave empty to use “${service?.name ?? line.serviceId}”`}
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
            data={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
          />
        </Grid.Col>
      </Grid>

      <div>
        <Text size="sm" fw={500}>
          Quantity, from real units
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NumberField
            path={`${base}.quantity.count`}
            label={capitalize(unit)}
            description={`per ${groupOne}`}
            min={1}
            allowDecimal={false}
            w={150}
          />
          <Text pb={10} aria-hidden>
            ×
          </Text>
          <NumberField
            path={`${base}.quantity.groups`}
            label={capitalize(groupWord)}
            description="in the north star"
            min={1}
            allowDecimal={false}
            w={150}
          />
          <Text pb={10} aria-hidden>
            =
          </Text>
          <Text pb={10} pr="md" fw={600} data-testid="line-units" style={{ whiteSpace: 'nowrap' }}>
            {num(line.quantity.count) * num(line.quantity.groups)} {unit}
          </Text>
          {(service?.materials || service?.licensed) && (
            <NumberField
              path={`${base}.quantity.participantsPerGroup`}
              label={`Participants per ${groupOne}`}
              description={service.licensed ? 'each takes an on-demand seat' : 'each gets printed materials'}
              min={0}
              allowDecimal={false}
              w={200}
            />
          )}
          <TextInput
            label="Groups are called"
            description="if not the service's word"
            placeholder={service?.group.plural}
            w={180}
            value={line.groupLabel?.plural ?? ''}
            onChange={(e) => draft.set(`${base}.groupLabel`, groupLabelFrom(e.currentTarget.value))}
            error={groupLabelError}
            onBlur={() => draft.leave(`${base}.groupLabel.plural`)}
          />
        </Group>
      </div>

      <Group gap="lg" align="flex-end" wrap="wrap">
        <SwitchField path={`${base}.scalable`} label="Sizing may fund fewer groups" />
        {line.scalable && (
          <NumberField
            path={`${base}.quantity.minGroups`}
            label="But never fewer than"
            min={1}
            allowDecimal={false}
            w={170}
          />
        )}
        <div>
          <Text size="sm" fw={500} id={`${idPrefix}-mode`}>
            Delivery
          </Text>
          <SegmentedField
            path={`${base}.deliveryMode`}
            aria-labelledby={`${idPrefix}-mode`}
            mt={4}
            data={(service?.deliveryModes ?? [line.deliveryMode]).map((m) => ({
              value: m,
              label: DELIVERY_MODE_LABELS[m],
            }))}
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
            data={PDCA_STAGES.map((s) => ({ value: s, label: PDCA_LABELS[s] }))}
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
      </SimpleGrid>
      <TextareaField path={`${base}.notes`} label="Notes" autosize minRows={1} />

      <Internal>
        {pricing && (
          <Text size="sm" c="dimmed" data-internal>
            At {level}: {pricing.planHoursPerUnit + pricing.leadHoursPerUnit} consultant hours per{' '}
            {service?.unit.singular} ({pricing.planHoursPerUnit} planning, {pricing.leadHoursPerUnit}{' '}
            leading), {formatMoney(pricing.feePerUnitCents, currency)} per {service?.unit.singular}
            {pricing.travelPerTripCents > 0
              ? `, travel ${formatMoney(pricing.travelPerTripCents, currency)} per trip`
              : ''}
            .
          </Text>
        )}
      </Internal>

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
}
