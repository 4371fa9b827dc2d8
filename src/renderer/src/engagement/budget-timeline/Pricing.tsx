import { useSyncExternalStore } from 'react';
import { Button, Collapse, Group, NumberInput, Paper, SegmentedControl, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Internal } from '../../app/meeting-mode';
import { RateCardEditor } from '../../components/RateCardEditor';
import { afterPointerRelease } from '../../components/pointer';
import { useDraftSelect, useFieldError, useWorkspace } from '../context';
import { MoneyField, TextField, useSetField } from '../fields';
import { Section } from '../StepFrame';

function PercentOff() {
  const { draft } = useWorkspace();
  const basisPoints = useDraftSelect((e) => (e.discount.kind === 'percent' ? e.discount.basisPoints : ''));
  const error = useFieldError('discount.basisPoints');
  return (
    <NumberInput
      label="Percent off"
      suffix=" %"
      min={0}
      max={100}
      decimalScale={2}
      w={140}
      value={typeof basisPoints === 'number' ? basisPoints / 100 : ''}
      onChange={(v) => draft.set('discount.basisPoints', typeof v === 'number' ? Math.round(v * 100) : v)}
      error={error}
      onBlur={() => afterPointerRelease(() => draft.leave('discount.basisPoints'))}
      data-path="discount.basisPoints"
    />
  );
}

function EngagementRates() {
  const { draft } = useWorkspace();
  const rateCard = useDraftSelect((e) => e.rateCard);
  // The editor asks for its messages by path: redraw it when what is shown changes.
  useSyncExternalStore(draft.subscribeChecked, () => draft.checked);
  const roleList = useDraftSelect((e) => e.catalog.map((s) => s.consultantRole).join(' '));
  const rolesInUse = new Set(roleList.split(' '));
  return (
    <RateCardEditor
      value={rateCard}
      onChange={(path, value) => draft.set(`rateCard.${path}`, value)}
      errorFor={(path) => draft.errorFor(`rateCard.${path}`)}
      onBlur={(path) => afterPointerRelease(() => draft.leave(`rateCard.${path}`))}
      onProblem={(path, message) => draft.setFieldProblem(`rateCard.${path}`, message)}
      rolesInUse={rolesInUse}
    />
  );
}

/** The discount, and this engagement's own rates for the consultant's eyes. */
export function Pricing() {
  const set = useSetField();
  const [ratesOpen, rates] = useDisclosure(false);
  const discount = useDraftSelect((e) => e.discount);
  const rateCardName = useDraftSelect((e) => e.rateCard.name);
  return (
    <Section
      title="Pricing"
      description="A discount applies to the funded scope; rates start from your defaults in Settings."
    >
      <Group align="flex-end" gap="md">
        <div>
          <Text size="sm" fw={500} id="discount-kind">
            Discount
          </Text>
          <SegmentedControl
            aria-labelledby="discount-kind"
            mt={4}
            data={[
              { value: 'none', label: 'None' },
              { value: 'percent', label: 'Percentage' },
              { value: 'amount', label: 'Amount' },
            ]}
            value={discount.kind}
            onChange={(kind) => {
              if (kind === 'none') set('discount', { kind: 'none' });
              if (kind === 'percent') set('discount', { kind: 'percent', basisPoints: 1000, label: '' });
              if (kind === 'amount') set('discount', { kind: 'amount', cents: 0, label: '' });
            }}
          />
        </div>
        {discount.kind === 'percent' && <PercentOff />}
        {discount.kind === 'amount' && <MoneyField path="discount.cents" label="Amount off" w={180} />}
        {discount.kind !== 'none' && (
          <TextField
            path="discount.label"
            label="Shown as"
            placeholder="e.g. Multi-year partner discount"
            w={280}
          />
        )}
      </Group>
      <Internal>
        <Paper withBorder p="sm">
          <Button
            variant="subtle"
            size="compact-sm"
            onClick={rates.toggle}
            aria-expanded={ratesOpen}
            leftSection={
              ratesOpen ? (
                <IconChevronDown size={14} aria-hidden />
              ) : (
                <IconChevronRight size={14} aria-hidden />
              )
            }
          >
            Rates for this engagement ({rateCardName})
          </Button>
          <Collapse expanded={ratesOpen}>
            <div style={{ paddingTop: 12 }}>{ratesOpen && <EngagementRates />}</div>
          </Collapse>
        </Paper>
      </Internal>
    </Section>
  );
}
