import { TextInput, Group, Text } from '@mantine/core';
import type { CatalogService } from '@shared/domain';
import { formatMoney } from '@shared/money';
import { linePricing } from '@shared/scoping';
import { Internal } from '../../app/meeting-mode';
import { afterPointerRelease } from '../../components/pointer';
import { useDraftSelect, useFieldError, useReading, useWorkspace } from '../context';
import { NumberField } from '../fields';
import { num } from '../labels';
import { upperFirst } from '@shared/words';

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

interface PartProps {
  index: number;
  service: CatalogService | undefined;
}

/** Units × groups = the line's quantity, and what the groups are called: the row a key press redraws. */
export function Quantity({ index, service }: PartProps) {
  const { draft } = useWorkspace();
  const base = `lines.${index}`;
  const quantity = useDraftSelect((e) => e.lines[index]?.quantity);
  const groupLabel = useDraftSelect((e) => e.lines[index]?.groupLabel ?? null);
  const pluralError = useFieldError(`${base}.groupLabel.plural`);
  const singularError = useFieldError(`${base}.groupLabel.singular`);
  const unit = service?.unit.plural ?? 'units';
  const groupWord = groupLabel?.plural || service?.group.plural || 'groups';
  const groupOne = groupLabel?.singular || service?.group.singular || 'group';
  return (
    <div>
      <Text size="sm" fw={500}>
        Quantity, from real units
      </Text>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NumberField
          path={`${base}.quantity.count`}
          label={upperFirst(unit)}
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
          label={upperFirst(groupWord)}
          description="in the north star"
          min={1}
          allowDecimal={false}
          w={150}
        />
        <Text pb={10} aria-hidden>
          =
        </Text>
        <Text pb={10} pr="md" fw={600} data-testid="line-units" style={{ whiteSpace: 'nowrap' }}>
          {num(quantity?.count) * num(quantity?.groups)} {unit}
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
          value={groupLabel?.plural ?? ''}
          onChange={(e) => draft.set(`${base}.groupLabel`, groupLabelFrom(e.currentTarget.value))}
          error={pluralError ?? singularError}
          onBlur={() => afterPointerRelease(() => draft.leave(`${base}.groupLabel.plural`))}
        />
      </Group>
    </div>
  );
}

/** The floor sizing may trim a scalable line to. */
export function MinGroups({ index }: { index: number }) {
  const scalable = useDraftSelect((e) => e.lines[index]?.scalable === true);
  if (!scalable) return null;
  return (
    <NumberField
      path={`lines.${index}.quantity.minGroups`}
      label="Fewest groups"
      min={1}
      allowDecimal={false}
      w={170}
    />
  );
}

/** Consultant hours and fees per unit at the line's level, for the consultant's eyes only. */
export function LinePricing({ index, service }: PartProps) {
  const line = useDraftSelect((e) => e.lines[index]);
  const rateCard = useDraftSelect((e) => e.rateCard);
  const reading = useReading();
  if (!line || !service) return null;
  const level = reading.sizing.lines.find((s) => s.lineId === line.id)?.level ?? reading.advice.effective;
  const pricing = linePricing(line, service, level, rateCard);
  const money = (cents: number) => formatMoney(cents, rateCard.currency);
  return (
    <Internal>
      <Text size="sm" c="dimmed" data-internal>
        At {level}: {pricing.planHoursPerUnit + pricing.leadHoursPerUnit} consultant hours per{' '}
        {service.unit.singular} ({pricing.planHoursPerUnit} planning, {pricing.leadHoursPerUnit} leading),{' '}
        {money(pricing.feePerUnitCents)} per {service.unit.singular}
        {pricing.travelPerTripCents > 0 ? `, travel ${money(pricing.travelPerTripCents)} per trip` : ''}.
      </Text>
    </Internal>
  );
}
