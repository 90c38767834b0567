// The table printed under a chart: one row per department (and indicator, when the
// chart shows several), one column per year, each cell the value as charts write it
// (「约30件」). Missing years stay empty, never zero.
import { formatValue } from '../charts/format';
import type { Lang } from '../charts/labels';
import type { Observation } from '../types';
import { noteMarker, type CheckCells, type CheckCellsOf } from './check-columns';

export interface PrintTableRow {
  department: string;
  /** 名次 in the chart's ranking; null when not ranked (not reported). */
  rank: number | null;
  indicator: string;
  /** One cell per year of `years`; null where the department reported nothing. */
  cells: ({ text: string; derived: boolean; check?: CheckCells; mark?: string } | null)[];
}

/** A flagged figure of the printed rows, explained under the table after its mark (①, ②, …). */
export interface PrintCheckNote {
  mark: string;
  row: PrintTableRow;
  year: number;
  check: CheckCells;
}

export interface PrintTable {
  /** Whether the rows differ by indicator (then an indicator column is shown). */
  byIndicator: boolean;
  years: number[];
  /** Rows follow a ranking chart's order and carry 名次. */
  ranked: boolean;
  rows: PrintTableRow[];
  /** Rows left out beyond the limit (the CSV export has them all). */
  omitted: number;
  /** The printed rows' flagged figures, in table order. */
  checkNotes: PrintCheckNote[];
}

/** The label of each indicator id: the wording most of its rows use. */
function indicatorLabels(rows: readonly Observation[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const o of rows) {
    let m = counts.get(o.indicatorId);
    if (!m) counts.set(o.indicatorId, (m = new Map<string, number>()));
    const text = o.indicatorText || o.indicatorId;
    m.set(text, (m.get(text) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [id, m] of counts) out.set(id, [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  return out;
}

/** A ranking chart's order: its departments top to bottom with their ranks. */
export type RankingOrder = readonly { department: string; rank: number | null }[];

/** `checks`: the data checks' status and explanation of a figure, printed as a note under the table. */
export function buildPrintTable(
  rows: readonly Observation[],
  lang: Lang,
  maxRows = 300,
  ranking?: RankingOrder,
  checks?: CheckCellsOf,
): PrintTable {
  const years = [...new Set(rows.map((o) => o.year))].sort((a, b) => a - b);
  const labels = indicatorLabels(rows);
  const byIndicator = labels.size > 1;
  const col = new Map(years.map((y, i) => [y, i]));
  const byKey = new Map<string, PrintTableRow>();
  for (const o of rows) {
    const key = `${o.department}\u0000${byIndicator ? o.indicatorId : ''}`;
    let row = byKey.get(key);
    if (!row) {
      row = { department: o.department, rank: null, indicator: labels.get(o.indicatorId) ?? o.indicatorId, cells: years.map(() => null) };
      byKey.set(key, row);
    }
    const check = checks?.(o);
    row.cells[col.get(o.year)!] = {
      text: formatValue(o.value, o.unit, o.qualifier, lang),
      derived: o.derived,
      ...(check ? { check } : {}),
    };
  }
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en');
  const byName = (a: PrintTableRow, b: PrintTableRow) =>
    collator.compare(a.department, b.department) || collator.compare(a.indicator, b.indicator);
  let all = [...byKey.values()];
  if (ranking) {
    // As the chart reads, top to bottom; departments the chart does not list come last.
    const position = new Map(ranking.map((e, i) => [e.department, i]));
    for (const r of all) r.rank = ranking[position.get(r.department) ?? -1]?.rank ?? null;
    all.sort((a, b) => (position.get(a.department) ?? Infinity) - (position.get(b.department) ?? Infinity) || byName(a, b));
  } else all = all.sort(byName);
  const shown = all.slice(0, maxRows);
  const checkNotes: PrintCheckNote[] = [];
  for (const row of shown)
    row.cells.forEach((c, k) => {
      if (!c?.check) return;
      c.mark = noteMarker(checkNotes.length + 1);
      checkNotes.push({ mark: c.mark, row, year: years[k]!, check: c.check });
    });
  return { byIndicator, years, ranked: !!ranking, rows: shown, omitted: Math.max(0, all.length - maxRows), checkNotes };
}
