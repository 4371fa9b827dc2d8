/**
 * The engagement model: every schema and type the UI, the main process, the PDF and the
 * engine share. Types are inferred from the zod schemas so the two never drift.
 */
export * from './primitives';
export * from './vocabulary';
export * from './catalog';
export * from './client';
export * from './readiness';
export * from './plan-line';
export * from './budget';
export * from './timeline';
export * from './engagement';
export * from './consultancy';
export * from './scope-of-work';
export { DEFAULT_TERMS, fillTerms, resolveClauses, type ResolvedClause } from './terms';
export { findPlaceholders, placeholderIn, type Placeholder } from './placeholders';
export { migrateEngagement, newEngagement, localToday } from './migrate';
export * from './bounds';
