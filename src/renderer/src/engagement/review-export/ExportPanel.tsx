import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { isPlaceholderProfile } from '../../../../shared/channels/settings';
import type { ConsultancyProfile } from '../../../../shared/domain';
import { api, call } from '../../api';
import { shortcutText } from '../../app/shortcuts';
import { useProblems, useReading, useWorkspace } from '../context';
import { ConsultancyName } from './ConsultancyName';
import { ExportDone } from './ExportDone';
import { useExport } from './useExport';
import { PlaceholderAlert } from './sow/ScopeOfWorkDetails';
import { useStandardTerms } from './sow/useStandardTerms';
import type { Revisions } from './useRevisions';
import { plural } from '../../../../shared/words';
import { agree, countSaid } from '../../wording';

/** The revision note and the Export button, shared by the review step and the Ctrl+E dialog. */
export function ExportPanel({
  revisions,
  onDone,
  autoFocus = false,
}: {
  revisions: Revisions;
  onDone?: () => void;
  autoFocus?: boolean;
}) {
  const { goTo, showProblem } = useWorkspace();
  const reading = useReading();
  const problems = useProblems();
  const [note, setNote] = useState('');
  const [profile, setProfile] = useState<ConsultancyProfile | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  const { run, busy, last } = useExport(revisions);
  const { terms } = useStandardTerms();
  const next = (revisions.list[0]?.number ?? 0) + 1;
  const warnings = reading.checks.filter((c) => c.severity === 'warning');
  const unnamed = profile !== null && isPlaceholderProfile(profile);

  useEffect(() => {
    let live = true;
    call(api.settings.get()).then(
      (s) => live && setProfile(s.profile),
      // Without the profile the export still runs; main refuses it if the name is missing.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const go = async () => {
    if (unnamed) return;
    if (await run(note)) {
      setNote('');
      onDone?.();
    }
  };

  return (
    <Stack gap="sm">
      {profile !== null && isPlaceholderProfile(profile) && (
        <ConsultancyName
          autoFocus={autoFocus}
          profile={profile}
          onSaved={(saved) => {
            setProfile(saved);
            // The name was the one thing in the way: carry on with the note.
            requestAnimationFrame(() => noteField.current?.focus());
          }}
        />
      )}
      {problems.length > 0 && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              {countSaid(problems.length, 'field is', 'fields are')} not saved; the PDF shows{' '}
              {agree(problems.length, 'its', 'their')} last saved value. Everything else is saved.
            </Text>
            <Button
              size="compact-sm"
              variant="subtle"
              onClick={() => problems[0] && showProblem(problems[0].path)}
            >
              Show
            </Button>
          </Group>
        </Alert>
      )}
      <PlaceholderAlert terms={terms} />
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              {plural(warnings.length, 'plan check warns', 'plan checks warn')} about the plan. You can still
              export.
            </Text>
            <Button size="compact-sm" variant="subtle" onClick={() => goTo('sizing')}>
              Read them
            </Button>
          </Group>
        </Alert>
      )}
      <Textarea
        ref={noteField}
        label={`Note for version ${next}`}
        description="What this version is for, e.g. “Revised after the March 4 cabinet meeting”. Printed on the cover."
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => void go()]])}
        data-autofocus={(autoFocus && !unnamed) || undefined}
      />
      {last && (
        <Alert color="teal" variant="light" title={`Version ${last.revision} exported`}>
          <ExportDone result={last} />
        </Alert>
      )}
      <Group>
        <Tooltip label={`${shortcutText('export')} from any step`}>
          <Button
            leftSection={<IconFileTypePdf size={18} aria-hidden />}
            loading={busy}
            disabled={unnamed}
            onClick={() => void go()}
            data-testid="export-pdf"
          >
            Export version {next} as PDF
          </Button>
        </Tooltip>
      </Group>
    </Stack>
  );
}
