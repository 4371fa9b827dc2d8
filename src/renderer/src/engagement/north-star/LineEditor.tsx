import {
  Button,
  Grid,
  Group,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
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
  type CatalogService,
  type PlanLine,
  type StandardId,
} from '../../../../shared/domain';
import { linePricing } from '../../../../shared/scoping';
import { formatMoney } from '../../../../shared/money';
import { Internal } from '../../app/meeting-mode';
import { useEngagementForm, useWorkspace } from '../context';
import { useInput, useSetField } from '../fields';
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
  line: PlanLine;
  index: number;
  service: CatalogService | undefined;
  onRemove: () => void;
  onMove: (to: number) => void;
}

/** Everything about one plan line; only the open line renders this, so long plans stay quick. */
export function LineEditor({ line, index, service, onRemove, onMove }: Props) {
  const form = useEngagementForm();
  const input = useInput();
  const set = useSetField();
  const { scope, engagement, markVisited } = useWorkspace();
  const base = `lines.${index}`;
  const values = form.values;
  const others = values.lines
    .filter((l) => l.id !== line.id)
    .map((l) => ({ value: l.id, label: lineName(l, values.catalog) }));
  const inventory = values.inventory.map((i) => ({ value: i.id, label: i.name || 'Unnamed item' }));
  const needs = [...values.needs]
    .sort((a, b) => a.rank - b.rank)
    .map((n) => ({ value: n.id, label: `${n.rank}. ${n.statement || 'Unnamed need'}` }));
  const phases = values.timeline.phases.map((p) => ({ value: p.id, label: p.name || 'Unnamed phase' }));
  const unit = service?.unit.plural ?? 'units';
  const groupWord = line.groupLabel?.plural || service?.group.plural || 'groups';
  const groupOne = line.groupLabel?.singular || service?.group.singular || 'group';
  const level = scope.sizing.lines.find((s) => s.lineId === line.id)?.level ?? scope.advice.effective;
  const pricing = service ? linePricing(line, service, level, engagement.rateCard) : null;
  const currency = engagement.rateCard.currency;
  const idPrefix = `line-${line.id}`;

  return (
    <Stack gap="md" p="xs" data-testid="line-editor">
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextInput
            label="Title"
            description={`Leave empty to use “${service?.name ?? line.serviceId}”`}
            placeholder={service?.name}
            {...input(`${base}.title`)}
            data-autofocus
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Text size="sm" fw={500} id={`${idPrefix}-priority`}>
            Priority
          </Text>
          <SegmentedControl
            aria-labelledby={`${idPrefix}-priority`}
            mt={4}
            data={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
            {...input(`${base}.priority`)}
          />
        </Grid.Col>
      </Grid>

      <div>
        <Text size="sm" fw={500}>
          Quantity, from real units
        </Text>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <NumberInput
            label={capitalize(unit)}
            description={`per ${groupOne}`}
            min={1}
            allowDecimal={false}
            w={150}
            {...input(`${base}.quantity.count`)}
          />
          <Text pb={10} aria-hidden>
            ×
          </Text>
          <NumberInput
            label={capitalize(groupWord)}
            description="in the north star"
            min={1}
            allowDecimal={false}
            w={150}
            {...input(`${base}.quantity.groups`)}
          />
          <Text pb={10} aria-hidden>
            =
          </Text>
          <Text pb={10} pr="md" fw={600} data-testid="line-units" style={{ whiteSpace: 'nowrap' }}>
            {num(line.quantity.count) * num(line.quantity.groups)} {unit}
          </Text>
          {(service?.materials || service?.licensed) && (
            <NumberInput
              label={`Participants per ${groupOne}`}
              description={service.licensed ? 'each takes an on-demand seat' : 'each gets printed materials'}
              min={0}
              allowDecimal={false}
              w={200}
              {...input(`${base}.quantity.participantsPerGroup`)}
            />
          )}
          <TextInput
            label="Groups are called"
            description="if not the service's word"
            placeholder={service?.group.plural}
            w={180}
            value={line.groupLabel?.plural ?? ''}
            onChange={(e) => set(`${base}.groupLabel`, groupLabelFrom(e.currentTarget.value))}
            error={input(`${base}.groupLabel.plural`).error ?? input(`${base}.groupLabel.singular`).error}
            onBlur={() => markVisited(`${base}.groupLabel.plural`)}
          />
        </Group>
      </div>

      <Group gap="lg" align="flex-end" wrap="wrap">
        <Switch label="Sizing may fund fewer groups" {...input(`${base}.scalable`, { type: 'checkbox' })} />
        {line.scalable && (
          <NumberInput
            label="But never fewer than"
            min={1}
            allowDecimal={false}
            w={170}
            {...input(`${base}.quantity.minGroups`)}
          />
        )}
        <div>
          <Text size="sm" fw={500} id={`${idPrefix}-mode`}>
            Delivery
          </Text>
          <SegmentedControl
            aria-labelledby={`${idPrefix}-mode`}
            mt={4}
            data={(service?.deliveryModes ?? [line.deliveryMode]).map((m) => ({
              value: m,
              label: DELIVERY_MODE_LABELS[m],
            }))}
            {...input(`${base}.deliveryMode`)}
          />
        </div>
        <div>
          <Text size="sm" fw={500} id={`${idPrefix}-pdca`}>
            PDCA stage
          </Text>
          <SegmentedControl
            aria-labelledby={`${idPrefix}-pdca`}
            mt={4}
            data={PDCA_STAGES.map((s) => ({ value: s, label: PDCA_LABELS[s] }))}
            {...input(`${base}.pdcaStage`)}
          />
        </div>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MultiSelect
          label="Depends on"
          placeholder={others.length ? 'Lines that must come first' : 'No other lines yet'}
          data={others}
          searchable
          clearable
          {...input(`${base}.dependsOn`)}
        />
        <MultiSelect
          label="Builds on (inventory)"
          placeholder={inventory.length ? 'What already works' : 'Nothing inventoried yet'}
          data={inventory}
          searchable
          clearable
          {...input(`${base}.buildsOn`)}
        />
        <MultiSelect
          label="Serves priority needs"
          placeholder={needs.length ? 'Which needs' : 'No needs recorded yet'}
          data={needs}
          searchable
          clearable
          {...input(`${base}.needIds`)}
        />
        <Select
          label="Phase"
          placeholder={phases.length ? 'Any time in the window' : 'No phases defined'}
          data={phases}
          clearable
          {...input(`${base}.phaseId`)}
          onChange={(v) => set(`${base}.phaseId`, v ?? null)}
        />
        <MultiSelect
          label="Implementation drivers it serves"
          data={DRIVER_OPTIONS}
          clearable
          {...input(`${base}.drivers`)}
        />
        <MultiSelect
          label="Standards it serves"
          data={STANDARD_OPTIONS}
          clearable
          {...input(`${base}.standards`)}
        />
      </SimpleGrid>
      <Textarea label="Notes" autosize minRows={1} {...input(`${base}.notes`)} />

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
            disabled={index === values.lines.length - 1}
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
