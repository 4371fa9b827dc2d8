import { join } from 'node:path';
import type { Handlers } from '../../shared/api';
import type { scopeChannels } from '../../shared/channels/scope';
import { ScopeOfWorkExporter } from '../export/exporter';
import { workerRenderer, type ScopeOfWorkRenderer } from '../export/worker-pool';
import type { ServiceContext } from '../services';
import type { StoreAccess } from './store-access';

export interface ScopeService {
  handlers: Pick<Handlers, keyof typeof scopeChannels>;
  /** Draws a logo in the PDF worker; rejects when the PDF cannot use it. */
  checkLogo(dataUrl: string): Promise<void>;
  /** Stops the PDF worker. */
  close(): Promise<void>;
}

/** The scope-of-work channels: export to PDF (rendered off the main thread), then open it. */
export function scopeService(
  ctx: ServiceContext,
  store: StoreAccess,
  renderer: ScopeOfWorkRenderer = workerRenderer(join(ctx.resourcesDir, 'fonts'), {
    warm: ctx.warmPdfWorker ?? true,
  }),
): ScopeService {
  const exporter = new ScopeOfWorkExporter({
    store,
    desktop: ctx.desktop,
    renderer,
    fontsDir: join(ctx.resourcesDir, 'fonts'),
  });
  return {
    handlers: {
      'scope:exportPdf': ({ engagementId, note }) => exporter.exportPdf(engagementId, note ?? ''),
      'scope:openExport': ({ exportId, reveal }) => exporter.openExport(exportId, reveal ?? false),
    },
    checkLogo: (dataUrl) => renderer.checkLogo(dataUrl),
    close: () => exporter.close(),
  };
}
