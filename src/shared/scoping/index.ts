/**
 * The scoping engine: support-level advice, costing, sizing, the schedule, plan checks and the
 * revision diff. Pure TypeScript with no I/O, so the UI runs it on every edit and the scope of
 * work runs the same code; how it decides is in docs/scoping.md.
 */
export * from './advice';
export * from './calendar';
export * from './costing';
export * from './pricing';
export * from './quantity';
export * from './sizing';
export * from './schedule';
export * from './checks';
export * from './diff';
export * from './scope';
export * from './funding';
export * from './invoices';
export * from './deliverables';
