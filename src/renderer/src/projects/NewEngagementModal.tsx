import { useEffect, useState } from 'react';
import { Button, Group, Modal, Text, TextInput } from '@mantine/core';
import { useForm, schemaResolver, type UseFormReturnType } from '@mantine/form';
import { z } from 'zod';
import { NameSchema } from '@shared/domain';
import type { EngagementMeta } from '@shared/channels/engagement';
import { api, call, errorText } from '../api';
import { SourceTabs, type Sample, type Source } from './SourceTabs';

const BlankSchema = z.object({
  name: NameSchema('Engagement name'),
  clientName: z.string().trim().max(300, { error: 'Client name is too long (300 characters at most)' }),
});

type NameValues = { name: string; clientName: string };

/** Asks main for the new engagement; `values` is null for a sample, which brings its own name. */
async function createEngagement(
  values: NameValues | null,
  source: Source,
  sampleId: string,
  template: string | null,
): Promise<string> {
  const created =
    values === null
      ? await call(api.engagement.create({ from: 'sample', sampleId }))
      : source === 'template'
        ? await call(
            api.engagement.create({
              from: 'template',
              engagementId: template ?? '',
              name: values.name,
              clientName: values.clientName,
            }),
          )
        : await call(
            api.engagement.create({ from: 'blank', name: values.name, clientName: values.clientName }),
          );
  return created.engagement.id;
}

/** The shipped samples, listed once the dialog first opens; the first is chosen. */
function useSamples(opened: boolean) {
  const [samples, setSamples] = useState<Sample[] | null>(null);
  const [sampleId, setSampleId] = useState<string>('');
  useEffect(() => {
    if (!opened || samples !== null) return;
    call(api.engagement.samples()).then(
      (list) => {
        setSamples(list);
        setSampleId((current) => current || (list[0]?.id ?? ''));
      },
      () => setSamples([]),
    );
  }, [opened, samples]);
  return { samples, sampleId, setSampleId };
}

function NameFields({ form }: { form: UseFormReturnType<NameValues> }) {
  return (
    <>
      <TextInput
        label="Engagement name"
        placeholder="e.g. Literacy coaching 2025–26"
        data-autofocus
        {...form.getInputProps('name')}
      />
      <TextInput
        label="Client"
        placeholder="e.g. Riverside Unified School District"
        {...form.getInputProps('clientName')}
      />
    </>
  );
}

/** Why it could not be created, if it could not; Cancel and Create. */
function FormEnd({ failure, busy, onClose }: { failure: string | null; busy: boolean; onClose: () => void }) {
  return (
    <>
      {failure && (
        <Text c="red.8" size="sm" mt="sm" role="alert">
          {failure}
        </Text>
      )}
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" loading={busy}>
          Create engagement
        </Button>
      </Group>
    </>
  );
}

interface Props {
  opened: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
  /** Engagements to start from, newest first. */
  templates: readonly EngagementMeta[];
  /** Pre-selects one engagement as the template ("Use as template" in a row's menu). */
  templateId?: string | null;
  initialSource?: Source;
}

/** New engagement: blank, from a shipped sample, or from an existing engagement as a template. */
export function NewEngagementModal({
  opened,
  onClose,
  onCreated,
  templates,
  templateId,
  initialSource,
}: Props) {
  const [source, setSource] = useState<Source>(initialSource ?? (templateId ? 'template' : 'blank'));
  const { samples, sampleId, setSampleId } = useSamples(opened);
  const [template, setTemplate] = useState<string | null>(templateId ?? null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', clientName: '' },
    validate: schemaResolver(BlankSchema, { sync: true }),
    validateInputOnBlur: true,
  });

  const create = async (values: NameValues | null) => {
    setBusy(true);
    setFailure(null);
    try {
      const id = await createEngagement(values, source, sampleId, template);
      form.reset();
      onCreated(id);
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  const submit = (event: React.SyntheticEvent<HTMLFormElement>) => {
    if (source === 'sample') {
      event.preventDefault();
      if (!sampleId) setFailure('Choose a sample');
      else void create(null);
      return;
    }
    if (source === 'template' && !template) {
      event.preventDefault();
      setFailure('Choose the engagement to start from');
      return;
    }
    form.onSubmit((values) => create(values))(event);
  };

  return (
    <Modal opened={opened} onClose={onClose} title="New engagement" size="lg">
      <form onSubmit={submit} noValidate>
        <SourceTabs
          source={source}
          onSource={setSource}
          nameFields={<NameFields form={form} />}
          samples={samples}
          sampleId={sampleId}
          onSampleId={setSampleId}
          templates={templates}
          template={template}
          onTemplate={setTemplate}
        />
        <FormEnd failure={failure} busy={busy} onClose={onClose} />
      </form>
    </Modal>
  );
}
