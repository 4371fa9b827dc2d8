import type { z } from 'zod';

/** zod issues as form paths → the first message for each, in the schema's plain words. */
export function issueMap(error: z.ZodError): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    if (!map.has(path)) map.set(path, issue.message);
  }
  return map;
}

export const NO_ISSUES: ReadonlyMap<string, string> = new Map();
