import type { Api, Result } from '@shared/api';
import type { AppErrorShape } from '@shared/errors';

/** The typed client: the only way the renderer reaches the main process. */
export const api: Api = window.api;

/** A failed call, carrying the main process's code and its message for the person. */
export class ApiError extends Error {
  readonly code: AppErrorShape['code'];
  constructor(error: AppErrorShape) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
  }
}

/** Unwraps an envelope: the value, or an ApiError to show. */
export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  const result = await pending;
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

/** What to tell the person when something failed. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
