import { Button, Group, MultiSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import {
  PROFESSIONAL_LEARNING_CATEGORIES,
  SERVICE_CATEGORY_LABELS,
  ServiceCategorySchema,
} from '../../../../shared/domain';
import { MoneyInput } from '../../components/MoneyInput';
import { useEngagementForm } from '../context';
import { useInput, useSetField } from '../fields';
import { DateField } from './BudgetTimelineStep';

const CATEGORY_OPTIONS = ServiceCategorySchema.options.map((c) => ({
  value: c,
  label: SERVICE_CATEGORY_LABELS[c],
}));

/**
 * One funding source: its amount and dates, its restrictions as the grant words them (what the
 * scope of work prints), and the same restrictions as tags the funding crosswalk checks.
 */
export function FundingSourceFields({ base, index }: { base: string; index: number }) {
  const form = useEngagementForm();
  const input = useInput();
  const set = useSetField();
  const currency = form.values.rateCard.currency;
  const source = form.values.budget.fundingSources[index];
  const campuses = form.values.client.campuses.map((c) => ({ value: c.id, label: c.name }));
  if (!source) return null;
  const categories = source.restrict.serviceCategories;
  const pdOnly =
    categories.length === PROFESSIONAL_LEARNING_CATEGORIES.length &&
    PROFESSIONAL_LEARNING_CATEGORIES.every((c) => categories.includes(c));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
        <TextInput label="Source" placeholder="e.g. Title II, Part A" {...input(`${base}.name`)} />
        <MoneyInput label="Amount" currency={currency} {...input(`${base}.amountCents`)} />
        <DateField path={`${base}.endDate`} label="Must be spent by" clearable />
        <DateField path={`${base}.invoiceBy`} label="Invoices must arrive by" clearable />
      </SimpleGrid>
      <Textarea
        label="Restrictions, as the grant words them"
        description="Printed in the scope of work."
        placeholder="What the money may and may not pay for"
        autosize
        minRows={1}
        {...input(`${base}.restrictions`)}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <div>
          <MultiSelect
            label="May pay for"
            description="Leave empty for any service."
            data={CATEGORY_OPTIONS}
            value={categories}
            onChange={(v) => set(`${base}.restrict.serviceCategories`, v)}
            clearable
            placeholder={categories.length === 0 ? 'Any service' : undefined}
          />
          <Group gap="xs" mt={6}>
            <Button
              size="compact-xs"
              variant={pdOnly ? 'filled' : 'light'}
              onClick={() => set(`${base}.restrict.serviceCategories`, [...PROFESSIONAL_LEARNING_CATEGORIES])}
            >
              Professional learning only
            </Button>
            <Text size="xs" c="dimmed">
              Everything but assessment and evaluation.
            </Text>
          </Group>
        </div>
        <MultiSelect
          label="Only for work at these campuses"
          description="Leave empty for any campus. Only services tied to these campuses can be paid from it."
          data={campuses}
          value={source.restrict.campusIds.filter((id) => campuses.some((c) => c.value === id))}
          onChange={(v) => set(`${base}.restrict.campusIds`, v)}
          searchable
          clearable
          placeholder={source.restrict.campusIds.length === 0 ? 'Any campus' : undefined}
          disabled={campuses.length === 0}
        />
      </SimpleGrid>
    </Stack>
  );
}
