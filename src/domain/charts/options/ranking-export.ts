// The ranking as exported: every department, never the on-screen scroll window. When all
// bars fit the image at MIN_BAR_PX or more, it is one image; otherwise it is paged into
// images of balanced size on one value axis, each saying which bars it holds
// (「第 1/3 页：第 1–34 位（共 100 个部门）」).
import type { EChartsOption } from 'echarts';
import type { RowAt } from '../check-marks';
import type { RankingModel } from '../models/ranking-model';
import { exportLabelsFor } from '../export-labels';
import { pageTitles, splits } from './export-pages';
import { buildRankingOption, type RankingInput } from './ranking-option';

/** Smallest bar pitch that keeps the 12 px department names apart. */
export const MIN_BAR_PX = 18;

export interface RankingExportPage {
  option: EChartsOption;
  /** A bar's row, for the check marks: a page's bars count from its first. */
  rowAt: RowAt;
}

/** The row of a bar of a ranking drawn from its `first` bar on. */
export const rankingRowAt =
  (model: RankingModel, first = 0): RowAt =>
  (p) =>
    model.entries[first + p.dataIndex]?.row ?? null;

const plotHeight = (option: EChartsOption, height: number) => {
  const grid = option.grid as { top: number; bottom: number };
  return height - grid.top - grid.bottom;
};

/** One option per page for an export of `size`; each page's subtitle says what it holds. */
export function buildRankingExportPages(
  input: RankingInput,
  model: RankingModel,
  size: { width: number; height: number },
): RankingExportPage[] {
  const total = model.entries.length;
  const whole = buildRankingOption({ ...input, windowStart: undefined, page: [0, total] }, model).option;
  const fits = (option: EChartsOption) => Math.max(1, Math.floor(plotHeight(option, size.height) / MIN_BAR_PX));
  if (total <= fits(whole)) return [{ option: whole, rowAt: rankingRowAt(model) }];
  const X = exportLabelsFor(input.lang);
  const build = (parts: [number, number][]) =>
    parts.map(([from, to], i) => {
      const label = X.rankingPage(i + 1, parts.length, { from: from + 1, to, total });
      return { option: buildRankingOption({ ...input, page: [from, to], titles: pageTitles(input.titles, label) }, model).option, from };
    });
  let pages = build(splits(total, fits(whole)));
  // A page's label can wrap the subtitle onto a second line: then fewer bars fit.
  const room = Math.min(...pages.map((p) => fits(p.option)));
  if (room < Math.ceil(total / pages.length)) pages = build(splits(total, room));
  return pages.map((p) => ({ option: p.option, rowAt: rankingRowAt(model, p.from) }));
}
