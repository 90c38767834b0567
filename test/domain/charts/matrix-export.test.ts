// An exported matrix holds the whole selection: every department and indicator on some
// page, no scroll windows, each page saying what it holds.
import { describe, expect, it } from 'vitest';
import type { HeatmapSeriesOption } from 'echarts';
import { buildMatrixModel } from '../../../src/domain/charts/models/matrix-model';
import { buildMatrixExportOptions, matrixExportPages, MIN_CELL_PX } from '../../../src/domain/charts/options/matrix-export';
import type { ChartRow } from '../../../src/domain/observations/chart-row';
import { rowColumnsOfRows } from '../../../src/domain/observations/row-columns';
import { catalog, common, row } from './fixtures';

const indicators = catalog.indicators.slice(0, 53);
const many: ChartRow[] = [];
for (let d = 0; d < 33; d++) for (const ind of indicators) many.push(row(`部门${d}`, ind.id, 2024, (d * 7) % 31));
const input = {
  ...common,
  rows: rowColumnsOfRows(many),
  indicators,
  departments: [],
  year: 2024,
  colourBy: 'rank' as const,
  groupRows: false,
  groupColumns: false,
};
const model = buildMatrixModel(input);
const titles = { title: '2024年部门指标矩阵', subtitle: '部门：33 · 指标：53', sources: ['示例'], date: '2026-11-23', width: 1280 };

/** Department and indicator of every drawn cell, from the heatmap data (x, y, score, cell). */
function drawnCells(option: unknown): Set<number> {
  const out = new Set<number>();
  for (const s of (option as { series: HeatmapSeriesOption[] }).series) {
    const flat = s.data as unknown as Float64Array;
    for (let i = 3; i < flat.length; i += 4) out.add(flat[i]!);
  }
  return out;
}

describe('matrix export', () => {
  it('covers every cell exactly once across its pages, without scroll windows', () => {
    expect(model.rows.length).toBe(33);
    expect(model.columns.length).toBe(53);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1024, height: 768 },
      { width: 1000, height: 620 },
      { width: 860, height: 560 },
    ]) {
      const options = buildMatrixExportOptions({ ...input, titles: { ...titles, width: size.width } }, model, size);
      const seen = new Map<number, number>();
      for (const o of options) {
        expect((o as { dataZoom: unknown[] }).dataZoom).toEqual([]);
        for (const k of drawnCells(o)) seen.set(k, (seen.get(k) ?? 0) + 1);
      }
      expect(seen.size, `${size.width}×${size.height}`).toBe(model.cellCount);
      expect([...seen.values()].every((n) => n === 1)).toBe(true);
    }
  });

  it('keeps cells readable: each page holds at most what fits at the minimum cell size', () => {
    const size = { width: 1000, height: 620 };
    const pages = matrixExportPages(model, size, 'zh');
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) {
      expect(p.range.rows[1] - p.range.rows[0]).toBeLessThanOrEqual(Math.floor((size.height - 300) / MIN_CELL_PX));
      expect(p.range.columns[1] - p.range.columns[0]).toBeLessThanOrEqual(Math.floor((size.width - 240) / MIN_CELL_PX));
    }
    expect(pages[0]!.label).toMatch(new RegExp(`^第 1/${pages.length} 页：部门 1–\\d+（共 33 个），指标 1–\\d+（共 53 个）$`));
    const options = buildMatrixExportOptions({ ...input, titles }, model, size);
    const subtitle = (options[0] as { title: { subtext: string }[] }).title[0]!.subtext;
    expect(subtitle).toContain('部门：33 · 指标：53 · 第 1/');
  });

  it('is one image without a page note when everything fits', () => {
    const small = buildMatrixModel({
      ...input,
      rows: rowColumnsOfRows(
        many.filter((r) => Number(r.department.slice(2)) < 5 && indicators.slice(0, 10).some((i) => i.id === r.indicatorId)),
      ),
    });
    const pages = matrixExportPages(small, { width: 1280, height: 720 }, 'zh');
    expect(pages).toHaveLength(1);
    expect(pages[0]!.label).toBe('');
  });
});
