import { describe, expect, it } from 'vitest';
import { buildFrame } from '../../../src/domain/charts/frame';

describe('chart frame', () => {
  it('keeps the plot where it is when the demo badge comes and goes (no titles)', () => {
    const plain = buildFrame({ notes: ['注'], demo: false, lang: 'zh' });
    const badged = buildFrame({ notes: ['注'], demo: true, lang: 'zh' });
    expect(badged.top).toBe(plain.top);
    expect(badged.bottom).toBe(plain.bottom);
    expect(JSON.stringify(badged.graphic)).toContain('演示数据（模拟）');
    expect(JSON.stringify(plain.graphic)).not.toContain('演示数据（模拟）');
  });

  it('makes room for titles, footer and each note', () => {
    const titles = { title: '标题', subtitle: '副标题', sources: ['法治年报'], date: '2026-11-23', width: 1280 };
    const bare = buildFrame({ notes: [], demo: false, lang: 'zh' });
    const titled = buildFrame({ titles, notes: ['一', '二'], demo: false, lang: 'zh' });
    expect(titled.top).toBeGreaterThan(bare.top);
    expect(titled.bottom - bare.bottom).toBe(20 + 2 * 16);
  });

  it('makes room for every line of a wrapped footer', () => {
    const sources = Array.from({ length: 6 }, (_, i) => `第${i + 1}个区直部门二〇二三年法治政府建设情况年度报告`);
    const one = buildFrame({
      titles: { title: '标题', subtitle: '', sources: ['一'], date: '2026-11-23', width: 1000 },
      notes: [],
      demo: false,
      lang: 'zh',
    });
    const wrapped = buildFrame({
      titles: { title: '标题', subtitle: '', sources, date: '2026-11-23', width: 1000 },
      notes: ['注'],
      demo: false,
      lang: 'zh',
    });
    const texts = (wrapped.graphic as { style: { text: string }; bottom: number }[]).map((g) => ({ text: g.style.text, bottom: g.bottom }));
    expect(texts.length).toBe(4);
    expect(wrapped.bottom - one.bottom).toBe(2 * 16 + 16);
    // Lines stack upwards without overlapping: each 16 px above the one below it.
    const bottoms = texts.map((t) => t.bottom).sort((a, b) => a - b);
    expect(bottoms).toEqual([8, 24, 40, 60]);
    expect(texts.some((t) => /导出时间 2026-11-23$/.test(t.text))).toBe(true);
  });
});
