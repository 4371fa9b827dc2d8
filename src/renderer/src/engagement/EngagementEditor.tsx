import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Badge, Box, Button, Group, Paper, Text, Tooltip } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconFileTypePdf } from '@tabler/icons-react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { shortcutText } from '../app/shortcuts';
import { useShortcutKeys } from '../hooks/useShortcutKeys';
import { notifications } from '@mantine/notifications';
import { EngagementSchema, type Engagement } from '../../../shared/domain';
import { scopeEngagement } from '../../../shared/scoping';
import type { StoredEngagementResult } from '../../../shared/channels/engagement';
import { api, call, errorText } from '../api';
import { navigate, STEP_IDS, type StepId } from '../app/routing';
import { SaveIndicator } from '../components/SaveIndicator';
import { SaveQueue } from '../hooks/save-queue';
import {
  WorkspaceContext,
  EngagementFormProvider,
  useCreateEngagementForm,
  type EngagementWorkspace,
} from './context';
import { issueMap, NO_ISSUES } from './issues';
import { StepRail } from './StepRail';
import { stepForPath, stepStates } from './steps';
import { ClientProfileStep } from './client-profile/ClientProfileStep';
import { PriorityNeedsStep } from './priority-needs/PriorityNeedsStep';
import { InventoryStep } from './inventory/InventoryStep';
import { DriversStep } from './drivers/DriversStep';
import { SupportLevelStep } from './support-level/SupportLevelStep';
import { NorthStarStep } from './north-star/NorthStarStep';
import { BudgetTimelineStep } from './budget-timeline/BudgetTimelineStep';
import { SizingStep } from './sizing/SizingStep';
import { ReviewExportStep } from './review-export/ReviewExportStep';
import { ExportDialog } from './review-export/ExportDialog';
import { useRevisions } from './review-export/useRevisions';
import { RevisionsContext } from './review-export/revisions-context';
import { saveProjectFile } from './review-export/project-file';
import { useIntent, type Intent } from '../app/intents';
import { useMeetingMode } from '../app/meeting-mode';

const WORKSPACE_INTENTS: readonly Intent[] = ['export-pdf', 'export-project'];

const SCREENS: Record<StepId, () => ReactNode> = {
  'client-profile': ClientProfileStep,
  'priority-needs': PriorityNeedsStep,
  inventory: InventoryStep,
  drivers: DriversStep,
  'support-level': SupportLevelStep,
  'north-star': NorthStarStep,
  'budget-timeline': BudgetTimelineStep,
  sizing: SizingStep,
  'review-export': ReviewExportStep,
};

const STATUS_COLORS = { draft: 'gray', proposed: 'blue', agreed: 'teal', closed: 'dark' } as const;
const STATUS_WORDS = { draft: 'Draft', proposed: 'Proposed', agreed: 'Agreed', closed: 'Closed' } as const;

const CHECK_PAUSE_MS = 120;

interface Checked {
  valid: Engagement;
  issues: ReadonlyMap<string, string>;
}

export function EngagementEditor({
  stored,
  step,
  onReload,
}: {
  stored: StoredEngagementResult;
  step: StepId;
  onReload: () => void;
}) {
  const [queue] = useState(
    () =>
      new SaveQueue(stored.meta.version, stored.meta.updatedAt, (engagement, baseVersion) =>
        call(api.engagement.save({ engagement, baseVersion })),
      ),
  );
  const [checked, setChecked] = useState<Checked>({ valid: stored.engagement, issues: NO_ISSUES });
  // The same, readable from the change handler without waiting for a render.
  const last = useRef<Checked>(checked);
  const pendingCheck = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set());
  const [revealAll, setRevealAll] = useState(false);
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const [exportOpen, setExportOpen] = useState(false);
  const revisions = useRevisions(stored.engagement.id);

  const form = useCreateEngagementForm({
    mode: 'controlled',
    initialValues: stored.engagement,
    onValuesChange: () => {
      // The schema pass waits for a pause in typing: on a long plan it costs more than a
      // keystroke should, and nothing needs it between keystrokes.
      queue.touch();
      clearTimeout(pendingCheck.current);
      pendingCheck.current = setTimeout(runCheck, CHECK_PAUSE_MS);
    },
  });

  /**
   * One schema pass per pause, here rather than per field: it feeds the field messages, the
   * progress rail, the engine and the autosave at once.
   */
  function accept(result: ReturnType<typeof EngagementSchema.safeParse>): void {
    if (result.success) {
      last.current = { valid: result.data, issues: NO_ISSUES };
      queue.edit(result.data);
    } else {
      const issues = issueMap(result.error);
      last.current = { valid: last.current.valid, issues };
      queue.hold([...issues].map(([path, message]) => ({ path, message })));
    }
    setChecked(last.current);
  }
  function runCheck(): void {
    if (pendingCheck.current === undefined) return;
    clearTimeout(pendingCheck.current);
    pendingCheck.current = undefined;
    accept(EngagementSchema.safeParse(form.getValues()));
  }
  useEffect(() => {
    queue.setBeforeFlush(runCheck);
  });

  // While typing, the engine reads the last settled version so keystrokes never wait for it.
  const settled = useDeferredValue(checked.valid);
  const scope = useMemo(() => scopeEngagement(settled), [settled]);
  const states = useMemo(
    () => stepStates(settled, scope, checked.issues, revisions.list.length),
    [settled, scope, checked.issues, revisions.list.length],
  );

  const goTo = useCallback(
    (next: StepId) => {
      void queue.flush();
      navigate({ screen: 'engagement', id: stored.engagement.id, step: next });
    },
    [queue, stored.engagement.id],
  );

  const errorFor = useCallback(
    (path: string) => (revealAll || visited.has(path) ? checked.issues.get(path) : undefined),
    [revealAll, visited, checked.issues],
  );
  const markVisited = useCallback((path: string) => {
    setVisited((prev) => (prev.has(path) ? prev : new Set(prev).add(path)));
  }, []);

  const showProblem = useCallback(
    (path: string) => {
      setRevealAll(true);
      const target = stepForPath(path);
      if (target) goTo(target);
      setFocusPath(path);
    },
    [goTo],
  );

  useEffect(() => {
    if (focusPath === null) return;
    const frame = requestAnimationFrame(() => {
      const field = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(focusPath)}"]`);
      field?.focus();
      field?.scrollIntoView({ block: 'center' });
      setFocusPath(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [focusPath, step]);

  // A new step starts at its heading, so keyboard and screen-reader users land on it.
  useEffect(() => {
    window.scrollTo({ top: 0 });
    document.querySelector<HTMLElement>('[data-step-heading]')?.focus({ preventScroll: true });
  }, [step]);

  useEffect(() => {
    const flush = () => void queue.flush();
    const hidden = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    // Closing the window: the save request leaves before the page goes, and main completes it.
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', hidden);
      queue.dispose();
    };
  }, [queue]);

  const index = STEP_IDS.indexOf(step);
  const move = (delta: number) => {
    const target = STEP_IDS[index + delta];
    if (target) goTo(target);
  };
  const saveNow = () => {
    void queue.flush().then(() => {
      if (queue.state.kind === 'saved') notifications.show({ message: 'Saved', autoClose: 1200 });
    });
  };

  useShortcutKeys(
    [
      ['mod+]', () => move(1)],
      ['mod+[', () => move(-1)],
      ['mod+E', () => setExportOpen(true)],
      ['mod+S', saveNow],
      ['mod+shift+S', () => void saveProjectFile(stored.engagement.id, () => queue.flush())],
    ],
    { whileTyping: true },
  );
  useShortcutKeys(
    [
      ['alt+ArrowRight', () => move(1)],
      ['alt+ArrowLeft', () => move(-1)],
    ],
    { whileTyping: false },
  );

  useIntent(
    WORKSPACE_INTENTS,
    useCallback(
      (intent: Intent) => {
        if (intent === 'export-pdf') setExportOpen(true);
        if (intent === 'export-project') void saveProjectFile(stored.engagement.id, () => queue.flush());
      },
      [queue, stored.engagement.id],
    ),
  );

  const keepMine = async () => {
    try {
      const latest = await call(api.engagement.get({ id: stored.engagement.id }));
      queue.rebase(latest.meta.version);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not read the saved version',
        message: errorText(error),
      });
    }
  };

  const workspace: EngagementWorkspace = {
    meta: stored.meta,
    engagement: checked.valid,
    scope,
    issues: checked.issues,
    errorFor,
    markVisited,
    queue,
    step,
    goTo,
    openExport: () => setExportOpen(true),
  };

  const Screen = SCREENS[step];
  useDocumentTitle(`${form.values.name.trim() || 'Untitled engagement'} — Northstar Scope`);
  const { meeting } = useMeetingMode();
  const values = form.values;

  return (
    <EngagementFormProvider form={form}>
      <WorkspaceContext value={workspace}>
        <RevisionsContext value={revisions}>
          <Group align="flex-start" wrap="nowrap" gap={meeting ? 'md' : 'xl'}>
            <Box
              w={meeting ? 48 : 240}
              style={{
                flexShrink: 0,
                position: 'sticky',
                top: 'calc(var(--app-shell-header-height) + var(--mantine-spacing-lg))',
              }}
            >
              <StepRail step={step} states={states} onSelect={goTo} compact={meeting} />
            </Box>
            <Box style={{ flex: 1, minWidth: 0 }} maw={1100}>
              <Paper
                withBorder
                px="md"
                py="xs"
                mb="lg"
                style={{ position: 'sticky', top: 'var(--app-shell-header-height)', zIndex: 5 }}
                shadow="xs"
              >
                <Group justify="space-between" wrap="nowrap" gap="md">
                  <div style={{ minWidth: 0, flex: 1 }}>
                    <Group gap="xs" wrap="nowrap">
                      <Text fw={700} truncate="end" data-testid="engagement-title">
                        {values.name.trim() || 'Untitled engagement'}
                      </Text>
                      <Badge variant="light" color={STATUS_COLORS[values.status]}>
                        {STATUS_WORDS[values.status]}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed" truncate="end">
                      {values.client.name.trim() || 'No client named yet'}
                    </Text>
                  </div>
                  <Tooltip label={`Export the scope of work (${shortcutText('export')})`}>
                    <Button
                      size="xs"
                      variant="light"
                      leftSection={<IconFileTypePdf size={16} aria-hidden />}
                      onClick={() => setExportOpen(true)}
                    >
                      Export PDF
                    </Button>
                  </Tooltip>
                  <SaveIndicator
                    queue={queue}
                    onShowProblem={showProblem}
                    onReload={onReload}
                    onKeepMine={() => void keepMine()}
                  />
                </Group>
              </Paper>
              <ErrorBoundary what="This step" resetKey={step}>
                <Screen />
              </ErrorBoundary>
            </Box>
          </Group>
          <ExportDialog opened={exportOpen} onClose={() => setExportOpen(false)} revisions={revisions} />
        </RevisionsContext>
      </WorkspaceContext>
    </EngagementFormProvider>
  );
}
