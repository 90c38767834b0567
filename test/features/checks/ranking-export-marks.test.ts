// A ranking's export marks the flagged figure on its own bar, on whichever page it falls,
// however the ranking was scrolled on screen (the view counts its bars from the window's first).
import { describe, expect, it } from 'vitest';
import type { BarSeriesOption, EChartsOption } from 'echarts';
import { buildRankingModel } from '../../../src/domain/charts/models/ranking-model';
import { selectRows } from '../../../src/domain/observations/select-rows';
import { indexedMarker } from '../../../src/features/checks/check-marker';
import { exportOptions } from '../../../src/features/export/export-spec';
import { rankingImages } from '../../../src/features/export/ranking-images';
import { checkedTable, zh } from '../../helpers/checked-table';
import { observation } from '../../helpers/observation';
import { loadCatalog } from '../../helpers/project-files';

const catalog = loadCatalog();
// 80 departments; 部门44 lost more cases (50) than it had (40): an error, and the last bar.
const observations = Array.from({ length: 80 }, (_, i) => [
  observation(`部门${i}`, 2024, 'litigation_lost', i === 44 ? 50 : 20 + (i % 10), { indicatorText: '行政诉讼败诉件数' }),
  observation(`部门${i}`, 2024, 'litigation_cases', i === 44 ? 40 : 100, { indicatorText: '行政诉讼案件数' }),
]).flat();
const { table, findings } = checkedTable(observations);
const marker = indexedMarker(findings, table)({}, zh, 'zh', catalog);
const indicator = catalog.get('litigation_lost')!;
const rows = selectRows(table, { indicators: [indicator.id] });
const input = { rows, indicator, year: 2024, lang: 'zh' as const, palette: 'default' as const, decal: false, datasets: [] };
const model = buildRankingModel(input);
const titles = { title: '排名', subtitle: '部门：80', sources: [], date: '2026-12-07', width: 1280 };

/** The departments whose bars carry a check badge, over all pages. */
function badged(options: EChartsOption[]): string[] {
  return options.flatMap((o) => {
    const names = (o.yAxis as { data: string[] }).data;
    const label = (o.series as BarSeriesOption[])[0]!.label as { formatter: (p: { dataIndex: number }) => string };
    return names.filter((_, dataIndex) => label.formatter({ dataIndex }).includes('{mark_error|'));
  });
}

describe('a ranking export with check marks', () => {
  const unmarked = {
    fileBase: '行政诉讼败诉件数-排名-2024',
    ...rankingImages(
      () => ({ ...input, titles }),
      () => model,
    ),
    rows: () => Promise.resolve([]),
  };
  // The view scrolled to its bars 31–60: its rowAt counts from bar 31.
  const viewRowAt = (p: { dataIndex: number }) => model.entries[30 + p.dataIndex]?.row ?? null;

  it('marks the flagged department on its page of a paged export', () => {
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.department)).toEqual(['部门44']);
    expect(model.entries[79]!.department).toBe('部门44');
    const spec = marker.spec(unmarked, viewRowAt);
    const options = exportOptions(spec, { width: 1280, height: 720 });
    expect(options.length).toBeGreaterThan(1);
    expect(badged(options)).toEqual(['部门44']);
  });

  it('marks it in the one image too, and in the first page alone', () => {
    const spec = marker.spec(unmarked, viewRowAt);
    expect(badged(exportOptions(spec, { width: 1280, height: 2400 }))).toEqual(['部门44']);
    // The first page alone (a copy to the clipboard, a briefing's picture) holds the first bars.
    expect(badged([spec.buildOption({ width: 1280, height: 720 })])).toEqual([]);
  });
});
