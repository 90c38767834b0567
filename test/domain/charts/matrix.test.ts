import { describe, expect, it } from 'vitest';
import type { HeatmapSeriesOption } from 'echarts';
import { buildMatrixOption } from '../../../src/domain/charts/options/matrix-option';
import { GOODNESS, MISSING_DECAL, NEUTRAL } from '../../../src/domain/metrics/colour-scale';
import type { ChartRow } from '../../../src/domain/observations/chart-row';
import { rowColumnsOfRows } from '../../../src/domain/observations/row-columns';
import type { MatrixModel } from '../../../src/domain/charts/models/matrix-model';
import { catalog, common, departments, row, sampleRows, XSS } from './fixtures';
import { seededRandom } from '../../../src/domain/random';

type Datum = [number, number, number, number];
/** The cells of a heatmap series, which carries them flat (x, y, score, cell index). */
function cellsOfSeries(s: HeatmapSeriesOption): Datum[] {
  expect(s.dimensions).toEqual(['x', 'y', 'score', 'cell']);
  const flat = s.data as unknown as Float64Array;
  expect(flat).toBeInstanceOf(Float64Array);
  return Array.from({ length: flat.length / 4 }, (_, i) => Array.from(flat.subarray(i * 4, i * 4 + 4)) as Datum);
}
type VM = { seriesIndex: number[]; inRange: { color?: string[] }; show?: boolean };
function parts(option: unknown) {
  const o = option as {
    series: HeatmapSeriesOption[];
    visualMap: VM[];
    xAxis: { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };
    yAxis: { data: string[]; axisLabel: { formatter: (v: string, i: number) => string } };
  };
  const byName = (n: string) => o.series.filter((s) => String(s.name).startsWith(n));
  return {
    o,
    judged: byName('judged').flatMap(cellsOfSeries),
    neutral: byName('neutral').flatMap(cellsOfSeries),
    missingSeries: byName('missing')[0]!,
    missing: cellsOfSeries(byName('missing')[0]!),
    noPrevious: cellsOfSeries(byName('no-previous')[0]!),
    rowLabels: o.yAxis.data.map((v, i) => o.yAxis.axisLabel.formatter(v, i)),
    colLabels: o.xAxis.data.map((v, i) => o.xAxis.axisLabel.formatter(v, i)),
  };
}

const indicators = catalog.indicators;
const rows = rowColumnsOfRows(sampleRows());
const cellsOf = (m: MatrixModel) => Array.from({ length: m.cellCount }, (_, k) => m.cellAt(k));
// 财政局 does not report 败诉件数 in 2024 in this variant.
const withGap = rowColumnsOfRows(
  sampleRows().filter((r) => !(r.department === '财政局' && r.indicatorId === 'litigation_lost' && r.year === 2024)),
);

/** `n` departments with one figure each, the first `inFirst` of one type and the rest of another, grouped by type. */
function twoGroups(n: number, inFirst: number) {
  const many = [];
  const info = [];
  for (let d = 0; d < n; d++) {
    info.push({ name: `部门${d}`, region: '', type: d < inFirst ? '执法部门' : '综合部门' });
    many.push(row(`部门${d}`, 'normative_docs_cleaned', 2024, d));
  }
  const input = {
    ...common,
    rows: rowColumnsOfRows(many),
    indicators,
    departments: info,
    year: 2024,
    colourBy: 'rank' as const,
    groupRows: true,
  };
  return { input, info };
}

describe('matrix', () => {
  it('keeps only indicators with values and colours judged and neutral indicators separately', () => {
    const { option, model } = buildMatrixOption({ ...common, rows, indicators, departments, year: 2024, colourBy: 'rank' });
    const p = parts(option);
    expect(model.columns.map((c) => c.indicator.id)).toEqual(['normative_docs_cleaned', 'litigation_lost']);
    expect(p.judged).toHaveLength(4);
    expect(p.neutral).toHaveLength(4);
    const [judgedVm, neutralVm] = p.o.visualMap;
    expect(judgedVm!.inRange.color).toEqual([GOODNESS.default.bad, GOODNESS.default.mid, GOODNESS.default.good]);
    expect(neutralVm!.inRange.color).toEqual(NEUTRAL.default);
    expect(judgedVm!.seriesIndex).toEqual([0]);
  });

  it('scores a down indicator so that the lowest value is best (1)', () => {
    const { model } = buildMatrixOption({ ...common, rows, indicators, departments, year: 2024, colourBy: 'rank' });
    const col = model.columns.findIndex((c) => c.indicator.id === 'litigation_lost');
    const cell = (d: string) => cellsOf(model).find((c) => c.colIndex === col && model.rows[c.rowIndex]!.department === d)!;
    expect(cell(XSS).score).toBe(1); // 0 lost cases
    expect(cell('司法局').score).toBe(0); // 2 lost cases, the worst
  });

  it("gives a cell last year's row and the change in its details, whatever the colouring", () => {
    const byRank = buildMatrixOption({ ...common, rows, indicators, departments, year: 2024, colourBy: 'rank' }).model;
    const byChange = buildMatrixOption({ ...common, rows, indicators, departments, year: 2024, colourBy: 'change' }).model;
    const col = byRank.columns.findIndex((c) => c.indicator.id === 'litigation_lost');
    const k = col * byRank.rows.length + byRank.rows.findIndex((r) => r.department === XSS);
    const cell = byRank.cellAt(k);
    expect(cell.previous).toMatchObject({ department: XSS, year: 2023, value: 4 });
    expect(cell.change).not.toBeNull();
    expect(cell.change).toEqual(byChange.cellAt(k).change);
    expect(cell.rank).toEqual({ rank: 1, of: 4, percentile: 1 });
  });

  it('names the departments with the best and worst average rank in its summary', () => {
    const { model, summary } = buildMatrixOption({ ...common, rows, indicators, departments, year: 2024, colourBy: 'rank' });
    const scored = model.rows.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score!);
    expect(scored.length).toBeGreaterThan(1);
    expect(summary).toContain(`平均排名最好：${scored[0]!.department}，最差：${scored[scored.length - 1]!.department}`);
  });

  it('hatches missing cells in their own uncoloured series', () => {
    const { option, model } = buildMatrixOption({ ...common, rows: withGap, indicators, departments, year: 2024, colourBy: 'rank' });
    const p = parts(option);
    expect(model.missingCount).toBe(1);
    expect(p.missing).toHaveLength(1);
    expect((p.missingSeries.itemStyle as { decal: unknown }).decal).toEqual(MISSING_DECAL);
    // No visual map colours the missing series.
    const missingIndex = p.o.series.indexOf(p.missingSeries);
    for (const vm of p.o.visualMap) if (vm.inRange.color) expect(vm.seriesIndex).not.toContain(missingIndex);
  });

  it('colours by change since the previous year, direction-aware', () => {
    const { model, option } = buildMatrixOption({ ...common, rows, indicators, departments, year: 2024, colourBy: 'change' });
    const col = model.columns.findIndex((c) => c.indicator.id === 'litigation_lost');
    const cell = (d: string) => cellsOf(model).find((c) => c.colIndex === col && model.rows[c.rowIndex]!.department === d)!;
    expect(cell(XSS).score).toBe(1); // 4 → 0: fewer lost cases is an improvement
    expect(cell('司法局').score).toBeGreaterThan(0.5); // 3 → 2
    expect(cell('市场监管局').score).toBe(0); // 0 → 1: zero base, worst colour
    expect(cell('财政局').score).toBe(0.5); // unchanged
    expect(parts(option).noPrevious).toHaveLength(0);
    const y2020 = buildMatrixOption({ ...common, rows, indicators, departments, year: 2020, colourBy: 'change' });
    expect(parts(y2020.option).noPrevious).toHaveLength(4);
  });

  it('sorts and groups rows by department type and columns by category', () => {
    const { option, model } = buildMatrixOption({
      ...common,
      rows,
      indicators,
      departments,
      year: 2024,
      colourBy: 'rank',
      rowSort: 'name',
      groupRows: true,
      groupColumns: true,
    });
    const p = parts(option);
    expect(p.rowLabels[0]).toBe('■ 执法部门（3）');
    expect(p.rowLabels).toContain('■ 综合部门（1）');
    expect(p.rowLabels.indexOf('财政局')).toBeGreaterThan(p.rowLabels.indexOf('■ 综合部门（1）'));
    expect(p.colLabels).toEqual(['■ 规范性文件（1）', '清理规范性文件数', '■ 行政复议与诉讼（1）', '行政诉讼败诉件数']);
    // Scrolled, ECharts counts the index from the window's first position: labels go by the category.
    const yFormat = p.o.yAxis.axisLabel.formatter;
    p.o.yAxis.data.forEach((v, i) => expect(yFormat(v, 0)).toBe(p.rowLabels[i]));
    expect(p.o.xAxis.axisLabel.formatter(p.o.xAxis.data[3]!, 0)).toBe('行政诉讼败诉件数');
    expect(model.rowAxis.filter((e) => e.kind === 'group')).toHaveLength(2);
    // Data sit on item positions, never on group headers.
    const ys = new Set([...p.judged, ...p.neutral].map((d) => d[1]));
    expect(ys.has(0)).toBe(false);
  });

  it('splits judged cells into decal tiers on request', () => {
    const { option } = buildMatrixOption({ ...common, decal: true, rows, indicators, departments, year: 2024, colourBy: 'rank' });
    const s = (option as { series: HeatmapSeriesOption[] }).series;
    expect(s.filter((x) => String(x.name).startsWith('judged'))).toHaveLength(3);
    expect((s.find((x) => x.name === 'judged-bad')!.itemStyle as { decal: unknown }).decal).toBeTruthy();
  });

  it('draws a large matrix one window of rows at a time, with every cell scored', () => {
    const many: ChartRow[] = [];
    for (let d = 0; d < 400; d++) for (const ind of indicators.slice(0, 50)) many.push(row(`部门${d}`, ind.id, 2024, (d * 7) % 31));
    const input = { ...common, rows: rowColumnsOfRows(many), indicators, departments: [], year: 2024, colourBy: 'rank' as const };
    const { option, model, window, height } = buildMatrixOption(input);
    expect(model.cellCount).toBe(20000);
    expect(model.reportedCount).toBe(20000);
    // 30 rows are in view at a time, so that the chart with its scale fits a 1080p screen's
    // browser window; only their cells are chart items, and no slider scrolls them.
    expect(window).toMatchObject({ first: 0, visible: 30, total: 400 });
    expect(height).toBeLessThan(950);
    const p = parts(option);
    expect(p.judged.length + p.neutral.length).toBe(30 * model.columns.length);
    expect(p.rowLabels).toHaveLength(30);
    expect((option as { animation: boolean }).animation).toBe(false);
    const zooms = (option as { dataZoom: { yAxisIndex?: number }[] }).dataZoom;
    expect(zooms.some((z) => z.yAxisIndex !== undefined)).toBe(false);
    // Any window holds exactly its rows, each cell in its own row and beside its label; past
    // the end gives the last full window. The grid stays put as the rows scroll.
    const labelOf = (e: (typeof model.rowAxis)[number]) => (e.kind === 'item' ? model.rows[e.index]!.department : '?');
    const left = (o: unknown) => (o as { grid: { left: number } }).grid.left;
    for (const [asked, first] of [
      [123, 123],
      [9999, 370],
      [-5, 0],
    ] as const) {
      const w = buildMatrixOption({ ...input, windowStart: asked }, model);
      expect(w.window).toMatchObject({ first, visible: 30, total: 400 });
      const q = parts(w.option);
      const expected = model.rowAxis.slice(first, first + 30).map(labelOf);
      expect(q.rowLabels).toEqual(expected);
      for (const d of q.judged) expect(q.rowLabels[d[1]]).toBe(model.rows[d[3] % model.rows.length]!.department);
      expect(new Set(q.judged.map((d) => d[1])).size).toBe(30);
      expect(left(w.option)).toBe(left(option));
    }
  });

  it('shows as many rows as fit a low window, at least 12 and at most 30', () => {
    const many: ChartRow[] = [];
    for (let d = 0; d < 200; d++) for (const ind of indicators.slice(0, 10)) many.push(row(`部门${d}`, ind.id, 2024, d % 17));
    const input = { ...common, rows: rowColumnsOfRows(many), indicators, departments: [], year: 2024, colourBy: 'rank' as const };
    const inView = (fitHeight?: number) => {
      const { option, height, window } = buildMatrixOption({ ...input, fitHeight });
      expect(parts(option).rowLabels).toHaveLength(window!.visible);
      return { rows: window!.visible, height };
    };
    const tall = inView();
    expect(tall.rows).toBe(30);
    // A 1366×768 screen's browser window: fewer rows, and the chart fits it.
    const laptop = inView(640);
    expect(laptop.rows).toBeGreaterThanOrEqual(12);
    expect(laptop.rows).toBeLessThan(30);
    expect(laptop.height).toBeLessThanOrEqual(640);
    expect(inView(640 + 22).rows).toBe(laptop.rows + 1);
    // A high window never shows more than 30, a very low one never fewer than 12.
    expect(inView(3000)).toEqual(tall);
    expect(inView(200).rows).toBe(12);
    // A lower window keeps the first row in view where it was.
    expect(buildMatrixOption({ ...input, fitHeight: 640, windowStart: 50 }).window!.first).toBe(50);
  });

  it('draws a small matrix whole, with its values in the cells', () => {
    const few: ChartRow[] = [];
    for (let d = 0; d < 12; d++) for (const ind of indicators.slice(0, 3)) few.push(row(`部门${d}`, ind.id, 2024, d));
    const { option, window } = buildMatrixOption({
      ...common,
      rows: rowColumnsOfRows(few),
      indicators,
      departments: [],
      year: 2024,
      colourBy: 'rank',
    });
    expect(window).toBeNull();
    const p = parts(option);
    expect(p.rowLabels).toHaveLength(12);
    expect((p.o.series[0]!.label as { show: boolean }).show).toBe(true);
  });

  it('repeats the group header, marked as continued, on an export page that starts inside a group', () => {
    const { input } = twoGroups(30, 20);
    const second = parts(buildMatrixOption({ ...input, range: { rows: [11, 21], columns: [0, 1] } }).option);
    expect(second.rowLabels[0]).toBe('■ 执法部门（20）（续）');
    expect(second.rowLabels).toHaveLength(11);
    // Data never sit on the header position.
    expect(second.judged.every((d) => d[1] > 0)).toBe(true);
  });

  it('shows the group of the rows in view at the top of a window that starts inside it', () => {
    const { input: grouped, info } = twoGroups(60, 40);
    const input = { ...grouped, maxVisibleRows: 20 };
    const { model } = buildMatrixOption(input);
    const labelOf = (e: (typeof model.rowAxis)[number], continued = false) =>
      e.kind === 'item' ? model.rows[e.index]!.department : `■ ${e.label}（${e.count}）${continued ? '（续）' : ''}`;
    const headerAt = model.rowAxis.findIndex((e, i) => i > 0 && e.kind === 'group');
    for (const first of [0, 5, headerAt, headerAt + 1, model.rowAxis.length - 20]) {
      const p = parts(buildMatrixOption({ ...input, windowStart: first }, model).option);
      // Always the window's 20 rows; a window that starts inside a group names it in its first
      // row, over the row there; the rest are the axis's own.
      const inside = model.rowAxis[first]!.kind === 'item';
      const group = model.rowAxis.slice(0, first).findLast((e) => e.kind === 'group')!;
      expect(p.rowLabels).toEqual([
        inside ? labelOf(group, true) : labelOf(model.rowAxis[first]!),
        ...model.rowAxis.slice(first + 1, first + 20).map((e) => labelOf(e)),
      ]);
      // No cell sits on a header row.
      for (const d of [...p.judged, ...p.neutral, ...p.missing]) expect(p.rowLabels[d[1]]!.startsWith('■')).toBe(false);
    }
    // Every department is shown by some window.
    const seen = new Set<string>();
    for (let first = 0; first <= model.rowAxis.length - 20; first++)
      for (const l of parts(buildMatrixOption({ ...input, windowStart: first }, model).option).rowLabels) seen.add(l);
    expect(info.every((d) => seen.has(d.name))).toBe(true);
  });

  it('ranks ties alike and scores a column the same whatever the rows in view', () => {
    const tied = [
      row('甲局', 'normative_docs_cleaned', 2024, 5),
      row('乙局', 'normative_docs_cleaned', 2024, 5),
      row('丙局', 'normative_docs_cleaned', 2024, 1),
    ];
    const { model } = buildMatrixOption({
      ...common,
      rows: rowColumnsOfRows(tied),
      indicators,
      departments: [],
      year: 2024,
      colourBy: 'rank',
    });
    const ranks = cellsOf(model).map((c) => [model.rows[c.rowIndex]!.department, c.rank?.rank, c.rank?.of]);
    expect(ranks).toEqual([
      ['甲局', 1, 3],
      ['乙局', 1, 3],
      ['丙局', 3, 3],
    ]);
  });
});

describe('matrix ranks', () => {
  it('match a plain count of better values, with gaps, ties, duplicates and empty columns', () => {
    const r = seededRandom(11);
    const ids = ['law_study_sessions', 'litigation_lost', 'normative_docs_cleaned', 'reconsideration_cases', 'hotline_cases'];
    expect(ids.map((id) => catalog.get(id)?.direction)).toEqual(['up', 'down', 'neutral', 'down', 'neutral']);
    const depts = ['甲局', '乙局', '丙局', '丁局', '戊局', '己局'];
    const input: ChartRow[] = [];
    for (const d of depts) {
      for (const id of ids) {
        for (const year of [2023, 2024]) {
          // The second indicator has values only the year before: its column is left out.
          if (id === ids[1] && year === 2024) continue;
          if (r() < 0.25) continue;
          input.push(row(d, id, year, Math.floor(r() * 4) - 1));
          // A later duplicate wins.
          if (r() < 0.1) input.push(row(d, id, year, Math.floor(r() * 4) - 1));
        }
      }
    }
    const cols = rowColumnsOfRows(input);
    const { model } = buildMatrixOption({ ...common, rows: cols, indicators, departments: [], year: 2024, colourBy: 'rank' });
    expect(model.columns.map((c) => c.indicator.id)).not.toContain(ids[1]);
    for (const cell of cellsOf(model)) {
      const ind = model.columns[cell.colIndex]!.indicator;
      const dept = model.rows[cell.rowIndex]!.department;
      const latest = (d: string) => input.filter((x) => x.department === d && x.indicatorId === ind.id && x.year === 2024).at(-1);
      const mine = latest(dept);
      expect(cell.row?.value).toBe(mine?.value);
      if (!mine) continue;
      const all = depts
        .map(latest)
        .filter((x): x is ChartRow => !!x)
        .map((x) => x.value);
      const better = all.filter((v) => (ind.direction === 'down' ? v < mine.value : v > mine.value)).length;
      expect(cell.rank, `${dept} ${ind.id}`).toEqual({
        rank: 1 + better,
        of: all.length,
        percentile: all.length <= 1 ? 1 : (all.length - 1 - better) / (all.length - 1),
      });
    }
  });
});
