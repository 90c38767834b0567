// What paged exports share (the matrix's and the ranking's): balanced page splits, and the
// subtitle that says which part a page holds.
import type { ChartTitles } from '../common';

/** Splits `total` positions into the fewest parts of at most `max`, whose sizes differ by one at most. */
export function splits(total: number, max: number): [number, number][] {
  const parts = Math.max(1, Math.ceil(total / Math.max(1, max)));
  const at = (i: number) => Math.floor((i * total) / parts);
  return Array.from({ length: parts }, (_, i) => [at(i), at(i + 1)]);
}

/** The titles of a page: its label after the subtitle (「部门：33 · 第 1/4 页：…」). */
export function pageTitles(titles: ChartTitles | undefined, label: string): ChartTitles | undefined {
  return titles && label ? { ...titles, subtitle: [titles.subtitle, label].filter(Boolean).join(' · ') } : titles;
}
