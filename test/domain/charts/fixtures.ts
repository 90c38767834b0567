// Small, realistic chart inputs shared by the chart tests.
import type { ChartRow, DatasetInfo, DepartmentInfo } from '../../../src/domain/observations/chart-row';
import type { Qualifier } from '../../../src/domain/types';
import { loadCatalog } from '../../helpers/project-files';
import { buildTrendOption, type TrendInput } from '../../../src/domain/charts/options/trend-option';

export const catalog = loadCatalog();
export const XSS = '<img src=x onerror=alert(1)>局';

export const datasets: DatasetInfo[] = [
  { id: 'ds-real', name: '2024年区直部门法治年报', kind: 'extracted' },
  { id: 'ds-demo', name: '演示数据集<script>', kind: 'simulated' },
];

export const departments: DepartmentInfo[] = [
  { name: '司法局', region: '江岸区', type: '执法部门' },
  { name: '市场监管局', region: '江岸区', type: '执法部门' },
  { name: '财政局', region: '江岸区', type: '综合部门' },
  { name: XSS, region: '江岸区', type: '执法部门' },
];

let nextId = 1;
export function row(
  department: string,
  indicatorId: string,
  year: number,
  value: number,
  extra: Partial<Pick<ChartRow, 'qualifier' | 'derived' | 'evidence' | 'datasetId' | 'unit'>> & { qualifier?: Qualifier } = {},
): ChartRow {
  const ind = catalog.get(indicatorId);
  return {
    rowId: nextId++,
    department,
    year,
    indicatorId,
    value,
    unit: extra.unit ?? ind?.unit ?? '',
    qualifier: extra.qualifier ?? '',
    derived: extra.derived ?? false,
    datasetId: extra.datasetId ?? 'ds-real',
    evidence:
      'evidence' in extra
        ? extra.evidence
        : `${year}年，${department}共清理规范性文件${value}件，其中废止5件、修改3件，继续有效的文件已向社会公布，并同步报送区司法局备案审查。`,
  };
}

/** 规范性文件清理数 (neutral) and 行政诉讼败诉件数 (down) for four departments, 2020–2024. */
export function sampleRows(): ChartRow[] {
  const rows: ChartRow[] = [];
  const cleaned: Record<string, (number | null)[]> = {
    司法局: [10, 15, null, 12, 22],
    市场监管局: [5, 0, 4, 6, 3],
    财政局: [8, 8, 9, 10, 11],
    [XSS]: [1, 2, 3, 4, 5],
  };
  for (const [dept, values] of Object.entries(cleaned)) {
    values.forEach((v, i) => {
      if (v === null) return;
      const year = 2020 + i;
      const qualifier: Qualifier = dept === '财政局' && year === 2023 ? '约' : '';
      const derived = dept === '司法局' && year === 2021;
      rows.push(row(dept, 'normative_docs_cleaned', year, v, { qualifier, derived, datasetId: dept === XSS ? 'ds-demo' : 'ds-real' }));
    });
  }
  const lost: Record<string, number[]> = { 司法局: [3, 2], 市场监管局: [0, 1], 财政局: [1, 1], [XSS]: [4, 0] };
  for (const [dept, [a, b]] of Object.entries(lost)) {
    rows.push(row(dept, 'litigation_lost', 2023, a!, { datasetId: dept === XSS ? 'ds-demo' : 'ds-real' }));
    rows.push(row(dept, 'litigation_lost', 2024, b!, { datasetId: dept === XSS ? 'ds-demo' : 'ds-real' }));
  }
  return rows;
}

export const common = { lang: 'zh' as const, palette: 'default' as const, decal: false, datasets };

/** The trend option of 规范性文件清理数 for three departments, 2020–2024 (`extra` overrides). */
export const sampleTrend = (extra: Partial<TrendInput> = {}) =>
  buildTrendOption({
    ...common,
    rows: sampleRows(),
    indicator: catalog.resolve('normative_docs_cleaned'),
    departments: ['司法局', '市场监管局', '财政局'],
    years: [2020, 2024],
    mode: 'absolute',
    layout: 'single',
    sharedY: false,
    ...extra,
  }).option;
