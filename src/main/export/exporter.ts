import { randomUUID } from 'node:crypto';
import { existsSync, unlinkSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { findPlaceholders, localToday } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import type { ScopeExport } from '../../shared/channels/scope';
import { isPlaceholderProfile } from '../../shared/channels/settings';
import type { Desktop } from '../desktop';
import { stageFile, type StagedFile } from '../files/atomic';
import { safeFileName } from '../files/names';
import { describeMissingText, findMissingText } from './coverage';
import { loadFonts } from './fonts';
import type { StoreAccess } from '../store';
import { clientNameOf } from './document';
import { csvPathFor, financeCsvFor } from './finance-csv';
import type { ScopeOfWorkRenderer } from './worker-pool';

/** The name the save dialog proposes: "Riverside USD – Scope of work v3.pdf", 100 bytes at most. */
export function defaultExportFileName(clientName: string, revision: number): string {
  return safeFileName(clientName, ` – Scope of work v${revision}.pdf`, 'Engagement');
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone, or never written: nothing to clean up.
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface ExporterOptions {
  store: StoreAccess;
  desktop: Desktop;
  renderer: ScopeOfWorkRenderer;
  /** The PDF's fonts, to say before an export which text they cannot draw. */
  fontsDir?: string;
  now?: () => Date;
  locale?: string;
}

/** How many exported files a session remembers for "open" and "show in folder". */
const REMEMBERED_EXPORTS = 50;
/** Saves that land while a PDF renders are caught by re-rendering; this many times at most. */
const RENDER_ATTEMPTS = 3;

/**
 * The scope-of-work export: render the saved engagement (in the renderer's worker), ask where
 * to save, write the file, and freeze the engagement as the revision the PDF says it is.
 */
export class ScopeOfWorkExporter {
  private readonly exported = new Map<string, string>();
  private readonly running = new Map<string, Promise<unknown>>();
  private readonly now: () => Date;

  constructor(private readonly options: ExporterOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** One export per engagement at a time, so two can never claim the same revision number. */
  exportPdf(engagementId: string, note = ''): Promise<ScopeExport> {
    const previous = this.running.get(engagementId) ?? Promise.resolve();
    const run = previous.catch(() => undefined).then(() => this.run(engagementId, note));
    this.running.set(engagementId, run);
    void run
      .finally(() => {
        if (this.running.get(engagementId) === run) this.running.delete(engagementId);
      })
      .catch(() => undefined);
    return run;
  }

  private snapshot(engagementId: string, note: string) {
    const store = this.options.store();
    const { engagement, meta } = store.engagements.get(engagementId);
    const last = store.revisions.list(engagementId).at(-1);
    const previous = last
      ? { number: last.number, engagement: store.revisions.open(engagementId, last.number).engagement }
      : null;
    return {
      engagement,
      version: meta.version,
      previous,
      revision: (last?.number ?? 0) + 1,
      profile: store.settings.get().profile,
      note,
      terms: store.settings.get().terms,
    };
  }

  private render(snap: ReturnType<ScopeOfWorkExporter['snapshot']>) {
    return this.options.renderer.render({
      engagement: snap.engagement,
      profile: snap.profile,
      revision: { number: snap.revision, date: localToday(this.now()), note: snap.note },
      previous: snap.previous,
      terms: snap.terms,
      ...(this.options.locale !== undefined ? { locale: this.options.locale } : {}),
    });
  }

  /** A district must never receive "TBD" or "[DISTRICT]": refused before anything is asked or written. */
  private refusePlaceholders(snap: ReturnType<ScopeOfWorkExporter['snapshot']>): void {
    const found = findPlaceholders(snap.engagement, snap.terms);
    if (found.length === 0) return;
    const list = found
      .slice(0, 5)
      .map((p) => `${p.where} (“${p.text}”)`)
      .join('; ');
    throw new AppError(
      'invalid_input',
      `The scope of work still has placeholder text: ${list}${found.length > 5 ? ` and ${found.length - 5} more` : ''}. Replace it before exporting.`,
    );
  }

  /** Asks before exporting text the fonts cannot draw; false when the person declines. */
  private async acceptMissingText(snap: ReturnType<ScopeOfWorkExporter['snapshot']>): Promise<boolean> {
    if (this.options.fontsDir === undefined) return true;
    const missing = findMissingText(snap.engagement, snap.profile, loadFonts(this.options.fontsDir));
    if (!missing) return true;
    return this.options.desktop.confirm({
      title: 'Some text will not print',
      message: 'Some of this engagement’s text cannot be printed in the PDF.',
      detail: `${describeMissingText(missing)} Export anyway, or cancel and rewrite it in a Latin, Greek or Cyrillic script.`,
      confirmLabel: 'Export anyway',
    });
  }

  private async run(engagementId: string, note: string): Promise<ScopeExport> {
    let snap = this.snapshot(engagementId, note);
    if (isPlaceholderProfile(snap.profile))
      throw new AppError(
        'invalid_input',
        'Name your consultancy before exporting: the scope of work is signed with it (Settings, Your consultancy).',
      );
    this.refusePlaceholders(snap);
    if (!(await this.acceptMissingText(snap))) return { cancelled: true };
    // Render while the person picks a folder; a cancelled dialog simply discards the result.
    let rendering = this.render(snap);
    rendering.catch(() => undefined);
    const chosen = await this.options.desktop.chooseSavePath({
      title: 'Save the scope of work',
      defaultFileName: defaultExportFileName(clientNameOf(snap), snap.revision),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    if (chosen === null) return { cancelled: true };
    const target = extname(chosen).toLowerCase() === '.pdf' ? chosen : `${chosen}.pdf`;

    for (let attempt = 1; ; attempt++) {
      let pdf;
      try {
        pdf = await rendering;
      } catch (error) {
        throw new AppError('internal', `The scope of work could not be rendered: ${describe(error)}`, {
          cause: error,
        });
      }
      let staged: StagedFile;
      let stagedCsv: StagedFile;
      const csvTarget = csvPathFor(target);
      try {
        staged = await stageFile(target, pdf.bytes);
      } catch (error) {
        throw new AppError('io', `The PDF could not be saved to ${target}: ${describe(error)}`, {
          cause: error,
        });
      }
      try {
        // The finance office's copy of the same figures, from the same snapshot as the PDF.
        stagedCsv = await stageFile(csvTarget, financeCsvFor(snap.engagement));
      } catch (error) {
        staged.discard();
        throw new AppError('io', `The CSV could not be saved to ${csvTarget}: ${describe(error)}`, {
          cause: error,
        });
      }

      // From here to the end of the block nothing awaits, so no save can slip in between the
      // check, the rename and the freeze: the revision frozen is exactly the one printed.
      const store = this.options.store();
      const current = store.engagements.get(engagementId).meta.version;
      const revisions = store.revisions.list(engagementId);
      const stale = current !== snap.version || (revisions.at(-1)?.number ?? 0) + 1 !== snap.revision;
      if (stale && attempt < RENDER_ATTEMPTS) {
        staged.discard();
        stagedCsv.discard();
        snap = this.snapshot(engagementId, note);
        rendering = this.render(snap);
        continue;
      }
      if (stale) {
        staged.discard();
        stagedCsv.discard();
        throw new AppError(
          'conflict',
          'The engagement kept changing while the PDF was being prepared; export it again once editing has paused.',
        );
      }
      try {
        staged.commit();
      } catch (error) {
        stagedCsv.discard();
        throw new AppError('io', `The PDF could not be saved to ${target}: ${describe(error)}`, {
          cause: error,
        });
      }
      try {
        stagedCsv.commit();
      } catch (error) {
        removeQuietly(target);
        throw new AppError('io', `The CSV could not be saved to ${csvTarget}: ${describe(error)}`, {
          cause: error,
        });
      }
      let frozen;
      try {
        frozen = store.freezeRevision(engagementId, note);
      } catch (error) {
        // A PDF that claims a revision the store does not have would mislead: take it back.
        removeQuietly(target);
        removeQuietly(csvTarget);
        throw error;
      }
      const exportId = randomUUID();
      this.remember(exportId, target);
      return {
        cancelled: false,
        exportId,
        fileName: basename(target),
        csvFileName: basename(csvTarget),
        revision: frozen.number,
        pageCount: pdf.pageCount,
        byteLength: pdf.bytes.length,
      };
    }
  }

  private remember(exportId: string, path: string): void {
    this.exported.set(exportId, path);
    while (this.exported.size > REMEMBERED_EXPORTS) {
      const oldest = this.exported.keys().next().value;
      if (oldest === undefined) break;
      this.exported.delete(oldest);
    }
  }

  /** Opens (or reveals) a file this session exported. */
  async openExport(exportId: string, reveal: boolean): Promise<{ fileName: string }> {
    const path = this.exported.get(exportId);
    if (path === undefined)
      throw new AppError(
        'not_found',
        'That PDF is not in this session’s exports; export it again to open it.',
      );
    if (!existsSync(path))
      throw new AppError('not_found', `${basename(path)} was moved or deleted since it was exported.`);
    if (reveal) this.options.desktop.showItemInFolder(path);
    else await this.options.desktop.openPath(path);
    return { fileName: basename(path) };
  }
}
