import { Button, Group, MultiSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { PROFESSIONAL_LEARNING_CATEGORIES } from '@shared/domain';
import { CATEGORY_OPTIONS } from '../../choices';
import { useDraftValue } from '../context';
import { useCampusOptions } from '../options';
import { DateField, MoneyField, MultiSelectField, TextareaField, TextField, useSetField } from '../fields';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/**
 * One funding source: its amount and dates, its restrictions as the grant words them (what the
 * scope of work prints), and the same restrictions as tags the funding crosswalk checks.
 */
export function FundingSourceFields({ base }: { base: string }) {
  const set = useSetField();
  const categories = strings(useDraftValue(`${base}.restrict.serviceCategories`));
  const campusIds = strings(useDraftValue(`${base}.restrict.campusIds`));
  const campuses = useCampusOptions();
  const pdOnly =
    categories.length === PROFESSIONAL_LEARNING_CATEGORIES.length &&
    PROFESSIONAL_LEARNING_CATEGORIES.every((c) => categories.includes(c));
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 5 }} spacing="sm">
        <TextField path={`${base}.name`} label="Source" placeholder="e.g. Title II, Part A" />
        <MoneyField path={`${base}.amountCents`} label="Amount" />
        <DateField path={`${base}.availableFrom`} label="Pays for work from" clearable />
        <DateField path={`${base}.endDate`} label="Must be spent by" clearable />
        <DateField path={`${base}.invoiceBy`} label="Invoices must arrive by" clearable />
      </SimpleGrid>
      <TextareaField
        path={`${base}.restrictions`}
        label="Restrictions, as the grant words them"
        description="Printed in the scope of work."
        placeholder="What the money may and may not pay for"
        autosize
        minRows={1}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
        <div>
          <MultiSelectField
            path={`${base}.restrict.serviceCategories`}
            label="May pay for"
            description="Leave empty for any service."
            data={CATEGORY_OPTIONS}
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
          value={campusIds.filter((id) => campuses.some((c) => c.value === id))}
          onChange={(v) => set(`${base}.restrict.campusIds`, v)}
          searchable
          clearable
          placeholder={campusIds.length === 0 ? 'Any campus' : undefined}
          disabled={campuses.length === 0}
          data-path={`${base}.restrict.campusIds`}
        />
      </SimpleGrid>
    </Stack>
  );
}
