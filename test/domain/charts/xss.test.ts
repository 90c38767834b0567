// Every tooltip is HTML: data-derived strings (department names, evidence,
// dataset names, indicator labels) must come out escaped.
import { rowColumnsOfRows } from '../../../src/domain/observations/row-columns';
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { buildMatrixOption } from '../../../src/domain/charts/options/matrix-option';
import { buildProfileOption } from '../../../src/domain/charts/options/profile-option';
import { buildRankingOption } from '../../../src/domain/charts/options/ranking-option';
import { buildTrendOption } from '../../../src/domain/charts/options/trend-option';
import type { ChartRow } from '../../../src/domain/observations/chart-row';
import { catalog, common, departments, row, sampleRows, XSS } from './fixtures';

const EVIL_EVIDENCE = `${XSS}清理文件<script>alert("x")</script>共5件`;
const CUSTOM = 'other:<img src=y onerror=alert(2)>次数';

function evilRows(): ChartRow[] {
  const rows = sampleRows().map((r) => (r.department === XSS ? { ...r, evidence: EVIL_EVIDENCE } : r));
  const custom = row(XSS, CUSTOM, 2024, 7, { unit: '<b>件', datasetId: 'ds-demo', evidence: EVIL_EVIDENCE });
  custom.indicatorText = '<img src=y onerror=alert(2)>次数';
  rows.push(custom, row('司法局', CUSTOM, 2024, 3, { unit: '<b>件' }));
  return rows;
}

type Formatter = (params: unknown, ticket?: string) => string;
function formatterOf(option: EChartsOption): Formatter {
  const t = option.tooltip as { formatter: Formatter };
  expect(typeof t.formatter).toBe('function');
  return t.formatter;
}

function param(over: Record<string, unknown>) {
  return {
    componentType: 'series',
    componentSubType: 'line',
    componentIndex: 0,
    seriesType: 'line',
    seriesIndex: 0,
    seriesName: XSS,
    name: XSS,
    dataIndex: 0,
    data: 5,
    value: 5,
    color: '#4e79a7',
    marker: '<span></span>',
    $vars: ['seriesName', 'name', 'value'],
    ...over,
  };
}

function assertSafe(html: string) {
  expect(html.length).toBeGreaterThan(0);
  expect(html).not.toMatch(/<img/i);
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<b>/i);
}

function assertNoRichOrLinks(option: EChartsOption) {
  const json = JSON.stringify(option);
  expect(json).not.toContain('"rich"');
  expect(json).not.toContain('"link"');
  expect(json).not.toContain('"sublink"');
}

describe('tooltips escape every data-derived string', () => {
  const rows = evilRows();
  const indicator = catalog.get('normative_docs_cleaned')!;

  it('trend (single and small multiples, item and axis params)', () => {
    for (const layout of ['single', 'small-multiples'] as const) {
      for (const mode of ['absolute', 'yoy-pct', 'index'] as const) {
        const { option, model } = buildTrendOption({
          ...common,
          rows,
          indicator,
          departments: [XSS, '司法局'],
          years: [2020, 2024],
          mode,
          layout,
          sharedY: true,
        });
        const f = formatterOf(option);
        const xi = model.series.findIndex((s) => s.department === XSS);
        const html = f(param({ seriesIndex: xi, dataIndex: 4 }));
        assertSafe(html);
        expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;局');
        expect(html).toContain('演示数据（模拟）');
        expect(html).toContain('演示数据集&lt;script&gt;');
        assertSafe(f([param({ seriesIndex: xi, dataIndex: 4 }), param({ seriesIndex: 1 - xi, dataIndex: 2 })]));
        assertSafe(f(param({ componentType: 'markLine', name: XSS, value: 100 })));
        assertNoRichOrLinks(option);
      }
    }
  });

  it('ranking, including an uncatalogued indicator with markup in its name and unit', () => {
    const ind = { ...catalog.resolve(CUSTOM, '<b>件'), labelZh: '<img src=y onerror=alert(2)>次数' };
    for (const indicator2 of [indicator, ind]) {
      const { option, model } = buildRankingOption({
        ...common,
        rows,
        indicator: indicator2,
        year: 2024,
        departments: [XSS, '司法局', '<img src=z>未报告局'],
      });
      const f = formatterOf(option);
      for (let i = 0; i < model.entries.length; i++) {
        assertSafe(f(param({ componentSubType: 'bar', seriesType: 'bar', dataIndex: i })));
      }
      assertSafe(f(param({ componentType: 'markLine', name: '中位数', value: 3 })));
      assertNoRichOrLinks(option);
    }
  });

  it('matrix cells, reported and missing', () => {
    const { option, model } = buildMatrixOption({
      ...common,
      rows: rowColumnsOfRows(rows.filter((r) => !(r.department === XSS && r.indicatorId === 'litigation_lost'))),
      indicators: [...catalog.indicators, { ...catalog.resolve(CUSTOM, '<b>件'), labelZh: '<img src=y onerror=alert(2)>次数' }],
      departments,
      year: 2024,
      colourBy: 'change',
    });
    const f = formatterOf(option);
    let checked = 0;
    for (let k = 0; k < model.cellCount; k++) {
      const c = model.cellAt(k);
      if (model.rows[c.rowIndex]!.department !== XSS) continue;
      const html = f(param({ componentSubType: 'heatmap', seriesType: 'heatmap', value: [0, 0, c.score ?? 0, k], data: [0, 0, 0, k] }));
      assertSafe(html);
      expect(html).toContain('&lt;img');
      checked++;
    }
    expect(checked).toBe(model.columns.length);
    assertNoRichOrLinks(option);
  });

  it('profile panels and peer medians', () => {
    const { option } = buildProfileOption({ ...common, rows, department: XSS, departments, indicators: catalog.indicators });
    const f = formatterOf(option);
    const series = (option as { series: unknown[] }).series;
    for (let s = 0; s < series.length; s++) {
      for (let d = 0; d < 5; d++) assertSafe(f(param({ seriesIndex: s, dataIndex: d })));
    }
    assertNoRichOrLinks(option);
  });
});
