import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { STEP_IDS, type StepId } from '../app/routing';
import { useIntent, type Intent } from '../app/intents';
import { useShortcutKeys } from '../hooks/useShortcutKeys';
import type { Autosave } from '../hooks/autosave';
import type { Engagement } from '@shared/domain';
import { keyBindings, type ShortcutId } from '@shared/shortcuts';
import { saveProjectFile } from './review-export/project-file';

const WORKSPACE_INTENTS: readonly Intent[] = ['export-pdf', 'export-project'];

/** The engagement's keys and menu commands: move between steps, save, export. */
export function useEditorShortcuts({
  engagementId,
  step,
  autosave,
  goTo,
  openExport,
}: {
  engagementId: string;
  step: StepId;
  autosave: Autosave<Engagement>;
  goTo: (step: StepId) => void;
  openExport: () => void;
}): void {
  const index = STEP_IDS.indexOf(step);
  const move = (delta: number) => {
    const target = STEP_IDS[index + delta];
    if (target) goTo(target);
  };
  const saveNow = () => {
    void autosave.flush().then(() => {
      if (autosave.state.kind === 'saved') notifications.show({ message: 'Saved', autoClose: 1200 });
    });
  };
  const saveFile = () => void saveProjectFile(engagementId, () => autosave.flush());

  // The engagement's rows of the shortcut table (src/shared/shortcuts.ts); their keys come from there.
  const actions: Partial<Record<ShortcutId, () => void>> = {
    'next-step': () => move(1),
    'previous-step': () => move(-1),
    export: openExport,
    save: saveNow,
    'export-project': saveFile,
  };
  useShortcutKeys(keyBindings(actions, true), { whileTyping: true });
  useShortcutKeys(keyBindings(actions, false), { whileTyping: false });
  useIntent(
    WORKSPACE_INTENTS,
    useCallback(
      (intent: Intent) => {
        if (intent === 'export-pdf') openExport();
        if (intent === 'export-project') void saveProjectFile(engagementId, () => autosave.flush());
      },
      [autosave, engagementId, openExport],
    ),
  );
}
