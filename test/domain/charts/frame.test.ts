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
    const titles = { title: '标题', subtitle: '副标题', footer: '数据来源' };
    const bare = buildFrame({ notes: [], demo: false, lang: 'zh' });
    const titled = buildFrame({ titles, notes: ['一', '二'], demo: false, lang: 'zh' });
    expect(titled.top).toBeGreaterThan(bare.top);
    expect(titled.bottom - bare.bottom).toBe(20 + 2 * 16);
  });
});
