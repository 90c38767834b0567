// Renders each option with ECharts' server-side SVG renderer: proves the
// options are valid and carry the Chinese titles and labels.
import { rowColumnsOfRows } from '../../../src/domain/observations/row-columns';
import { describe, expect, it } from 'vitest';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';
import { buildMatrixOption } from '../../../src/domain/charts/options/matrix-option';
import { buildProfileOption } from '../../../src/domain/charts/options/profile-option';
import { buildRankingOption } from '../../../src/domain/charts/options/ranking-option';
import { buildTrendOption } from '../../../src/domain/charts/options/trend-option';
import { catalog, common, departments, sampleRows, XSS } from './fixtures';

function render(option: EChartsOption, height = 500): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height });
  try {
    chart.setOption(option, { notMerge: true });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const titles = (title: string) => ({
  title,
  subtitle: '江岸区 2020—2024年',
  sources: ['区直部门法治年报'],
  date: '2026-11-23',
  width: 1280,
});
const rows = sampleRows();
const indicator = catalog.get('normative_docs_cleaned')!;
const opts = common;

function expectWellFormed(svg: string, showsXssName = true) {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg).not.toMatch(/<img/i);
  // Attribute values must not contain raw double quotes (font stacks use single quotes).
  expect(svg).not.toMatch(/font-family:"/);
  // Long axis labels are truncated, so only the start of the name is certain.
  if (showsXssName) expect(svg).toContain('&lt;img src=x');
}

/** Renders a built option, checks that it is well formed and shows each of `texts`. */
function expectSvg(built: { option: EChartsOption; height: number }, texts: readonly string[], showsXssName = true) {
  const svg = render(built.option, built.height);
  expectWellFormed(svg, showsXssName);
  for (const text of texts) expect(svg).toContain(text);
}

describe('server-side rendering', () => {
  it('trend, single and small multiples', () => {
    for (const layout of ['single', 'small-multiples'] as const) {
      const r = buildTrendOption({
        ...opts,
        rows,
        indicator,
        departments: ['司法局', '财政局', XSS],
        years: [2020, 2024],
        mode: 'absolute',
        layout,
        sharedY: true,
        titles: titles('规范性文件清理数趋势'),
      });
      expectSvg(r, ['规范性文件清理数趋势', '导出时间 2026-11-23', '司法局', '演示数据（模拟）']);
    }
  });

  it('ranking', () => {
    const r = buildRankingOption({
      ...opts,
      rows,
      indicator: catalog.get('litigation_lost')!,
      year: 2024,
      titles: titles('行政诉讼败诉件数排名'),
    });
    expectSvg(r, ['行政诉讼败诉件数排名', '中位数', '目标', '▼4']);
  });

  it('ranking with many departments draws only the scroll window, each bar with its own label', () => {
    const ind = catalog.get('normative_docs_cleaned')!;
    const many = Array.from({ length: 300 }, (_, i) => ({
      ...sampleRows()[0]!,
      rowId: 10_000 + i,
      department: `部门${i}`,
      indicatorId: ind.id,
      year: 2024,
      value: 1000 + i,
      unit: ind.unit,
    }));
    const r = buildRankingOption({ ...opts, rows: many, indicator: ind, year: 2024 });
    const svg = render(r.option, r.height);
    // Bars 1,299 … 1,270 (the first 30, best first) and none beyond.
    expect(svg).toContain('部门299');
    expect(svg).toContain('1,270件');
    expect(svg).not.toContain('1,269件');
    expect(svg).not.toContain('部门269<');
    expect((svg.match(/<path d="M[^"]*" [^>]*fill="#/g) ?? []).length).toBeLessThan(100);
  });

  it('matrix, with decals', () => {
    const r = buildMatrixOption({
      ...opts,
      decal: true,
      rows: rowColumnsOfRows(rows.filter((x) => x.department !== '财政局' || x.year !== 2024 || x.indicatorId !== 'litigation_lost')),
      indicators: catalog.indicators,
      departments,
      year: 2024,
      colourBy: 'rank',
      groupRows: true,
      titles: titles('2024年指标矩阵'),
    });
    expectSvg(r, ['2024年指标矩阵', '执法部门', '斜线格：未报告']);
  });

  it('profile', () => {
    const r = buildProfileOption({
      ...opts,
      rows,
      department: XSS,
      departments,
      indicators: catalog.indicators,
      titles: titles('部门画像'),
    });
    expectSvg(r, ['同类（执法部门）第'], false);
  });

  it('English labels', () => {
    const r = buildRankingOption({ ...opts, lang: 'en', rows, indicator, year: 2024, titles: titles('Ranking') });
    const svg = render(r.option, r.height);
    expect(svg).toContain('Median');
    expect(svg).toContain('Normative documents cleaned up');
  });
});
