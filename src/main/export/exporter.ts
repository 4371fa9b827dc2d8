import { randomUUID } from 'node:crypto';
import { existsSync, unlinkSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { findPlaceholders, localToday } from '@shared/domain';
import { AppError } from '@shared/errors';
import type { ScopeExport } from '@shared/channels/scope';
import { isPlaceholderProfile } from '@shared/channels/settings';
import type { Desktop } from '../desktop';
import { stageFile, type StagedFile } from '../files/atomic';
import { safeFileName } from '../files/names';
import { describeMissingText, findMissingText } from './coverage';
import { loadFonts } from './fonts';
import type { StoreAccess } from '../store';
import { clientNameOf } from './document';
import { csvPathFor, financeCsvFor } from './finance-csv';
import type { RenderedPdf } from './render';
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

async function rendered(rendering: Promise<RenderedPdf>): Promise<RenderedPdf> {
  try {
    return await rendering;
  } catch (error) {
    throw new AppError('internal', `The scope of work could not be rendered: ${describe(error)}`, {
      cause: error,
    });
  }
}

/** The PDF and the finance office's CSV (the same figures, from the same snapshot), written beside their targets. */
async function stageBoth(
  files: { pdf: string; csv: string },
  pdf: Buffer,
  csv: string,
): Promise<{ pdf: StagedFile; csv: StagedFile }> {
  let stagedPdf: StagedFile;
  try {
    stagedPdf = await stageFile(files.pdf, pdf);
  } catch (error) {
    throw new AppError('io', `The PDF could not be saved to ${files.pdf}: ${describe(error)}`, {
      cause: error,
    });
  }
  try {
    return { pdf: stagedPdf, csv: await stageFile(files.csv, csv) };
  } catch (error) {
    stagedPdf.discard();
    throw new AppError('io', `The CSV could not be saved to ${files.csv}: ${describe(error)}`, {
      cause: error,
    });
  }
}

/** Renames both staged files into place; if the CSV fails, the PDF is taken back too. */
function publishBoth(
  files: { pdf: string; csv: string },
  staged: { pdf: StagedFile; csv: StagedFile },
): void {
  try {
    staged.pdf.commit();
  } catch (error) {
    staged.csv.discard();
    throw new AppError('io', `The PDF could not be saved to ${files.pdf}: ${describe(error)}`, {
      cause: error,
    });
  }
  try {
    staged.csv.commit();
  } catch (error) {
    removeQuietly(files.pdf);
    throw new AppError('io', `The CSV could not be saved to ${files.csv}: ${describe(error)}`, {
      cause: error,
    });
  }
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

/** The saved engagement and what goes with it, as one export renders it. */
type Snapshot = ReturnType<ScopeOfWorkExporter['snapshot']>;

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

  private render(snap: Snapshot) {
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
  private refusePlaceholders(snap: Snapshot): void {
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
  private async acceptMissingText(snap: Snapshot): Promise<boolean> {
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

  /** Refuses a scope of work nobody could sign: no consultancy name, or placeholder text. */
  private refuseUnsignable(snap: Snapshot): void {
    if (isPlaceholderProfile(snap.profile))
      throw new AppError(
        'invalid_input',
        'Name your consultancy before exporting: the scope of work is signed with it (Settings, Your consultancy).',
      );
    this.refusePlaceholders(snap);
  }

  /** Where to save the PDF, asked in the save dialog; null when the person cancels. */
  private async chooseTarget(snap: Snapshot): Promise<string | null> {
    const chosen = await this.options.desktop.chooseSavePath({
      title: 'Save the scope of work',
      defaultFileName: defaultExportFileName(clientNameOf(snap), snap.revision),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    if (chosen === null) return null;
    return extname(chosen).toLowerCase() === '.pdf' ? chosen : `${chosen}.pdf`;
  }

  private async run(engagementId: string, note: string): Promise<ScopeExport> {
    let snap = this.snapshot(engagementId, note);
    this.refuseUnsignable(snap);
    if (!(await this.acceptMissingText(snap))) return { cancelled: true };
    // Render while the person picks a folder; a cancelled dialog simply discards the result.
    let rendering = this.render(snap);
    rendering.catch(() => undefined);
    const target = await this.chooseTarget(snap);
    if (target === null) return { cancelled: true };
    const files = { pdf: target, csv: csvPathFor(target) };

    for (let attempt = 1; ; attempt++) {
      const pdf = await rendered(rendering);
      const staged = await stageBoth(files, pdf.bytes, financeCsvFor(snap.engagement));
      // From here to the return nothing awaits, so no save can slip in between the check, the
      // rename and the freeze: the revision frozen is exactly the one printed.
      if (this.isStale(engagementId, snap)) {
        staged.pdf.discard();
        staged.csv.discard();
        if (attempt >= RENDER_ATTEMPTS) {
          throw new AppError(
            'conflict',
            'The engagement kept changing while the PDF was being prepared; export it again once editing has paused.',
          );
        }
        snap = this.snapshot(engagementId, note);
        rendering = this.render(snap);
        continue;
      }
      publishBoth(files, staged);
      const frozen = this.freezeOrTakeBack(engagementId, note, files);
      const exportId = randomUUID();
      this.remember(exportId, target);
      return {
        cancelled: false,
        exportId,
        fileName: basename(files.pdf),
        csvFileName: basename(files.csv),
        revision: frozen.number,
        pageCount: pdf.pageCount,
        byteLength: pdf.bytes.length,
      };
    }
  }

  /** A save or another export since the snapshot: what was rendered is no longer what is saved. */
  private isStale(engagementId: string, snap: Snapshot): boolean {
    const store = this.options.store();
    const current = store.engagements.get(engagementId).meta.version;
    const last = store.revisions.list(engagementId).at(-1)?.number ?? 0;
    return current !== snap.version || last + 1 !== snap.revision;
  }

  /** Freezes the revision the PDF names; if that fails, the written files are taken back. */
  private freezeOrTakeBack(engagementId: string, note: string, files: { pdf: string; csv: string }) {
    try {
      return this.options.store().freezeRevision(engagementId, note);
    } catch (error) {
      // A PDF that claims a revision the store does not have would mislead: take it back.
      removeQuietly(files.pdf);
      removeQuietly(files.csv);
      throw error;
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
