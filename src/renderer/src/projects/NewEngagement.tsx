import { lazy, Suspense, useCallback, useState } from 'react';
import type { EngagementMeta } from '@shared/channels/engagement';

const NewEngagementModal = lazy(() =>
  import('./NewEngagementModal').then((m) => ({ default: m.NewEngagementModal })),
);

type NewEngagementSource = 'blank' | 'sample' | 'template';

/** The new-engagement dialog as asked for; a new key mounts it afresh. */
export interface NewEngagementRequest {
  opened: boolean;
  templateId: string | null;
  source: NewEngagementSource;
  key: number;
}

/** The new-engagement dialog, loaded the first time it is asked for. */
export function NewEngagement({
  modal,
  templates,
  onClose,
  onCreated,
}: {
  modal: NewEngagementRequest;
  templates: readonly EngagementMeta[];
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  if (modal.key === 0) return null;
  return (
    <Suspense fallback={null}>
      <NewEngagementModal
        key={modal.key}
        opened={modal.opened}
        templateId={modal.templateId}
        initialSource={modal.source}
        templates={templates}
        onClose={onClose}
        onCreated={onCreated}
      />
    </Suspense>
  );
}

/** The new-engagement dialog's state: blank, from a sample, or from an engagement as a template. */
export function useNewEngagementRequest() {
  const [modal, setModal] = useState<NewEngagementRequest>({
    source: 'blank',
    opened: false,
    templateId: null,
    key: 0,
  });
  const openNew = useCallback(
    (templateId: string | null = null, source: NewEngagementSource = templateId ? 'template' : 'blank') =>
      setModal((m) => ({ opened: true, templateId, source, key: m.key + 1 })),
    [],
  );
  const closeModal = useCallback(() => setModal((m) => ({ ...m, opened: false })), []);
  return { modal, openNew, closeModal };
}
