// Chinese (pinyin) order of names through numbers. The collator takes about a microsecond a
// comparison, and the ranking and the trend order the same few thousand department names on
// every filter change (ties of value break by name). Every name seen keeps its place in that
// order; names new to a call are collated once and merged in.

const collator = new Intl.Collator('zh-Hans-CN');

/** Compares names in Chinese (pinyin) order, the tie-breaker of every ranking. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Every name seen, in collation order; names the collator finds equal share a place. */
let ordered: string[] = [];
let places = new Map<string, number>();

function learn(fresh: string[]): void {
  fresh.sort(compareNames);
  const merged: string[] = [];
  const next = new Map<string, number>();
  let i = 0;
  let j = 0;
  let prev: string | null = null;
  let prevFresh = false;
  const add = (name: string, isFresh: boolean) => {
    if (next.has(name)) return;
    // Two known names are equal if they shared a place; otherwise the collator says.
    const equal = prev !== null && (isFresh || prevFresh ? compareNames(prev, name) === 0 : places.get(prev) === places.get(name));
    next.set(name, equal ? next.get(prev!)! : merged.length);
    merged.push(name);
    prev = name;
    prevFresh = isFresh;
  };
  while (i < ordered.length || j < fresh.length) {
    if (j >= fresh.length || (i < ordered.length && compareNames(ordered[i]!, fresh[j]!) <= 0)) add(ordered[i++]!, false);
    else add(fresh[j++]!, true);
  }
  ordered = merged;
  places = next;
}

/**
 * The place of each name in Chinese (pinyin) order, for every name given (and others seen
 * before): compare places as numbers, as `compareNames` compares the names.
 */
export function namePlaces(names: Iterable<string>): ReadonlyMap<string, number> {
  let fresh: string[] | null = null;
  for (const n of names) if (!places.has(n)) (fresh ??= []).push(n);
  if (fresh) learn(fresh);
  return places;
}

/** Names sorted in Chinese (pinyin) order (a new array; equal names keep their order). */
export function sortNames(names: Iterable<string>): string[] {
  const list = [...names];
  const at = namePlaces(list);
  return list.sort((a, b) => at.get(a)! - at.get(b)!);
}
