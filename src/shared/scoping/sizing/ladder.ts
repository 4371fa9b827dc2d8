import type { PreparedLine } from './prepare';

/**
 * A line's ladder: the sizes it can be funded at, from its floor (the smallest useful size) to
 * its top (all it can hold in the funded window), and what a follow-up reaches from its training.
 */

/** A funded quantity: groups (cohorts, campuses, teachers) × units per group (sessions, cycles). */
export interface Size {
  groups: number;
  count: number;
}

/**
 * The size at a ladder position. Follow-up services climb coverage first, then dosage; the rest
 * climb dosage first (every session for the cohorts they reach), then coverage: dosage as far as
 * the calendar holds for one group (`dosageCap`), then coverage, then the rest of the dosage.
 */
export function sizeAt(item: PreparedLine, position: number): Size {
  const p = Math.max(0, Math.min(item.steps, position));
  const { floor, top } = item;
  if (item.coverageFirst) {
    const span = top.groups - floor.groups;
    return p <= span
      ? { groups: floor.groups + p, count: floor.count }
      : { groups: top.groups, count: floor.count + p - span };
  }
  // Dosage up to what the calendar holds for one group, then coverage, then the rest of dosage.
  const cap = Math.max(floor.count, Math.min(top.count, item.dosageCap));
  const first = cap - floor.count;
  const across = top.groups - floor.groups;
  if (p <= first) return { groups: floor.groups, count: floor.count + p };
  if (p <= first + across) return { groups: floor.groups + p - first, count: cap };
  return { groups: top.groups, count: cap + p - first - across };
}

/**
 * The groups a follow-up reaches when its own ladder asks for `ownGroups` and its training
 * reaches `leaderGroups`: at least its coverage of what the training reaches, at most what the
 * training reaches (no follow-up where nobody was trained), counted in the same campuses when
 * both are tied to campuses, else in the same share of their groups.
 */
export function followerGroups(
  items: readonly PreparedLine[],
  follower: PreparedLine,
  leaderGroups: number,
  ownGroups: number,
): number {
  const leader = items[follower.leader];
  if (!leader || leaderGroups <= 0) return 0;
  const G = follower.top.groups;
  const leaderCampuses = leader.line.campusIds;
  const ownCampuses = follower.line.campusIds;
  let reach: number;
  if (leaderCampuses.length > 0 && ownCampuses.length > 0) {
    const reached = Math.min(
      leaderCampuses.length,
      Math.ceil((leaderGroups * leaderCampuses.length) / leader.top.groups),
    );
    let last = 0;
    for (const id of leaderCampuses.slice(0, reached)) last = Math.max(last, ownCampuses.indexOf(id) + 1);
    reach = Math.ceil((last * G) / ownCampuses.length);
  } else {
    reach = Math.ceil((leaderGroups * G) / leader.top.groups);
  }
  const needed = Math.max(follower.floor.groups, Math.ceil((reach * follower.leaderCoverage) / 100));
  // Kept funded by hand, a follow-up goes wherever the consultant wants it.
  if (follower.line.pin === 'funded') return Math.min(G, Math.max(needed, ownGroups));
  const cap = Math.min(G, Math.max(1, reach));
  // The follow-up's own floor holds even when its training reaches fewer.
  return Math.max(Math.min(G, follower.floor.groups), Math.min(cap, Math.max(needed, ownGroups)));
}

/** Campuses a line reaches at `groups` groups, in its pilot order. */
export function campusesAt(item: PreparedLine, groups: number): string[] {
  const campuses = item.line.campusIds;
  if (campuses.length === 0 || groups <= 0) return [];
  return campuses.slice(
    0,
    Math.min(campuses.length, Math.ceil((groups * campuses.length) / item.northStar.groups)),
  );
}
