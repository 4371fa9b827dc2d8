import { Alert, Button, Group, MultiSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { FundingSourceSchema, PROFESSIONAL_LEARNING_CATEGORIES } from '@shared/domain';
import { payingSource } from '@shared/scoping/funding-wording';
import { CATEGORY_OPTIONS } from '../../choices';
import { useDraftValue } from '../context';
import { useCampusOptions } from '../options';
import { DateField, MoneyField, MultiSelectField, TextareaField, TextField, useSetField } from '../fields';

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);

/**
 * What the engine read from the wording of a source that has its restrictions in words only (a
 * document from before restriction tags), with one click to keep it or to let it pay for anything.
 */
function WordingRead({ base }: { base: string }) {
  const set = useSetField();
  const parsed = FundingSourceSchema.safeParse(useDraftValue(base));
  if (!parsed.success) return null;
  const read = payingSource(parsed.data);
  if (read.read.length === 0) return null;
  const keep = () => {
    set(`${base}.restrict.serviceCategories`, read.restrict.serviceCategories);
    set(`${base}.invoiceBy`, read.invoiceBy);
    set(`${base}.tagged`, true);
  };
  return (
    <Alert
      variant="light"
      color="yellow"
      icon={<IconInfoCircle size={18} aria-hidden />}
      p="xs"
      data-testid="wording-read"
    >
      <Stack gap={6}>
        <Text size="sm">
          Read from its wording: {read.read.join('; ')}. Sizing and the funding crosswalk apply this until you
          confirm it or set the tags below.
          {read.campusesUnnamed ? ' Choose its campuses below: until then it pays for nothing.' : ''}
        </Text>
        <Group gap="xs">
          {read.campusesUnnamed ? null : (
            <Button size="compact-sm" variant="light" onClick={keep}>
              Keep these
            </Button>
          )}
          <Button size="compact-sm" variant="subtle" onClick={() => set(`${base}.tagged`, true)}>
            It may pay for any service
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}

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
      <WordingRead base={base} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 5 }} spacing="sm">
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
          onChange={(v) => {
            set(`${base}.restrict.campusIds`, v);
            if (v.length > 0) set(`${base}.tagged`, true);
          }}
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
