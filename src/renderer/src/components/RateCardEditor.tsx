import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Tooltip,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { RateCard, RateRole } from '@shared/domain';
import { MoneyInput } from './MoneyInput';

const CURRENCIES = ['USD', 'CAD', 'GBP', 'EUR', 'AUD', 'NZD'];

export interface RateCardEditorProps {
  value: RateCard;
  /** Path inside the rate card ("roles.0.dayCents") and the new value. */
  onChange: (path: string, value: unknown) => void;
  errorFor: (path: string) => string | undefined;
  onBlur?: (path: string) => void;
  /** A money field whose text does not read as an amount (null once it does). */
  onProblem?: (path: string, message: string | null) => void;
  /** Role ids the catalog prices by, which cannot be removed. */
  rolesInUse?: ReadonlySet<string>;
}

const ROLE_RATES: { key: keyof RateRole & `${string}Cents`; label: string }[] = [
  { key: 'dayCents', label: 'Day' },
  { key: 'halfDayCents', label: 'Half day' },
  { key: 'hourlyCents', label: 'Hourly' },
  { key: 'virtualHourlyCents', label: 'Virtual hourly' },
];

function slug(title: string, taken: readonly string[]): string {
  const base =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'role';
  let candidate = base.length >= 2 ? base : `${base}-role`;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${base}-${n}`;
  return candidate;
}

/** The rate card's two billed blocks of time, as hours. */
const BILLED_HOURS: { key: 'hoursPerDay' | 'hoursPerHalfDay'; label: string }[] = [
  { key: 'hoursPerDay', label: 'Hours in a billed day' },
  { key: 'hoursPerHalfDay', label: 'Hours in a billed half day' },
];

/** What is charged beside the consultants' time. */
const OTHER_COSTS: {
  key: 'travelPerTripCents' | 'materialsPerParticipantCents' | 'licensePerParticipantCents';
  label: string;
}[] = [
  { key: 'travelPerTripCents', label: 'Travel per trip' },
  { key: 'materialsPerParticipantCents', label: 'Materials per participant' },
  { key: 'licensePerParticipantCents', label: 'On-demand seat per participant' },
];

/** A field's message and blur by its path; a money field also says when its text reads as no amount. */
function bindings({ errorFor, onBlur, onProblem }: RateCardEditorProps) {
  const bind = (path: string) => ({ error: errorFor(path), onBlur: () => onBlur?.(path) });
  const money = (path: string) => ({
    ...bind(path),
    onProblem: (message: string | null) => onProblem?.(path, message),
  });
  return { bind, money };
}

/** The rate card, in the defaults (settings) and per engagement alike. */
export function RateCardEditor(props: RateCardEditorProps) {
  return (
    <Stack gap="md">
      <CardTerms {...props} />
      <RolesTable {...props} />
      <AddRole {...props} />
      <OtherCosts {...props} />
      <Text size="xs" c="dimmed">
        Work is billed in day, half-day and hourly blocks, whichever costs the district less.
      </Text>
    </Stack>
  );
}

/** The card's name, its currency and the hours a billed day and half day hold. */
function CardTerms(props: RateCardEditorProps) {
  const { value, onChange } = props;
  const { bind } = bindings(props);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
      <TextInput
        label="Rate card name"
        value={value.name}
        onChange={(e) => onChange('name', e.currentTarget.value)}
        {...bind('name')}
      />
      <Select
        label="Currency"
        data={CURRENCIES}
        value={value.currency}
        allowDeselect={false}
        onChange={(v) => v && onChange('currency', v)}
      />
      {BILLED_HOURS.map(({ key, label }) => (
        <NumberInput
          key={key}
          label={label}
          min={0.5}
          step={0.25}
          decimalScale={2}
          value={value[key]}
          onChange={(v) => onChange(key, v)}
          {...bind(key)}
        />
      ))}
    </SimpleGrid>
  );
}

/** Each role's title and rates, one row a role. */
function RolesTable(props: RateCardEditorProps) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table verticalSpacing="xs" aria-label="Rates by role">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Role</Table.Th>
            {ROLE_RATES.map((r) => (
              <Table.Th key={r.key}>{r.label}</Table.Th>
            ))}
            <Table.Th w={40}>
              <VisuallyHidden>Remove</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.value.roles.map((role, i) => (
            <RoleRow key={role.id} role={role} index={i} {...props} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** One role: its title, its rates, and its removal unless services are priced by it or it is the last. */
function RoleRow(props: RateCardEditorProps & { role: RateRole; index: number }) {
  const { value, onChange, rolesInUse, role, index: i } = props;
  const { bind, money } = bindings(props);
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput
          aria-label="Role title"
          value={role.title}
          onChange={(e) => onChange(`roles.${i}.title`, e.currentTarget.value)}
          {...bind(`roles.${i}.title`)}
        />
      </Table.Td>
      {ROLE_RATES.map((r) => (
        <Table.Td key={r.key}>
          <MoneyInput
            aria-label={`${role.title} ${r.label.toLowerCase()} rate`}
            currency={value.currency}
            value={role[r.key]}
            onChange={(cents) => onChange(`roles.${i}.${r.key}`, cents)}
            {...money(`roles.${i}.${r.key}`)}
          />
        </Table.Td>
      ))}
      <Table.Td>
        <Tooltip label={rolesInUse?.has(role.id) ? 'Services are priced by this role' : 'Remove role'}>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={`Remove role ${role.title}`}
            disabled={value.roles.length <= 1 || rolesInUse?.has(role.id)}
            onClick={() =>
              onChange(
                'roles',
                value.roles.filter((_, j) => j !== i),
              )
            }
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Table.Td>
    </Table.Tr>
  );
}

/** A new role at no rates, with an id of its own. */
function AddRole({ value, onChange }: RateCardEditorProps) {
  return (
    <Group>
      <Button
        variant="light"
        leftSection={<IconPlus size={16} aria-hidden />}
        onClick={() =>
          onChange('roles', [
            ...value.roles,
            {
              id: slug(
                'new role',
                value.roles.map((r) => r.id),
              ),
              title: 'New role',
              dayCents: 0,
              halfDayCents: 0,
              hourlyCents: 0,
              virtualHourlyCents: 0,
            },
          ])
        }
      >
        Add role
      </Button>
    </Group>
  );
}

/** Travel, printed materials and on-demand seats. */
function OtherCosts(props: RateCardEditorProps) {
  const { value, onChange } = props;
  const { money } = bindings(props);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {OTHER_COSTS.map(({ key, label }) => (
        <MoneyInput
          key={key}
          label={label}
          currency={value.currency}
          value={value[key]}
          onChange={(c) => onChange(key, c)}
          {...money(key)}
        />
      ))}
    </SimpleGrid>
  );
}
