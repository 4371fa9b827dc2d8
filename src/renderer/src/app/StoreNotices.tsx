import { useEffect, useState } from 'react';
import { Alert, Stack } from '@mantine/core';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import type { StoreStatusResult } from '@shared/channels/store';
import { api, call } from '../api';

/** What happened when the database opened (recovered, migrated, restored), said once. */
export function StoreNotices() {
  const [notices, setNotices] = useState<StoreStatusResult['notices']>([]);
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    call(api.store.status()).then(
      (status) => setNotices(status.notices),
      () => setNotices([]),
    );
  }, []);
  const shown = notices.filter(
    (n) => !dismissed.has(n.at + n.kind) && n.kind !== 'migrated' && n.kind !== 'purged',
  );
  if (shown.length === 0) return null;
  return (
    <Stack gap="xs" mb="md">
      {shown.map((n) => (
        <Alert
          key={n.at + n.kind}
          color={n.level === 'warning' ? 'orange' : 'blue'}
          icon={
            n.level === 'warning' ? (
              <IconAlertTriangle size={18} aria-hidden />
            ) : (
              <IconInfoCircle size={18} aria-hidden />
            )
          }
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setDismissed((d) => new Set(d).add(n.at + n.kind))}
        >
          {n.message}
        </Alert>
      ))}
    </Stack>
  );
}
