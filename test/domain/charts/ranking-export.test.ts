// An exported ranking holds every department, never the on-screen scroll window: one image
// when the bars fit, else pages of balanced size on one value axis, each saying what it holds.
import { describe, expect, it } from 'vitest';
import type { EChartsOption } from 'echarts';
import { buildRankingModel } from '../../../src/domain/charts/models/ranking-model';
import { buildRankingExportPages, MIN_BAR_PX } from '../../../src/domain/charts/options/ranking-export';
import { buildRankingOption } from '../../../src/domain/charts/options/ranking-option';
import { catalog, common, row } from './fixtures';

const indicator = catalog.get('normative_docs_cleaned')!;
const titles = { title: '2024年清理规范性文件数排名', subtitle: '部门：100', sources: ['示例'], date: '2026-12-07', width: 1280 };

function rankingOf(n: number, extra: Partial<{ departments: string[] }> = {}) {
  const rows = Array.from({ length: n }, (_, i) => row(`部门${i}`, indicator.id, 2024, i));
  const input = { ...common, rows, indicator, year: 2024, titles, ...extra };
  return { input, model: buildRankingModel(input) };
}

type Drawn = {
  dataZoom: unknown[];
  grid: { top: number; bottom: number };
  xAxis: { min?: number; max?: number };
  yAxis: { data: string[] };
  title: { text?: string }[] | { text?: string };
  graphic: unknown[];
};
const drawn = (o: EChartsOption) => o as unknown as Drawn;
/** Every text the option's title components and graphics draw (the frame puts its subtitle in one). */
const texts = (o: EChartsOption) => JSON.stringify([drawn(o).title, drawn(o).graphic]);

describe('ranking export', () => {
  it('covers every department once, in rank order, without a slider, whatever the size', () => {
    const { input, model } = rankingOf(100);
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
      { width: 1000, height: 620 },
      { width: 800, height: 3000 },
    ]) {
      const pages = buildRankingExportPages({ ...input, titles: { ...titles, width: size.width } }, model, size);
      const names = pages.flatMap((p) => drawn(p.option).yAxis.data);
      expect(names, `${size.width}×${size.height}`).toEqual(model.entries.map((e) => e.department));
      for (const p of pages) {
        const o = drawn(p.option);
        expect(o.dataZoom).toEqual([]);
        // Readable: every bar has at least MIN_BAR_PX of the plot.
        expect((size.height - o.grid.top - o.grid.bottom) / o.yAxis.data.length).toBeGreaterThanOrEqual(MIN_BAR_PX);
        // One value axis on every page, so bars compare across pages.
        if (pages.length > 1) expect(o.xAxis).toMatchObject({ min: 0, max: 200 });
      }
      // Balanced: page sizes differ by one bar at most.
      const sizes = pages.map((p) => drawn(p.option).yAxis.data.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
    // 3000 px holds all hundred; 720 px does not.
    expect(buildRankingExportPages(input, model, { width: 800, height: 3000 })).toHaveLength(1);
    expect(buildRankingExportPages(input, model, { width: 1280, height: 720 }).length).toBeGreaterThan(2);
  });

  it('says on each page which bars it holds, in Chinese and English', () => {
    const { input, model } = rankingOf(100);
    const pages = buildRankingExportPages(input, model, { width: 1280, height: 720 });
    const n = pages.length;
    const first = drawn(pages[0]!.option).yAxis.data.length;
    expect(texts(pages[0]!.option)).toContain(`部门：100 · 第 1/${n} 页：第 1–${first} 位（共 100 个部门）`);
    expect(texts(pages[n - 1]!.option)).toContain(`第 ${n}/${n} 页：`);
    expect(texts(pages[n - 1]!.option)).toContain('–100 位（共 100 个部门）');
    const en = buildRankingExportPages({ ...input, lang: 'en' }, model, { width: 1280, height: 720 });
    expect(texts(en[0]!.option)).toContain(`Page 1/${n}: bars 1–${first} of 100 departments`);
  });

  it('is one image with all bars and no page label when they fit', () => {
    const { input, model } = rankingOf(12);
    const pages = buildRankingExportPages(input, model, { width: 1280, height: 720 });
    expect(pages).toHaveLength(1);
    expect(drawn(pages[0]!.option).yAxis.data).toHaveLength(12);
    expect(texts(pages[0]!.option)).not.toContain('页');
    // On screen 40 bars scroll in a window of 30; the export holds all 40 when they fit.
    const { input: i40, model: m40 } = rankingOf(40);
    const one = buildRankingExportPages(i40, m40, { width: 1280, height: 1200 });
    expect(one).toHaveLength(1);
    expect(drawn(one[0]!.option).yAxis.data).toHaveLength(40);
    expect(drawn(buildRankingOption(i40).option).yAxis.data).toHaveLength(30);
  });

  it("finds a bar's row from its page's first bar", () => {
    const { input, model } = rankingOf(100);
    const pages = buildRankingExportPages(input, model, { width: 1280, height: 720 });
    for (const p of pages) {
      const names = drawn(p.option).yAxis.data;
      names.forEach((name, dataIndex) => expect(p.rowAt({ dataIndex })?.department).toBe(name));
    }
  });

  it('pages departments chosen without a figure too, named as not reported, never as 0', () => {
    const { input, model } = rankingOf(60, { departments: [...Array.from({ length: 60 }, (_, i) => `部门${i}`), '未报送局'] });
    const pages = buildRankingExportPages(input, model, { width: 1280, height: 720 });
    const last = pages[pages.length - 1]!;
    const o = last.option as unknown as {
      yAxis: { data: string[]; axisLabel: { formatter: (v: string) => string } };
      series: { data: unknown[] }[];
    };
    expect(o.yAxis.data[o.yAxis.data.length - 1]).toBe('未报送局');
    expect(o.yAxis.axisLabel.formatter('未报送局')).toContain('未报送');
    expect(o.series[0]!.data[o.series[0]!.data.length - 1]).toBeNull();
  });
});
