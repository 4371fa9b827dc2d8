import { newId } from '../../ids';
import { Grid, NumberInput, Select, SimpleGrid } from '@mantine/core';
import { afterPointerRelease } from '../../components/pointer';
import { ORGANIZATION_TYPE_LABELS, type Campus, type Contact } from '@shared/domain';
import { MONTH_NAMES } from '@shared/words';
import { ListEditor } from '../ListEditor';
import { useDraftSelect, useFieldError, useWorkspace } from '../context';
import { NumberField, SelectField, TextareaField, TextField } from '../fields';
import { Section, StepFrame } from '../StepFrame';

const ORGANIZATION_OPTIONS = Object.entries(ORGANIZATION_TYPE_LABELS).map(([value, label]) => ({
  value,
  label,
}));
const MONTH_OPTIONS = MONTH_NAMES.map((label, i) => ({ value: String(i + 1), label }));

/** Stored as a month number, shown as its name. */
function FiscalYearField() {
  const { draft } = useWorkspace();
  const month = useDraftSelect((e) => e.client.fiscalYearStartMonth);
  return (
    <Select
      label="Fiscal year starts in"
      data={MONTH_OPTIONS}
      allowDeselect={false}
      value={String(month)}
      onChange={(v) => {
        if (v) draft.set('client.fiscalYearStartMonth', Number(v));
      }}
    />
  );
}

/**
 * The district's coaches are counted here, once: the same number is its in-house coaches in
 * the expertise the support-level advice reads, so nobody is asked for it twice.
 */
function CoachesField() {
  const { draft } = useWorkspace();
  const value = useDraftSelect((e) => e.client.educators.coaches);
  const error = useFieldError('client.educators.coaches');
  return (
    <NumberInput
      label="Instructional coaches"
      min={0}
      allowDecimal={false}
      value={value}
      onChange={(v) => {
        draft.set('client.educators.coaches', v);
        if (typeof v === 'number') draft.set('expertise.inHouseCoaches', v);
      }}
      onBlur={() => afterPointerRelease(() => draft.leave('client.educators.coaches'))}
      error={error}
      data-path="client.educators.coaches"
    />
  );
}

/** Who the work is for: the engagement's and the client's names, the kind of organization, its year. */
function Organization() {
  return (
    <Section title="Organization">
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextField
            path="name"
            label="Engagement name"
            description="How you and the district refer to this work"
            data-autofocus
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextField
            path="client.name"
            label="Client name"
            placeholder="e.g. Riverside Unified School District"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <SelectField
            path="client.organizationType"
            label="Organization"
            data={ORGANIZATION_OPTIONS}
            allowDeselect={false}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <TextField path="client.region" label="Region" placeholder="e.g. Central Texas, Region 13" />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <FiscalYearField />
        </Grid.Col>
      </Grid>
    </Section>
  );
}

/** How many teachers, coaches, principals, central-office staff and students the learning reaches. */
function PeopleReached() {
  return (
    <Section
      title="People the learning reaches"
      description="Counts across the organization; campuses can carry their own teacher counts below."
    >
      <SimpleGrid cols={{ base: 2, md: 5 }}>
        <NumberField path="client.educators.teachers" label="Teachers" min={0} allowDecimal={false} />
        <CoachesField />
        <NumberField path="client.educators.principals" label="Principals" min={0} allowDecimal={false} />
        <NumberField
          path="client.educators.centralOffice"
          label="Central office"
          min={0}
          allowDecimal={false}
        />
        <NumberField
          path="client.students"
          label="Students"
          min={0}
          allowDecimal={false}
          thousandSeparator=","
        />
      </SimpleGrid>
    </Section>
  );
}

/** The people met with, and how to reach them. */
function Contacts() {
  return (
    <Section title="Contacts">
      <ListEditor<Contact>
        path="client.contacts"
        noun="contact"
        itemName={(c) => c.name}
        empty="No contacts yet. Add the people you meet with: superintendent, curriculum director, PD lead."
        newItem={() => ({ id: newId(), name: '', role: '', email: '', phone: '' })}
        renderItem={(_c, _i, base) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <TextField path={`${base}.name`} label="Name" />
            <TextField path={`${base}.role`} label="Role" placeholder="e.g. Director of PD" />
            <TextField path={`${base}.email`} label="Email" type="email" />
            <TextField path={`${base}.phone`} label="Phone" type="tel" />
          </SimpleGrid>
        )}
      />
    </Section>
  );
}

/** The campuses the work reaches one by one, with their grade bands and teachers. */
function Campuses() {
  return (
    <Section title="Campuses">
      <ListEditor<Campus>
        path="client.campuses"
        noun="campus"
        itemName={(c) => c.name}
        empty="No campuses yet. Add them if the work reaches campuses one by one."
        newItem={() => ({ id: newId(), name: '', gradeBand: '', teachers: 0 })}
        renderItem={(_c, _i, base) => (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextField path={`${base}.name`} label="Campus name" />
            <TextField path={`${base}.gradeBand`} label="Grade band" placeholder="e.g. K–5" />
            <NumberField path={`${base}.teachers`} label="Teachers" min={0} allowDecimal={false} />
          </SimpleGrid>
        )}
      />
    </Section>
  );
}

export function ClientProfileStep() {
  return (
    <StepFrame>
      <Organization />
      <PeopleReached />
      <Contacts />
      <Campuses />
      <Section
        title="Meeting notes"
        description="What you heard, in their words; for your team, kept with the engagement."
      >
        <TextareaField path="notes" aria-label="Meeting notes" autosize minRows={3} maxRows={12} />
      </Section>
    </StepFrame>
  );
}
