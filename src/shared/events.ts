import { z } from 'zod';

/**
 * What the main process tells the page, the other direction of the contract. Today: the
 * application menu's commands, which act on whatever the page is showing.
 */
export const AppCommandSchema = z.enum([
  'engagement:new',
  'project:import',
  'project:export',
  'scope:export',
  'backup:create',
  'view:projects',
  'view:settings',
  'view:meetingMode',
  'help:shortcuts',
]);
export type AppCommand = z.infer<typeof AppCommandSchema>;

export const events = {
  command: AppCommandSchema,
} as const;

export type AppEventName = keyof typeof events;
export const eventNames = Object.keys(events) as AppEventName[];
export type AppEventPayload<E extends AppEventName> = z.infer<(typeof events)[E]>;

/** The channel an event travels on between main and preload. */
export const eventChannel = (event: AppEventName): `event:${AppEventName}` => `event:${event}`;

/** Subscribes to an event; returns the function that unsubscribes. */
export type Subscribe = <E extends AppEventName>(
  event: E,
  listener: (payload: AppEventPayload<E>) => void,
) => () => void;
