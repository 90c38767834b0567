// A tooltip shows at once, its evidence marked as loading, asks for the evidence of the
// rows it shows, and is shown again with it; rows that carry theirs are not read again.
import { describe, expect, it, vi } from 'vitest';
import type { EChartsOption } from 'echarts';
import { buildMatrixOption } from '../../../src/domain/charts/options/matrix-option';
import { buildRankingOption } from '../../../src/domain/charts/options/ranking-option';
import { buildTrendOption } from '../../../src/domain/charts/options/trend-option';
import type { ChartRow } from '../../../src/domain/observations/chart-row';
import { rowColumnsOfRows } from '../../../src/domain/observations/row-columns';
import type { ReadEvidence } from '../../../src/domain/charts/common';
import type { EvidenceFormatter } from '../../../src/domain/charts/tooltip-evidence';
import { catalog, common, departments, sampleRows } from './fixtures';

const said = (r: ChartRow) => `${r.department}${r.year}年清理规范性文件${r.value}件<b>`;

/** Rows with no evidence yet, and a reader that gives it to the rows asked about. */
function unread() {
  const rows = sampleRows().map((r) => ({ ...r, evidence: undefined }));
  const read = vi.fn<ReadEvidence>((asked) => {
    for (const r of asked) r.evidence = said(r);
    return Promise.resolve();
  });
  return { rows, read };
}

/** Hovers with ECharts' arguments; resolves with what the tooltip is shown again with. */
async function hover(option: EChartsOption, params: unknown) {
  const formatter = (option.tooltip as { formatter: EvidenceFormatter }).formatter;
  const again = new Promise<[string, string]>((resolve) => {
    const first = formatter(params as never, 'tip_1', (ticket, html) => resolve([ticket, html]));
    expect(first).toContain('原文加载中…');
  });
  return again;
}

describe('tooltips read their evidence when shown', () => {
  it('ranking: the bar hovered, shown again with its sentence (escaped)', async () => {
    const { rows, read } = unread();
    const { option, model } = buildRankingOption({
      ...common,
      rows,
      indicator: catalog.get('normative_docs_cleaned')!,
      year: 2024,
      readEvidence: read,
    });
    const [ticket, html] = await hover(option, { componentType: 'series', dataIndex: 0 });
    const shown = model.entries[0]!.row!;
    expect(read).toHaveBeenCalledTimes(1);
    expect(read.mock.calls[0]![0]).toEqual([shown]);
    expect(ticket).toBe('tip_1');
    expect(html).toContain(`原文：「${said(shown).replace('<b>', '&lt;b&gt;')}」`);
    expect(html).not.toContain('原文加载中');
    // Hovered again: the row has its evidence, nothing is read.
    const formatter = (option.tooltip as { formatter: EvidenceFormatter }).formatter;
    const callback = vi.fn();
    expect(formatter({ componentType: 'series', dataIndex: 0 } as never, 'tip_2', callback)).toBe(html);
    expect(read).toHaveBeenCalledTimes(1);
    expect(callback).not.toHaveBeenCalled();
  });

  it('trend: the point hovered', async () => {
    const { rows, read } = unread();
    const { option, model } = buildTrendOption({
      ...common,
      rows,
      indicator: catalog.get('normative_docs_cleaned')!,
      departments: ['司法局', '财政局'],
      years: [2020, 2024],
      mode: 'absolute',
      layout: 'single',
      sharedY: true,
      readEvidence: read,
    });
    const [, html] = await hover(option, { componentType: 'series', seriesIndex: 1, dataIndex: 4 });
    const point = model.series[1]!.points[4]!.row!;
    expect(read.mock.calls[0]![0]).toEqual([point]);
    expect(html).toContain(`「${said(point).replace('<b>', '&lt;b&gt;')}」`);
  });

  it('matrix: the cell hovered, through rows made anew on each use', async () => {
    const { rows, read } = unread();
    const { option, model } = buildMatrixOption({
      ...common,
      rows: rowColumnsOfRows(rows),
      indicators: catalog.indicators,
      departments,
      year: 2024,
      colourBy: 'rank',
      readEvidence: read,
    });
    const k = model.current.findIndex((i) => i >= 0);
    const [, html] = await hover(option, { componentType: 'series', value: [0, 0, 0, k] });
    const source = rows[model.current[k]!]!;
    expect(read.mock.calls[0]![0].map((r) => r.rowId)).toEqual([source.rowId]);
    expect(html).toContain(`「${said(source).replace('<b>', '&lt;b&gt;')}」`);
  });

  it('reads nothing without a reader, a ticket or rows awaiting evidence', () => {
    const { rows, read } = unread();
    const input = { ...common, rows, indicator: catalog.get('normative_docs_cleaned')!, year: 2024 };
    const params = { componentType: 'series', dataIndex: 0 } as never;
    const without = (buildRankingOption(input).option.tooltip as { formatter: EvidenceFormatter }).formatter;
    expect(without(params, 'tip_1', vi.fn())).toContain('原文加载中…');
    const withReader = (buildRankingOption({ ...input, readEvidence: read }).option.tooltip as { formatter: EvidenceFormatter }).formatter;
    // An export's formatting, or a caller that cannot show it again: no callback, no read.
    expect(withReader(params)).toContain('原文加载中…');
    expect(read).not.toHaveBeenCalled();
    const read2 = vi.fn<ReadEvidence>(() => Promise.resolve());
    const withEvidence = buildRankingOption({ ...input, rows: sampleRows(), readEvidence: read2 }).option.tooltip as {
      formatter: EvidenceFormatter;
    };
    expect(withEvidence.formatter(params, 'tip_1', vi.fn())).toContain('原文：「');
    expect(read2).not.toHaveBeenCalled();
  });
});
