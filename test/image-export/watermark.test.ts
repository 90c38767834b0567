import type { EChartsOption } from 'echarts';
import { describe, expect, it } from 'vitest';
import { cleanWatermark, watermarkTiles, withWatermark } from '../../src/image-export/watermark';

const size = { width: 1280, height: 720 };
type El = { type: string; style: { text: string; fill: string }; rotation?: number; x?: number; y?: number };

function elements(o: EChartsOption): El[] {
  return (o.graphic as { elements: El[] }[])[0]!.elements;
}

describe('watermark', () => {
  it('leaves the option untouched without text', () => {
    const option: EChartsOption = { title: { text: 'x' } };
    expect(withWatermark(option, size, '')).toBe(option);
    expect(withWatermark(option, size, '   ')).toBe(option);
  });

  it('adds light diagonal text tiles covering the image, after the existing graphic elements', () => {
    const badge = { type: 'text', style: { text: '演示数据（模拟）' } };
    const option: EChartsOption = { graphic: [{ elements: [badge] }] as unknown as EChartsOption['graphic'] };
    const out = elements(withWatermark(option, size, '内部资料'));
    expect(out[0]).toBe(badge);
    const marks = out.slice(1);
    expect(marks.length).toBeGreaterThan(4);
    for (const m of marks) {
      expect(m.style.text).toBe('内部资料');
      expect(m.rotation).toBeCloseTo(Math.PI / 6);
      expect(m.style.fill).toMatch(/rgba\(.*0\.1\d?\)/);
    }
    // Tiles reach every quarter of the image.
    const xs = marks.map((m) => m.x!);
    const ys = marks.map((m) => m.y!);
    expect(Math.min(...xs)).toBeLessThan(size.width / 4);
    expect(Math.max(...xs)).toBeGreaterThan((size.width * 3) / 4);
    expect(Math.min(...ys)).toBeLessThan(size.height / 4);
    expect(Math.max(...ys)).toBeGreaterThan((size.height * 3) / 4);
    // The original option is not modified.
    expect((option.graphic as { elements: unknown[] }[])[0]!.elements).toHaveLength(1);
  });

  it('accepts every shape ECharts allows for graphic', () => {
    const one = { type: 'text', style: { text: 'a' } };
    expect(elements(withWatermark({ graphic: one }, size, '内部'))[0]).toBe(one);
    expect(elements(withWatermark({ graphic: [one] }, size, '内部'))[0]).toBe(one);
    expect(elements(withWatermark({}, size, '内部'))[0]!.style.text).toBe('内部');
  });

  it('keeps the text to one short line', () => {
    expect(cleanWatermark('  内部\n资料  ')).toBe('内部 资料');
    expect([...cleanWatermark('字'.repeat(100))]).toHaveLength(40);
  });

  it('scales the text with the image', () => {
    const small = watermarkTiles({ width: 400, height: 300 }, '内部资料')[0]!.fontSize;
    const big = watermarkTiles({ width: 3000, height: 2000 }, '内部资料')[0]!.fontSize;
    expect(small).toBeLessThan(big);
  });
});
