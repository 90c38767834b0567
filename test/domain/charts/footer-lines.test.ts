import { describe, expect, it } from 'vitest';
import { FOOTER_FONT_PX, footerLines } from '../../../src/domain/charts/footer-lines';
import { textWidth } from '../../../src/domain/charts/text-width';

const DATE = '2026-11-23';
const widthOf = (s: string) => textWidth(s, FOOTER_FONT_PX);

describe('footer lines of an exported chart', () => {
  it('is one line when source and date fit', () => {
    expect(footerLines({ sources: ['示例报告', '演示数据（模拟）'], date: DATE, maxWidth: 1256, lang: 'zh' })).toEqual([
      `数据来源：示例报告；演示数据（模拟）\u3000导出时间 ${DATE}`,
    ]);
  });

  it('wraps at dataset names and keeps the date whole, within every preset width', () => {
    const sources = [
      '示例报告（5份法治政府建设情况报告）',
      '演示数据（模拟）',
      '报告提取：武汉市人民政府 2023年',
      '区直部门2024年统计表',
      'Imported from the district office',
    ];
    for (const width of [1280, 1024, 1000, 860, 600, 200]) {
      const maxWidth = width - 24;
      const lines = footerLines({ sources, date: DATE, maxWidth, lang: 'zh' });
      for (const line of lines) expect(widthOf(line), `${width}: ${line}`).toBeLessThanOrEqual(maxWidth);
      expect(lines.join('\n')).toContain(`导出时间 ${DATE}`);
      expect(lines[0]).toMatch(/^数据来源：/);
      if (width >= 600) {
        // Every name is either written whole or counted in 「等 N 个数据集」.
        const text = lines.join('');
        const counted = Number(/等 (\d+) 个数据集/.exec(text)?.[1] ?? 0);
        expect(sources.filter((s) => text.includes(s)).length + counted).toBe(sources.length);
      }
    }
  });

  it('counts the names beyond two lines instead of running off the image', () => {
    const sources = Array.from({ length: 40 }, (_, i) => `第${i + 1}个部门的年度报告`);
    const lines = footerLines({ sources, date: DATE, maxWidth: 976, lang: 'zh' });
    expect(lines.length).toBeLessThanOrEqual(3);
    const shown = lines.join('').match(/第\d+个部门的年度报告/g)!.length;
    expect(lines.join('')).toContain(`等 ${40 - shown} 个数据集`);
    expect(lines[lines.length - 1]).toContain(`导出时间 ${DATE}`);
  });

  it('shortens a single name longer than the line', () => {
    const lines = footerLines({ sources: ['很'.repeat(200)], date: DATE, maxWidth: 476, lang: 'zh' });
    expect(lines[0]).toMatch(/…$/);
    for (const line of lines) expect(widthOf(line)).toBeLessThanOrEqual(476);
  });

  it('speaks English', () => {
    const lines = footerLines({
      sources: Array.from({ length: 30 }, (_, i) => `Dataset number ${i}`),
      date: DATE,
      maxWidth: 600,
      lang: 'en',
    });
    expect(lines[0]).toMatch(/^Source: /);
    expect(lines.join(' ')).toMatch(/and \d+ more datasets/);
    expect(lines.join(' ')).toContain(`Exported ${DATE}`);
    expect(lines.join('')).not.toMatch(/[\u3000-\u9fff]/);
  });
});
