import { useMemo } from 'react';
import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { MAX_OPTIONS, type SizingOption } from '@shared/domain';
import { formatMoney } from '@shared/money';
import { sizeOptions, type SizedOption } from '@shared/scoping/options';
import { newId } from '../../../ids';
import { useDraftSelect, useValid } from '../../context';
import { DateField, MoneyField, TextField, useSetField } from '../../fields';

/**
 * Up to three ways to start: the same engagement sized at another budget or end date, printed
 * side by side for the district to choose from, with the accepted one named where they sign.
 */
export function OptionsEditor() {
  const set = useSetField();
  const engagement = useValid();
  const options = useDraftSelect((e) => e.scopeOfWork.options);
  const accepted = useDraftSelect((e) => e.scopeOfWork.acceptedOptionId);
  const currency = useDraftSelect((e) => e.rateCard.currency);
  // Sized from the last valid engagement, so figures hold still while a field is half typed.
  const sized = useMemo(() => new Map(sizeOptions(engagement).map((o) => [o.option.id, o])), [engagement]);

  const remove = (option: SizingOption) => {
    set(
      'scopeOfWork.options',
      options.filter((o) => o.id !== option.id),
    );
    if (accepted === option.id) set('scopeOfWork.acceptedOptionId', null);
  };

  return (
    <Stack gap="sm">
      {options.length === 0 && (
        <Text c="dimmed" size="sm">
          No ways to start yet. Add up to {MAX_OPTIONS}, say at different budgets, to print them side by side.
        </Text>
      )}
      {options.map((option, i) => (
        <OptionCard
          key={option.id}
          option={option}
          index={i}
          result={sized.get(option.id)}
          currency={currency}
          onRemove={() => remove(option)}
        />
      ))}
      <AddOption options={options} />
      {options.length > 0 && <AcceptedOption options={options} accepted={accepted} />}
    </Stack>
  );
}

/** One way to start: its name, budget and end, and what that funds. */
function OptionCard({
  option,
  index,
  result,
  currency,
  onRemove,
}: {
  option: SizingOption;
  index: number;
  result: SizedOption | undefined;
  currency: string;
  onRemove: () => void;
}) {
  const base = `scopeOfWork.options.${index}`;
  return (
    <Paper withBorder p="sm">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ flex: 1 }}>
          <TextField path={`${base}.name`} label="Name" placeholder="e.g. Start with the coaches" />
          <MoneyField path={`${base}.budgetCents`} label="Budget" />
          <DateField path={`${base}.end`} label="Ends (if sooner)" clearable />
        </SimpleGrid>
        <Tooltip label="Remove this way to start">
          <ActionIcon
            variant="subtle"
            color="gray"
            mt={24}
            aria-label={`Remove ${option.name || `option ${index + 1}`}`}
            onClick={onRemove}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
      {result && <WhatItFunds option={option} result={result} currency={currency} />}
    </Paper>
  );
}

/** What the option funds, and whether it is the one the scope of work details (or the way to make it so). */
function WhatItFunds({
  option,
  result,
  currency,
}: {
  option: SizingOption;
  result: SizedOption;
  currency: string;
}) {
  const set = useSetField();
  return (
    <Group justify="space-between" mt="xs">
      <Text size="sm">
        Funds {formatMoney(result.scope.costing.totalCents, currency)}:{' '}
        {result.scope.sizing.lines.filter((l) => l.status !== 'deferred').length} of{' '}
        {result.scope.sizing.lines.length} services
        {result.detailed ? '' : '.'}
      </Text>
      {result.detailed ? (
        <Badge variant="light">Detailed in the scope of work</Badge>
      ) : (
        <Button
          size="compact-sm"
          variant="subtle"
          onClick={() => {
            set('budget.amountCents', option.budgetCents);
            if (option.end !== null) set('timeline.end', option.end);
          }}
        >
          Detail this one in the scope of work
        </Button>
      )}
    </Group>
  );
}

/** A new way to start at the current budget, up to the most the scope of work prints. */
function AddOption({ options }: { options: readonly SizingOption[] }) {
  const set = useSetField();
  const budgetCents = useDraftSelect((e) => e.budget.amountCents);
  return (
    <div>
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        disabled={options.length >= MAX_OPTIONS}
        onClick={() =>
          set('scopeOfWork.options', [
            ...options,
            {
              id: newId(),
              name: `Option ${options.length + 1}`,
              budgetCents: typeof budgetCents === 'number' ? budgetCents : 0,
              end: null,
            },
          ])
        }
      >
        Add a way to start
      </Button>
    </div>
  );
}

/** Which way to start the district accepted, if it has chosen. */
function AcceptedOption({
  options,
  accepted,
}: {
  options: readonly SizingOption[];
  accepted: string | null;
}) {
  const set = useSetField();
  return (
    <Radio.Group
      label="Accepted by the district"
      description="Named where the parties sign; until then the agreement lists the ways to start to tick."
      value={accepted ?? 'none'}
      onChange={(v) => set('scopeOfWork.acceptedOptionId', v === 'none' ? null : v)}
    >
      <Group mt={6}>
        <Radio value="none" label="Not chosen yet" />
        {options.map((o) => (
          <Radio key={o.id} value={o.id} label={o.name || 'Unnamed option'} />
        ))}
      </Group>
    </Radio.Group>
  );
}
