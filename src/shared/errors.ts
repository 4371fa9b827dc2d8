import { z } from 'zod';

/** Every failure a channel can report, as the renderer sees it. */
export const ErrorCodeSchema = z.enum([
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'unsupported',
  'corrupt',
  'io',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

export const AppErrorShapeSchema = z.object({ code: ErrorCodeSchema, message: z.string() });
export type AppErrorShape = z.infer<typeof AppErrorShapeSchema>;

/**
 * An expected failure with a message written for the person using the app.
 * Services throw it; the IPC layer turns it into `{ ok: false, error }`.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}

/**
 * Keys and messages can carry what the caller sent (an unknown key, a bad value), which may
 * be megabytes: a message quotes at most `max` characters of each.
 */
export function short(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${Array.from(text.slice(0, max * 2))
    .slice(0, max - 1)
    .join('')}…`;
}

/** Turns a zod issue list into one sentence that names each bad field. */
export function describeZodError(error: z.ZodError, subject = 'input'): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map((key) => short(String(key), 40)).join('.') : subject;
    return `${path}: ${short(issue.message, 200)}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more)` : '';
  return `Invalid ${subject}: ${parts.join('; ')}${more}`;
}
