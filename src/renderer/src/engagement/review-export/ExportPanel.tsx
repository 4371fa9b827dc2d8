import { useState } from 'react';
import { Alert, Button, Group, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconAlertTriangle, IconFileTypePdf } from '@tabler/icons-react';
import { shortcutText } from '../../app/shortcuts';
import { useWorkspace } from '../context';
import { ExportDone } from './ExportDone';
import { useExport } from './useExport';
import { PlaceholderAlert } from './sow/ScopeOfWorkDetails';
import { useStandardTerms } from './sow/useStandardTerms';
import type { Revisions } from './useRevisions';

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
  const { scope, issues, goTo } = useWorkspace();
  const [note, setNote] = useState('');
  const { run, busy, last } = useExport(revisions);
  const { terms } = useStandardTerms();
  const next = (revisions.list[0]?.number ?? 0) + 1;
  const warnings = scope.checks.filter((c) => c.severity === 'warning');
  const unsaved = issues.size > 0;

  const go = async () => {
    if (await run(note)) {
      setNote('');
      onDone?.();
    }
  };

  return (
    <Stack gap="sm">
      {unsaved && (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          Some fields need fixing, so the latest edits are not saved; the PDF would show the last saved
          version.
        </Alert>
      )}
      <PlaceholderAlert terms={terms} />
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              {warnings.length} plan {warnings.length === 1 ? 'check warns' : 'checks warn'} about the plan.
              You can still export.
            </Text>
            <Button size="compact-sm" variant="subtle" onClick={() => goTo('sizing')}>
              Read them
            </Button>
          </Group>
        </Alert>
      )}
      <Textarea
        label={`Note for version ${next}`}
        description="What this version is for, e.g. “Revised after the March 4 cabinet meeting”. Printed on the cover."
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        onKeyDown={getHotkeyHandler([['mod+Enter', () => void go()]])}
        data-autofocus={autoFocus || undefined}
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
