// Direction-aware ordering: for 'down' indicators lower is better; 'neutral'
// ones sort descending (largest first) without implying good or bad.
import type { Direction } from '../types';
import type { DepartmentInfo } from '../observations/chart-row';
import { namePlaces } from './name-order';

export interface Ranked<T> {
  item: T;
  value: number;
  /** 1-based competition rank: ties share a rank ("1, 2, 2, 4"). */
  rank: number;
  /**
   * Position in the sort order mapped to [0, 1], 1 = first. For 'up'/'down'
   * indicators this is how good the value is; for 'neutral' only how large.
   */
  percentile: number;
}

/**
 * Sorts and ranks items by value (best first), ignoring non-finite values.
 * Ties keep the same rank and are ordered by `tieOrder` (smaller first; a name's place in
 * `namePlaces`), else as given. O(n log n).
 */
export function rankByDirection<T>(
  items: readonly T[],
  valueOf: (item: T) => number,
  direction: Direction,
  tieOrder?: (item: T) => number,
): Ranked<T>[] {
  const sign = direction === 'down' ? 1 : -1;
  const list: { item: T; value: number; tie: number }[] = [];
  for (const item of items) {
    const value = valueOf(item);
    if (Number.isFinite(value)) list.push({ item, value, tie: tieOrder ? tieOrder(item) : 0 });
  }
  list.sort((a, b) => sign * (a.value - b.value) || a.tie - b.tie);
  const n = list.length;
  const out = new Array<Ranked<T>>(n);
  let rank = 1;
  for (let i = 0; i < n; i++) {
    const x = list[i]!;
    if (i > 0 && x.value !== list[i - 1]!.value) rank = i + 1;
    out[i] = { item: x.item, value: x.value, rank, percentile: n <= 1 ? 1 : (n - rank) / (n - 1) };
  }
  return out;
}

/** Rank of every key by value (the common case of departments → values). */
export function rankMap(
  values: ReadonlyMap<string, number>,
  direction: Direction,
): Map<string, { rank: number; percentile: number; of: number }> {
  const at = namePlaces(values.keys());
  const ranked = rankByDirection(
    [...values.keys()],
    (k) => values.get(k)!,
    direction,
    (k) => at.get(k)!,
  );
  const out = new Map<string, { rank: number; percentile: number; of: number }>();
  for (const r of ranked) out.set(r.item, { rank: r.rank, percentile: r.percentile, of: ranked.length });
  return out;
}

export interface PeerRank {
  rank: number;
  /** Number of peers (including the department) with a value. */
  of: number;
  /** The department type the peers share ('' when unknown: then all departments are peers). */
  type: string;
  percentile: number;
}

/**
 * Rank of `department` among departments of the same type, given every
 * department's value of one indicator in one year.
 */
export function peerRank(
  department: string,
  values: ReadonlyMap<string, number>,
  departments: ReadonlyMap<string, DepartmentInfo> | readonly DepartmentInfo[],
  direction: Direction,
): PeerRank | null {
  if (!values.has(department)) return null;
  const info = infoMap(departments);
  const type = info.get(department)?.type ?? '';
  const peers = new Map<string, number>();
  for (const [name, v] of values) {
    if ((info.get(name)?.type ?? '') === type) peers.set(name, v);
  }
  const r = rankMap(peers, direction).get(department);
  return r ? { rank: r.rank, of: r.of, type, percentile: r.percentile } : null;
}

/** Department metadata keyed by name (accepts an array or an existing map). */
export function infoMap(departments: ReadonlyMap<string, DepartmentInfo> | readonly DepartmentInfo[]): ReadonlyMap<string, DepartmentInfo> {
  if (departments instanceof Map) return departments;
  const m = new Map<string, DepartmentInfo>();
  for (const d of departments as readonly DepartmentInfo[]) m.set(d.name, d);
  return m;
}
