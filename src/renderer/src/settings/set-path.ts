/** A copy of `root` with the value at a dotted path ("roles.0.dayCents") replaced; only that path is copied. */
export function setPath<T>(root: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const clone = (node: unknown): unknown =>
    Array.isArray(node) ? [...(node as unknown[])] : { ...(node as object) };
  const next = clone(root) as Record<string, unknown>;
  let cursor: Record<string, unknown> = next;
  keys.forEach((key, i) => {
    if (i === keys.length - 1) cursor[key] = value;
    else {
      cursor[key] = clone(cursor[key]);
      cursor = cursor[key] as Record<string, unknown>;
    }
  });
  return next as T;
}
