import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Box, Group } from '@mantine/core';
import { ErrorBoundary } from '../components/ErrorBoundary';
import type { StoredEngagementResult } from '@shared/channels/engagement';
import { navigate, type StepId } from '../app/routing';
import { useMeetingMode } from '../app/meeting-mode';
import { WorkspaceContext, type EngagementWorkspace } from './context';
import { EngagementHeader } from './EngagementHeader';
import { StepRail } from './StepRail';
import { stepForPath } from './steps';
import { useEngagementDraft } from './useEngagementDraft';
import { useEditorShortcuts } from './useEditorShortcuts';
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
import { useRevisions, type Revisions } from './review-export/useRevisions';
import { RevisionsContext } from './review-export/revisions-context';

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

/**
 * One open engagement: the draft and its autosave (useEngagementDraft), the header, the
 * progress rail, the current step and the export dialog. Nothing here reads the document
 * itself, so typing never redraws the editor around the field.
 */
export function EngagementEditor({
  stored,
  step,
  onReload,
}: {
  stored: StoredEngagementResult;
  step: StepId;
  onReload: () => void;
}) {
  const { draft, autosave, reading, keepMine } = useEngagementDraft(stored);
  const [exportOpen, setExportOpen] = useState(false);
  const revisions = useRevisions(stored.engagement.id);
  const engagementId = stored.engagement.id;

  const goTo = useCallback(
    (next: StepId) => {
      void autosave.flush();
      navigate({ screen: 'engagement', id: engagementId, step: next });
    },
    [autosave, engagementId],
  );
  const openExport = useCallback(() => setExportOpen(true), []);
  const showProblem = useShowProblem(draft, goTo, step);
  useStepStartsAtHeading(step);
  useEditorShortcuts({ engagementId, step, autosave, goTo, openExport });

  const workspace: EngagementWorkspace = useMemo(
    () => ({ meta: stored.meta, draft, autosave, reading, step, goTo, openExport, showProblem }),
    [stored.meta, draft, autosave, reading, step, goTo, openExport, showProblem],
  );

  return (
    <WorkspaceContext value={workspace}>
      <RevisionsContext value={revisions}>
        <RailAndStep
          step={step}
          revisions={revisions}
          onSelect={goTo}
          onReload={onReload}
          onKeepMine={() => void keepMine()}
        />
        <ExportDialog opened={exportOpen} onClose={() => setExportOpen(false)} revisions={revisions} />
      </RevisionsContext>
    </WorkspaceContext>
  );
}

/**
 * Takes the person to a field with a problem: every message shown, its step opened, and the
 * field focused and scrolled to once the step has drawn it.
 */
function useShowProblem(
  draft: EngagementWorkspace['draft'],
  goTo: (step: StepId) => void,
  step: StepId,
): (path: string) => void {
  const [focusPath, setFocusPath] = useState<string | null>(null);
  const showProblem = useCallback(
    (path: string) => {
      draft.revealAll();
      const target = stepForPath(path);
      if (target) goTo(target);
      setFocusPath(path);
    },
    [draft, goTo],
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

  return showProblem;
}

/** A new step starts at its heading, so keyboard and screen-reader users land on it. */
function useStepStartsAtHeading(step: StepId) {
  useEffect(() => {
    window.scrollTo({ top: 0 });
    document.querySelector<HTMLElement>('[data-step-heading]')?.focus({ preventScroll: true });
  }, [step]);
}

/** The progress rail beside the header and the current step; in meeting mode the rail is icons only. */
function RailAndStep({
  step,
  revisions,
  onSelect,
  onReload,
  onKeepMine,
}: {
  step: StepId;
  revisions: Revisions;
  onSelect: (step: StepId) => void;
  onReload: () => void;
  onKeepMine: () => void;
}) {
  const Screen = SCREENS[step];
  const { meeting } = useMeetingMode();
  return (
    <Group align="flex-start" wrap="nowrap" gap={meeting ? 'md' : 'xl'}>
      <Box
        w={meeting ? 48 : 240}
        style={{
          flexShrink: 0,
          position: 'sticky',
          top: 'calc(var(--app-shell-header-height) + var(--mantine-spacing-lg))',
        }}
      >
        <StepRail step={step} revisions={revisions.list.length} onSelect={onSelect} compact={meeting} />
      </Box>
      <Box style={{ flex: 1, minWidth: 0 }} maw={1100}>
        <EngagementHeader
          sentVersion={revisions.list[0]?.number ?? null}
          onReload={onReload}
          onKeepMine={onKeepMine}
        />
        <ErrorBoundary what="This step" resetKey={step}>
          <Screen />
        </ErrorBoundary>
      </Box>
    </Group>
  );
}
