/**
 * Dotted paths into a plain document ("client.contacts.2.name"), read and written without
 * mutating it: a write copies only the objects along the path, so every other part keeps its
 * identity and whoever shows it can tell at a glance that it did not change.
 */

type Container = Record<string, unknown> | unknown[];

export function segments(path: string): string[] {
  return path === '' ? [] : path.split('.');
}

export function parentPath(path: string): string {
  const i = path.lastIndexOf('.');
  return i < 0 ? '' : path.slice(0, i);
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function child(node: unknown, key: string): unknown {
  if (Array.isArray(node)) return node[Number(key)];
  if (isContainer(node)) return (node as Record<string, unknown>)[key];
  return undefined;
}

export function getAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of segments(path)) node = child(node, key);
  return node;
}

function withChild(node: unknown, key: string, value: unknown): Container {
  if (Array.isArray(node)) {
    const copy: unknown[] = node.slice();
    copy[Number(key)] = value;
    return copy;
  }
  const fields = isContainer(node) && !Array.isArray(node) ? node : {};
  return { ...fields, [key]: value };
}

function setIn(node: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const before = child(node, key);
  const after = setIn(before, rest, value);
  return Object.is(before, after) ? node : withChild(node, key, after);
}

/** The document with `value` at `path`; the same document when nothing changes. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  return setIn(root, segments(path), value) as T;
}

/** The document with the list at `path` replaced by what `change` makes of it. */
export function updateList<T>(root: T, path: string, change: (list: readonly unknown[]) => unknown[]): T {
  const list = getAt(root, path);
  return setAt(root, path, change(Array.isArray(list) ? list : []));
}

export function insertItem(list: readonly unknown[], item: unknown, index = list.length): unknown[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

export function removeItem(list: readonly unknown[], index: number): unknown[] {
  return list.filter((_, i) => i !== index);
}

export function moveItem(list: readonly unknown[], from: number, to: number): unknown[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const copy = [...list];
  const [moved] = copy.splice(from, 1);
  copy.splice(to, 0, moved);
  return copy;
}

export function idOf(value: unknown): string | null {
  return isContainer(value) && !Array.isArray(value) && typeof value.id === 'string' ? value.id : null;
}

/**
 * The path with each list position replaced by the row's id where it has one
 * ("client.contacts.#a1b2….name"), so what was typed in a row stays with that row when rows
 * above it are added, removed or moved.
 */
export function stableKey(root: unknown, path: string): string {
  let node = root;
  const out: string[] = [];
  for (const key of segments(path)) {
    const next = child(node, key);
    const id = Array.isArray(node) ? idOf(next) : null;
    out.push(id === null ? key : `#${id}`);
    node = next;
  }
  return out.join('.');
}
