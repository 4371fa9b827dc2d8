import { z } from 'zod';
import { contract, type ChannelName, type Handlers, type Result } from '../shared/api';
import { AppError, describeZodError } from '../shared/errors';

function isChannel(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/**
 * Runs one call of the contract: checks the channel, parses the input, runs the handler,
 * checks the output, and always answers with an envelope. Nothing thrown escapes, so the
 * renderer never sees an unhandled rejection and a bad input never reaches a handler.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  rawInput: unknown,
): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return fail('unsupported', `Unknown channel: ${typeof channel === 'string' ? channel : typeof channel}`);
  }
  const spec = contract[channel];
  const parsed = spec.input.safeParse(rawInput);
  if (!parsed.success) return fail('invalid_input', describeZodError(parsed.error));
  try {
    const handler = handlers[channel] as (input: unknown) => unknown;
    const value: unknown = await handler(parsed.data);
    const checked = (spec.output as z.ZodType).safeParse(value);
    if (!checked.success) {
      console.error(`[ipc] ${channel} produced an invalid result`, checked.error.issues);
      return fail('internal', `The app produced an invalid answer for ${channel}.`);
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    if (error instanceof z.ZodError) return fail('invalid_input', describeZodError(error));
    console.error(`[ipc] ${channel} failed`, error);
    const message = error instanceof Error ? error.message : String(error);
    return fail('internal', `Something went wrong (${channel}): ${message}`);
  }
}

function fail(code: AppError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
