// The data checks' columns of exported figures: 「核查」 (错误 / 需核实 / 已说明) and 「核查说明」
// (the user's explanation, or 「待核实」 and what was found). Empty for a figure nothing was
// found about; absent from an export none of whose figures is flagged. The importer ignores
// both columns, so an export still re-imports unchanged.
import type { CsvValue, ExtraColumns } from '../csv/write-csv';
import type { FigureRef } from '../checks/finding-index';
import type { Observation } from '../types';

export interface CheckCells {
  status: string;
  explanation: string;
}

export type CheckCellsOf = (figure: FigureRef) => CheckCells | null;

const CHECK_HEADER = ['核查', '核查说明'] as const;

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** The n-th (from 1) flagged figure's mark in a printed or briefing table: ①…⑳, then 〔21〕. */
export const noteMarker = (n: number) => (n <= CIRCLED.length ? CIRCLED[n - 1]! : `〔${n}〕`);
/** The machine form's names (its other headers are field names too). */
export const CHECK_HEADER_MACHINE = ['check', 'check_note'] as const;

const cellsOf = (of: CheckCellsOf, o: FigureRef): CsvValue[] => {
  const c = of(o);
  return c ? [c.status, c.explanation] : ['', ''];
};

/** The columns for one observation a row (long forms), or undefined when no figure is flagged. */
export function checkColumns(
  rows: readonly Observation[],
  of: CheckCellsOf | undefined,
  header: readonly string[] = CHECK_HEADER,
): ExtraColumns<Observation> | undefined {
  if (!of || !rows.some((o) => of(o))) return undefined;
  return { header, cells: (o) => cellsOf(of, o) };
}

/**
 * The columns for a wide row (one department and indicator, a column per year): each flagged
 * year's status and explanation, 「2024年：需核实」.
 */
export function wideCheckColumns(
  rows: readonly Observation[],
  of: CheckCellsOf | undefined,
): ExtraColumns<readonly Observation[]> | undefined {
  if (!of || !rows.some((o) => of(o))) return undefined;
  return {
    header: CHECK_HEADER,
    cells: (group) => {
      const flagged = [...group]
        .sort((a, b) => a.year - b.year)
        .flatMap((o) => {
          const c = of(o);
          return c ? [{ year: o.year, ...c }] : [];
        });
      return [flagged.map((f) => `${f.year}年：${f.status}`).join('；'), flagged.map((f) => `${f.year}年：${f.explanation}`).join('；')];
    },
  };
}
