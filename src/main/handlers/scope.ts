import type { Handlers } from '@shared/api';
import type { scopeChannels } from '@shared/channels/scope';
import { ScopeOfWorkExporter } from '../export/exporter';
import type { HandlerContext } from './context';

/** The scope-of-work channels: export to PDF (rendered in the worker pool), then open it. */
export function scopeHandlers(ctx: HandlerContext): Pick<Handlers, keyof typeof scopeChannels> {
  const exporter = new ScopeOfWorkExporter({
    store: ctx.store,
    desktop: ctx.desktop,
    renderer: ctx.pdf,
    fontsDir: ctx.fontsDir,
  });
  return {
    'scope:exportPdf': ({ engagementId, note }) => exporter.exportPdf(engagementId, note ?? ''),
    'scope:openExport': ({ exportId, reveal }) => exporter.openExport(exportId, reveal ?? false),
  };
}
