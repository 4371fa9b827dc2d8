import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { migrateEngagement, type Engagement } from '../../../src/shared/domain';
import { ROOT, renderAndRead, type Rendered } from './helpers';
import {
  ALL_SECTIONS,
  expectClientWords,
  expectCrosswalkTotals,
  expectHeadingsKeepWithContent,
  expectInvoicesReconcile,
  expectNoPlaceholders,
  expectNotesInternal,
  sectionText,
  type PrintedInvoice,
} from './sow-checks';

/**
 * The scope-of-work expectations of the three scenarios (tests/fixtures/scenarios/*.md), read
 * back from each PDF's text: the payment schedule by source, the names and campuses, the
 * district's commitments and clean punctuation.
 */

function loadScenario(slug: string): Engagement {
  const path = join(ROOT, 'tests', 'fixtures', 'scenarios', `${slug}.json`);
  return migrateEngagement(JSON.parse(readFileSync(path, 'utf8')));
}

async function render(slug: string): Promise<Rendered> {
  return renderAndRead({ engagement: loadScenario(slug), revision: { number: 1, date: '2025-06-01' } });
}

function sourceId(r: Rendered, startsWith: string): string {
  const source = r.input.engagement.budget.fundingSources.find((s) => s.name.startsWith(startsWith));
  if (!source) throw new Error(`no source ${startsWith}`);
  return source.id;
}

/** Text compared without its spaces: a name may wrap at a hyphen or a space inside a cell. */
const squeeze = (text: string) => text.replace(/\s/g, '');

/** The printed invoices charged to a source, by the name the row starts with. */
function invoicesTo(rows: readonly PrintedInvoice[], name: string): PrintedInvoice[] {
  return rows.filter((row) => squeeze(row.text).startsWith(squeeze(name)));
}

const total = (rows: readonly PrintedInvoice[]) => rows.reduce((s, row) => s + row.cents, 0);

/** What every scenario's scope of work must be, whatever the engine funds. */
function expectSignable(r: Rendered): PrintedInvoice[] {
  const rows = expectInvoicesReconcile(r);
  expectCrosswalkTotals(r);
  expectNoPlaceholders(r);
  expectNotesInternal(r);
  expectClientWords(r);
  expect(r.all).not.toContain('\uFFFD');
  // Each invoice names its funding source.
  const names = [...r.input.engagement.budget.fundingSources.map((s) => s.name), 'Not yet assigned'];
  for (const row of rows)
    expect(
      names.some((n) => squeeze(row.text).startsWith(squeeze(n))),
      row.text,
    ).toBe(true);
  // A source is never invoiced after it must be invoiced or spent.
  for (const s of r.input.engagement.budget.fundingSources) {
    const deadline = [s.endDate, s.invoiceBy].filter((d): d is string => d !== null).sort()[0];
    if (deadline === undefined) continue;
    for (const row of invoicesTo(rows, s.name))
      expect(row.iso <= deadline, `${s.name}: ${row.date}`).toBe(true);
  }
  return rows;
}

describe('scenario rec-k3-foundational-reading: the scope of work', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render('rec-k3-foundational-reading');
  });

  it('E11: delivered by December 19, 2025; at least $7,500 invoiced to the state grant by December 31, 2025, the rest to Title II-A by September 30, 2026, adding up to the funded total', () => {
    const rows = expectSignable(r);
    for (const e of r.input.facts.crosswalk.entries) expect(e.month <= '2025-12').toBe(true);
    const state = invoicesTo(rows, 'State K–3 structured-literacy grant');
    expect(total(state)).toBeGreaterThanOrEqual(750_000);
    for (const row of state) expect(row.iso <= '2025-12-31').toBe(true);
    const titleII = invoicesTo(rows, 'Title II, Part A');
    for (const row of titleII) expect(row.iso <= '2026-09-30').toBe(true);
    expect(total(state) + total(titleII)).toBe(r.input.scope.costing.totalCents);
    expect(r.input.facts.crosswalk.unassignedCents).toBe(0);
  });

  it('E13: every contact name exactly as written, and the three campuses with their districts', () => {
    for (const name of [
      'Dra. Marisol Chávez-Tsosie',
      'Joaquín Ruíz Peña',
      'Renée Yellowhorse',
      'Ngọc Trâm Nguyễn',
    ])
      expect(r.all).toContain(name);
    for (const campus of [
      'Abiquiú Road Elementary (Río Chamita)',
      'Valle Verde Elementary (Río Chamita)',
      'Cerro Azul K–8 School (Cerro Azul)',
    ])
      expect(r.all).toContain(campus);
  });

  it('states the cooperative’s commitments and keeps every heading with what it introduces', () => {
    expect(sectionText(r, 'Responsibilities')).toContain(
      'The REC coaches carry the follow-up on their own campuses in the weekly coaching cycles they already run.',
    );
    expectHeadingsKeepWithContent(
      r,
      'Scope of work · Piñon Mesa Regional Education Cooperative',
      ALL_SECTIONS,
    );
  });
});

describe('scenario urban-multilingual-two-year: the scope of work', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render('urban-multilingual-two-year');
  });

  it('U14: a payment schedule by source that adds up to the funded total, no source invoiced after its deadline, and work no source can pay named as such', () => {
    const rows = expectSignable(r);
    const unpaid = r.input.facts.crosswalk.unassignedCents;
    expect(total(invoicesTo(rows, 'Not yet assigned'))).toBe(unpaid);
    if (unpaid > 0)
      expect(sectionText(r, 'Funding crosswalk')).toContain('after every source that may pay for it');
  });

  it('U15: contact names exactly as written, e-mail addresses never broken across lines, and the cohort A campuses named', () => {
    for (const name of [
      'Dr. Adaeze Okonkwo-Ruíz',
      'Thảo Phạm',
      'Søren Halvorsen',
      'Hêvî Barzanî',
      'José Ángel Villaseñor',
    ])
      expect(r.all).toContain(name);
    for (const contact of r.input.engagement.client.contacts) {
      if (contact.email === '') continue;
      // A broken address reads back with a space (or a line break) inside it.
      const line = r.text.all.split('\n').find((l) => l.includes(contact.email));
      expect(line, contact.email).toBeDefined();
    }
    for (const campus of [
      'Las Américas Dual Language Academy',
      'Hickory Hollow Elementary',
      'Stones River Middle',
      'Antioch Ridge High',
      'Harding Place High',
      'Nolensville Road Elementary',
    ])
      expect(r.all).toContain(campus);
  });
});

describe('scenario urban-multilingual-two-year: the funding of year one', () => {
  it('U14: Title I invoices $75,000 by May 29, 2026 for work at the 11 schoolwide campuses; the general fund $60,000 by June 15, 2026; Title II-A the rest by September 30, 2026', async () => {
    const r = await render('urban-multilingual-two-year');
    const rows = expectSignable(r);
    expect(total(invoicesTo(rows, 'Title I, Part A'))).toBe(7_500_000);
    for (const row of invoicesTo(rows, 'Title I, Part A')) expect(row.iso <= '2026-05-29').toBe(true);
    expect(total(invoicesTo(rows, 'Local general fund'))).toBe(6_000_000);
    for (const row of invoicesTo(rows, 'Local general fund')) expect(row.iso <= '2026-06-15').toBe(true);
    expect(total(invoicesTo(rows, 'Title II, Part A')) + 13_500_000).toBe(r.input.scope.costing.totalCents);
    expect(r.input.facts.crosswalk.unassignedCents).toBe(0);
    const titleI = sourceId(r, 'Title I, Part A');
    const schoolwide = new Set(
      r.input.engagement.budget.fundingSources.find((s) => s.id === titleI)?.restrict.campusIds,
    );
    // Title I pays only where the funded groups are: the first campuses of each line, in pilot order.
    const sized = new Map(r.input.scope.sizing.lines.map((l) => [l.lineId, l]));
    for (const e of r.input.facts.crosswalk.entries.filter((x) => x.sourceId === titleI)) {
      const campuses = sized.get(e.lineId)?.fundedCampusIds ?? [];
      expect(campuses.length).toBeGreaterThan(0);
      for (const id of campuses) expect(schoolwide.has(id)).toBe(true);
    }
  });

  it('U14: Year 2 is its own deferred phase, “FY2027, subject to budget approval”, at its step-down price', async () => {
    const r = await render('urban-multilingual-two-year');
    expect(sectionText(r, 'The north star and what waits')).toContain('FY2027, subject to budget approval');
    expect(r.input.scope.costing.byFiscalYear.find((y) => y.key === 'FY2027')?.totalCents ?? 0).toBe(0);
  });
});

describe('scenario urban-multilingual-two-year: what the district signs is year one', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render('urban-multilingual-two-year');
  });

  it('U2: the period of performance ends on June 12, 2026, the last day of work this budget pays for, wherever it is stated', () => {
    const cover = (r.text.pages[0] ?? '').replace(/\s+/g, ' ');
    expect(cover).toContain('Jul 28, 2025 – Jun 12, 2026');
    const period = 'July 28, 2025 to June 12, 2026';
    expect(sectionText(r, 'Summary')).toContain(`over a period of performance from ${period}`);
    expect(sectionText(r, 'Summary')).toContain('the north star runs to Jun 2027');
    expect(sectionText(r, 'Timeline')).toContain(`The funded scope runs from ${period}.`);
    expect(sectionText(r, 'Terms')).toContain(`The period of performance runs from ${period}`);
    expect(sectionText(r, 'Agreement')).toContain(`for a period of performance from ${period}`);
    expect(sectionText(r, 'Sustainability: who carries the work on')).toContain(
      'continue after June 12, 2026',
    );
    expect(r.all).not.toContain('June 11, 2027');
    // Closures of the second year are not this agreement's.
    expect(sectionText(r, 'Timeline')).not.toContain('Winter break 2026–27');
    expect(sectionText(r, 'Assumptions')).not.toContain('Winter break 2026–27');
  });

  it('U14: each part of what waits says when it could happen, under its title', () => {
    const waits = sectionText(r, 'The north star and what waits');
    expect(waits).toContain('Later, part 1: When funds allow');
    expect(waits).toContain('Ready to add from Jul 2025 to Jun 2026 if more funds are found');
    expect(waits).toMatch(
      /Later, part 2: Year 2: all campuses \(FY2027\) FY2027, subject to budget approval/,
    );
  });

  it('U14: a part where every service waits for the same reason says it once, not on every row', () => {
    const waits = sectionText(r, 'The north star and what waits');
    const reason =
      'Planned for after June 12, 2026, the last day of work this budget pays for; it waits for its own budget.';
    expect(waits).toContain(
      `FY2027, subject to budget approval (Jul 2026 to Jun 2027). Why each waits: ${reason}`,
    );
    expect(waits.split(reason)).toHaveLength(2);
    // Parts whose services wait for different reasons keep a reason on each row.
    expect(waits).toContain('Why it waits');
    expect(waits).toContain(
      'Follows its training, “Language-rich, grade-level instruction: cohort A teacher sessions”, to the same 8 campuses: more of the training brings more of this follow-up.',
    );
  });

  it('prints percentages and counts as a district reads them', () => {
    expect(sectionText(r, 'The north star and what waits')).toContain('covers 34.4% of it by cost');
    expect(r.all).not.toMatch(/\d %/);
    expect(sectionText(r, 'The district’s context and priority needs')).toContain('3,850 teachers');
  });
});

describe('the summary and the hand-over read as a district leader reads them', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render('rec-k3-foundational-reading');
  });

  it('names each funded service in full and opens sentences with words, not digits', () => {
    const summary = sectionText(r, 'Summary');
    for (const line of r.input.scope.costing.lines.slice(0, 5)) expect(summary).toContain(line.name);
    expect(summary).toContain('One is funded in part rather than dropped. Six wait for later');
    expect(summary).not.toContain('…');
  });

  it('says who takes over each service once, and when they first lead it', () => {
    const handover = sectionText(r, 'Sustainability: who carries the work on');
    const sessions = 'K–3 foundational reading sessions, led by REC coaches';
    expect(handover.split(sessions).length - 1).toBe(1);
    expect(handover).toMatch(
      /The 5 in-house facilitators Plan and lead the district’s own sessions .* Aug 2025/,
    );
  });
});

describe('scenario charter-coaching-network: the scope of work', () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render('charter-coaching-network');
  });

  it('C11: the foundation’s $42,000 invoiced only against coach development, by June 30, 2026; Title II-A the rest by September 30, 2026; adding up to the funded total', () => {
    const rows = expectSignable(r);
    const foundation = invoicesTo(rows, 'Lakefront Education Foundation');
    expect(total(foundation)).toBe(4_200_000);
    for (const row of foundation) expect(row.iso <= '2026-06-30').toBe(true);
    const titleII = invoicesTo(rows, 'Title II, Part A');
    for (const row of titleII) expect(row.iso <= '2026-09-30').toBe(true);
    expect(total(foundation) + total(titleII)).toBe(r.input.scope.costing.totalCents);
    // What the foundation's invoices bill is coach development: the institute and coaching of coaches.
    const coachDevelopment = new Set(
      r.input.engagement.lines
        .filter((l) => l.serviceId === 'facilitator-development' || l.serviceId === 'coaching-cycle')
        .map((l) => l.id),
    );
    const paid = r.input.facts.crosswalk.entries.filter((e) => e.sourceId === sourceId(r, 'Lakefront'));
    for (const e of paid) expect(coachDevelopment.has(e.lineId)).toBe(true);
    // The report the foundation needs is a deliverable due by its deadline.
    expect(sectionText(r, 'Deliverables')).toContain(
      'Report of coaching cycles completed and teachers reached',
    );
    expect(sectionText(r, 'Deliverables')).toContain('Jun 2026');
  });

  it('C12: the network’s commitment to protect coach time, as a district responsibility', () => {
    const responsibilities = sectionText(r, 'Responsibilities');
    expect(responsibilities).toContain('What Bayou Crescent Schools commits to');
    expect(responsibilities).toContain('Principals protect coach time for coaching');
  });

  it('C14: names exactly as written, and funding restrictions without doubled punctuation', () => {
    for (const name of [
      'Dr. Océane Thibodeaux-Nguyen',
      'Quang Lê',
      'Beatriz Gómez-Landry',
      'Aurélien Broussard',
      'Siobhán Ó Briain',
      'Crescent Academy Tremé',
    ])
      expect(r.all).toContain(name);
    expect(r.all).toContain('supplement, not supplant.');
    expect(r.all).not.toMatch(/(?<!\.)\.\.(?!\.)|[;,:]\.|\.[;,]|…\./);
  });
});
