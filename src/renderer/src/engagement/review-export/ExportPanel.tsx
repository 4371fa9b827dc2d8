import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { isPlaceholderProfile } from '@shared/channels/settings';
import type { ConsultancyProfile } from '@shared/domain';
import { api, call } from '../../api';
import { shortcutText } from '../../app/shortcuts';
import { useProblems, useReading, useWorkspace } from '../context';
import { ConsultancyName } from './ConsultancyName';
import { ExportDone } from './ExportDone';
import { useExport } from './useExport';
import { PlaceholderAlert } from './sow/ScopeOfWorkDetails';
import { useStandardTerms } from './sow/useStandardTerms';
import type { Revisions } from './useRevisions';
import { plural } from '@shared/words';
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
  const [note, setNote] = useState('');
  const [profile, setProfile] = useConsultancyProfile();
  const noteField = useRef<HTMLTextAreaElement>(null);
  const { run, busy, last } = useExport(revisions);
  const { terms } = useStandardTerms();
  const next = (revisions.list[0]?.number ?? 0) + 1;
  const unnamed = profile !== null && isPlaceholderProfile(profile);

  const go = async () => {
    if (unnamed) return;
    if (await run(note)) {
      setNote('');
      onDone?.();
    }
  };

  return (
    <Stack gap="sm">
      {unnamed && (
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
      <UnsavedFields />
      <PlaceholderAlert terms={terms} />
      <PlanWarnings />
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
      <ExportButton next={next} busy={busy} disabled={unnamed} onExport={() => void go()} />
    </Stack>
  );
}

/** The consultancy's profile from Settings, null until it is read (or if it cannot be). */
function useConsultancyProfile() {
  const [profile, setProfile] = useState<ConsultancyProfile | null>(null);
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
  return [profile, setProfile] as const;
}

/** A warning in one sentence, with the one thing to do about it. */
function WarningWithAction({
  color,
  action,
  onAction,
  children,
}: {
  color: string;
  action: string;
  onAction: () => void;
  children: ReactNode;
}) {
  return (
    <Alert color={color} variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{children}</Text>
        <Button size="compact-sm" variant="subtle" onClick={onAction}>
          {action}
        </Button>
      </Group>
    </Alert>
  );
}

/** Fields whose text cannot be saved yet: the PDF shows their last saved value. */
function UnsavedFields() {
  const { showProblem } = useWorkspace();
  const problems = useProblems();
  if (problems.length === 0) return null;
  return (
    <WarningWithAction
      color="orange"
      action="Show"
      onAction={() => problems[0] && showProblem(problems[0].path)}
    >
      {countSaid(problems.length, 'field is', 'fields are')} not saved; the PDF shows{' '}
      {agree(problems.length, 'its', 'their')} last saved value. Everything else is saved.
    </WarningWithAction>
  );
}

/** Plan checks that warn, with the way to read them; they never stop the export. */
function PlanWarnings() {
  const { goTo } = useWorkspace();
  const reading = useReading();
  const warnings = reading.checks.filter((c) => c.severity === 'warning');
  if (warnings.length === 0) return null;
  return (
    <WarningWithAction color="yellow" action="Read them" onAction={() => goTo('sizing')}>
      {plural(warnings.length, 'plan check warns', 'plan checks warn')} about the plan. You can still export.
    </WarningWithAction>
  );
}

/** Export version N as PDF, with its shortcut in the tooltip. */
function ExportButton({
  next,
  busy,
  disabled,
  onExport,
}: {
  next: number;
  busy: boolean;
  disabled: boolean;
  onExport: () => void;
}) {
  return (
    <Group>
      <Tooltip label={`${shortcutText('export')} from any step`}>
        <Button
          leftSection={<IconFileTypePdf size={18} aria-hidden />}
          loading={busy}
          disabled={disabled}
          onClick={onExport}
          data-testid="export-pdf"
        >
          Export version {next} as PDF
        </Button>
      </Tooltip>
    </Group>
  );
}
