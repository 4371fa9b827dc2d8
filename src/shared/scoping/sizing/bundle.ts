import { sizeAt } from './ladder';
import type { Change, FundingState, Pending } from './funding';

/**
 * Funding one line brings others along: what it depends on, the training it follows up, and the
 * follow-ups tied to each, all at their floors. This finds them, or what stops them, and funds
 * the lot when it fits (or, for a line kept by hand, whether or not it fits).
 */

/** Whether a follow-up waits on work that is deferred, or lies after the budget's window. */
function followUpBlocked(state: FundingState, f: number): boolean {
  const { items, position, decided } = state;
  const seen = new Set<number>([f]);
  const stack = [...(items[f]?.deps ?? [])];
  while (stack.length > 0) {
    const d = stack.pop() ?? -1;
    if (seen.has(d)) continue;
    seen.add(d);
    const dep = items[d];
    if (!dep) continue;
    if ((position[d] ?? -1) < 0 && (decided[d] === 1 || !dep.fundable || dep.line.pin === 'deferred'))
      return true;
    stack.push(...dep.deps);
  }
  return false;
}

/**
 * The unfunded lines `i` needs with it, deepest last, or what blocks them. A line kept by hand
 * (`force`) goes ahead without a follow-up that cannot come, and past a closed calendar.
 */
function bundleOf(
  state: FundingState,
  i: number,
  force = false,
): { members: number[] } | { blocked: Pending } {
  const { items, decided, reasons } = state;
  const members: number[] = [];
  const seen = new Set<number>([i]);
  const stack = [i];
  while (stack.length > 0) {
    const cur = stack.pop() ?? i;
    const item = items[cur];
    if (!item) continue;
    const needs = [...item.deps, ...(item.leader >= 0 ? [item.leader] : []), ...item.followers];
    for (const d of needs) {
      if (seen.has(d)) continue;
      seen.add(d);
      const dep = items[d];
      if (!dep || state.isFunded(d)) continue;
      const isFollower = item.followers.includes(d);
      if (isFollower && force && (decided[d] === 1 || !dep.fundable || followUpBlocked(state, d))) continue;
      if (decided[d] === 1 || !dep.fundable) {
        const blocked: Pending = reasons[d] ?? { code: 'pinned_deferred' };
        return {
          blocked: isFollower
            ? { code: 'follow_up', blocking: d, inner: blocked }
            : { code: 'dependency_deferred', blocking: d },
        };
      }
      if (!dep.open && !force) {
        const closed: Pending = { code: 'calendar_closed', bucket: dep.bucket, month: dep.earliest };
        return { blocked: isFollower ? { code: 'follow_up', blocking: d, inner: closed } : closed };
      }
      members.push(d);
      stack.push(d);
    }
  }
  return { members };
}

/** Changes that fund `i` at position `p` with `members` at their floors, leaders before followers. */
function fundingChanges(state: FundingState, i: number, p: number, members: readonly number[]): Change[] {
  const { items } = state;
  const planned = new Map<number, number>(members.map((m) => [m, 0]));
  planned.set(i, p);
  const changes: Change[] = [];
  const leaderGroups = new Map<number, number>();
  for (const [m, pos] of planned) {
    const item = items[m];
    if (!item || item.leader >= 0) continue;
    const to = sizeAt(item, pos);
    leaderGroups.set(m, to.groups);
    changes.push({ item, from: state.current(m), to });
  }
  for (const [m, pos] of planned) {
    const item = items[m];
    if (!item || item.leader < 0) continue;
    changes.push({
      item,
      from: state.current(m),
      to: state.sizeOf(item, pos, leaderGroups.get(item.leader)),
    });
  }
  return changes;
}

/** Why a line brought in by `dependent` is funded out of its own order. */
export function broughtInBy(state: FundingState, dependent: number): (m: number) => string | null {
  return (m) => {
    if (m === dependent) return null;
    const who = state.items[dependent]?.name ?? '';
    const item = state.items[m];
    if (item && item.leader === dependent) return `Funded with “${who}”, which it follows up.`;
    if (item && state.items[dependent]?.leader === m) return `Funded with “${who}”, its follow-up.`;
    return `Funded with “${who}”, which depends on it.`;
  };
}

/**
 * Funds line `i` at position `p` with what it needs, when that fits (or always, with `force`);
 * otherwise it waits with the reason. Returns whether it was funded.
 */
export function tryFund(
  state: FundingState,
  i: number,
  p: number,
  note: (m: number) => string | null,
  force: boolean,
): boolean {
  const bundle = bundleOf(state, i, force);
  if ('blocked' in bundle) {
    state.defer(i, bundle.blocked);
    return false;
  }
  const item = state.items[i];
  if (item && !item.open && !force) {
    state.defer(i, { code: 'calendar_closed', bucket: item.bucket, month: item.earliest });
    return false;
  }
  const changes = fundingChanges(state, i, p, bundle.members);
  if (!force) {
    const stop = state.obstacle(changes);
    if (stop) {
      // A training held back by its follow-up says so, naming the follow-up.
      const follower = changes.find((c) => c.item.leader === i && stop.code !== 'budget');
      state.defer(i, follower ? { code: 'follow_up', blocking: follower.item.index, inner: stop } : stop);
      return false;
    }
  }
  state.apply(changes);
  for (const c of changes) {
    const m = c.item.index;
    state.decided[m] = 1;
    if (!state.isFunded(m)) state.notes[m] = note(m);
    state.position[m] = m === i ? p : Math.max(0, state.position[m] ?? 0);
  }
  return true;
}
