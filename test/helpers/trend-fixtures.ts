// Generated stored data and the trend view's input over it, for the kept first view's tests.
import type { buildTrendOption, TrendInput } from '../../src/domain/charts/options/trend-option';
import { selectRows } from '../../src/domain/observations/select-rows';
import type { StoredTable } from '../../src/domain/observations/stored-table';
import { seededRandom } from '../../src/domain/random';
import { QUALIFIERS, type DatasetMeta, type Indicator, type Observation } from '../../src/domain/types';
import { observation } from './observation';

export const INDICATOR: Indicator = {
  id: 'normative_docs_cleaned',
  category: '制度建设',
  labelZh: '清理规范性文件数',
  labelEn: 'Normative documents cleaned up',
  unit: '件',
  direction: 'up',
  aliases: [],
};
export const STATE = 'v=trend';

/** 40 departments × 2016–2024 × 3 indicators, with gaps, qualifiers and derived values. */
export function generated(seed: number, prefix = ''): Observation[] {
  const rnd = seededRandom(seed);
  const out: Observation[] = [];
  for (let d = 0; d < 40; d++)
    for (let y = 2016; y <= 2024; y++)
      for (const ind of ['normative_docs_cleaned', 'petitions', 'law_study_sessions']) {
        if (rnd() < 0.15) continue;
        out.push(
          observation(`${prefix}第${d}区司法局`, y, ind, Math.round(rnd() * 1000) / (rnd() < 0.2 ? 10 : 1), {
            qualifier: rnd() < 0.1 ? QUALIFIERS[1 + Math.floor(rnd() * 5)]! : '',
            derived: rnd() < 0.1,
          }),
        );
      }
  return out;
}

export function meta(id: string, rowCount: number, kind: DatasetMeta['kind'] = 'imported'): DatasetMeta {
  return { id, name: id, sourceFile: `${id}.csv`, importedAt: Date.now(), rowCount, kind };
}

/** The trend view's input as TrendView builds it: every department of the rows. */
export function trendInput(table: StoredTable): TrendInput {
  const rows = selectRows(table, { indicators: [INDICATOR.id], yearFrom: 2016, yearTo: 2024 });
  return {
    rows,
    indicator: INDICATOR,
    departments: [...new Set(rows.map((r) => r.department))],
    years: [2016, 2024],
    mode: 'absolute',
    layout: 'single',
    sharedY: false,
    lang: 'zh',
    palette: 'default',
    decal: false,
    datasets: [{ id: 'a', name: 'a', kind: 'imported' }],
  };
}

/** Everything a chart shows: the option's data (JSON), the summary, the height and every tooltip. */
export function drawn(built: ReturnType<typeof buildTrendOption>) {
  const option = built.option as { series: { data: unknown[] }[]; tooltip: { formatter: (p: unknown) => string } };
  const tooltips = option.series.flatMap((s, seriesIndex) =>
    s.data.map((_, dataIndex) => option.tooltip.formatter({ seriesIndex, dataIndex, componentType: 'series' })),
  );
  return { option: JSON.stringify(built.option), summary: built.summary, height: built.height, tooltips };
}
