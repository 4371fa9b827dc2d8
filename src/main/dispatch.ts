import { z } from 'zod';
import { contract, type ChannelName, type Handlers, type Result } from '@shared/api';
import { AppError, describeZodError, short } from '@shared/errors';
import type { ErrorLog } from './error-log';

function isChannel(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/**
 * Runs one call of the contract: checks the channel, parses the input, runs the handler,
 * checks the output, and always answers with an envelope. Nothing thrown escapes, so the
 * renderer never sees an unhandled rejection and a bad input never reaches a handler.
 * An `internal` answer (a fault, not something the person can fix) is written to `log`
 * with the error alone: never the call's input.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
  log?: Pick<ErrorLog, 'write'>,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return fail(
      'unsupported',
      `Unknown channel: ${typeof channel === 'string' ? short(channel, 60) : typeof channel}`,
    );
  }
  const spec = contract[channel];
  try {
    // Inside the try: a parse can itself fail (a list deep or long enough to exhaust the stack).
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) return fail('invalid_input', describeZodError(parsed.error));
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
    const checked = (spec.output as z.ZodType).safeParse(value);
    if (!checked.success) {
      console.error(`[ipc] ${channel} produced an invalid result`, checked.error.issues);
      // Where and what kind, never the values: the answer may hold the person's engagement.
      const where = checked.error.issues.map((issue) => `${issue.path.join('.') || '(root)'} ${issue.code}`);
      log?.write(channel, new Error(`Invalid result: ${where.slice(0, 5).join('; ')}`));
      return fail('internal', `The app produced an invalid answer for ${channel}.`);
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === 'internal') log?.write(channel, error);
      return fail(error.code, short(error.message, 2_000));
    }
    if (error instanceof z.ZodError) return fail('invalid_input', describeZodError(error));
    if (isReadOnlyError(error)) {
      return fail('forbidden', 'Your data is open read-only, so this change was not saved.');
    }
    if (error instanceof RangeError && /call stack/i.test(error.message)) {
      return fail('invalid_input', `Invalid input: it is too large or too deeply nested for ${channel}.`);
    }
    console.error(`[ipc] ${channel} failed`, error);
    log?.write(channel, error);
    const message = error instanceof Error ? error.message : String(error);
    return fail('internal', `Something went wrong (${channel}): ${short(message, 300)}`);
  }
}

function isReadOnlyError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  return code.startsWith('SQLITE_READONLY');
}

function fail(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
