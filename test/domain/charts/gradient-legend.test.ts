import { describe, expect, it } from 'vitest';
import { approxTextWidth, gradientLegends } from '../../../src/domain/charts/gradient-legend';

type El = {
  type: string;
  right?: number;
  bottom?: number;
  x?: number;
  shape?: { x: number; width: number };
  style?: { text?: string; fill?: { colorStops: { offset: number; color: string }[] } };
  children?: El[];
};

describe('gradient legends', () => {
  it('estimates full-width characters as square and others as about half', () => {
    expect(approxTextWidth('好', 12)).toBe(12);
    expect(approxTextWidth('ab', 10)).toBe(12);
    expect(approxTextWidth('')).toBe(0);
  });

  it('draws each scale as its low label, a gradient bar and its high label', () => {
    const [legend] = gradientLegends(
      [{ low: '差', high: '好', colours: ['#d73027', '#fee08b', '#1a9850'] }],
      { right: 12, bottom: 30 },
      '#666',
    ) as El[];
    expect(legend).toMatchObject({ type: 'group', right: 12, bottom: 30 });
    const [low, bar, high] = legend!.children!;
    expect(low!.style!.text).toBe('差');
    expect(high!.style!.text).toBe('好');
    expect(bar!.style!.fill!.colorStops).toEqual([
      { offset: 0, color: '#d73027' },
      { offset: 0.5, color: '#fee08b' },
      { offset: 1, color: '#1a9850' },
    ]);
    // Left to right without overlap.
    expect(bar!.shape!.x).toBeGreaterThanOrEqual(approxTextWidth('差'));
    expect(high!.x).toBeGreaterThanOrEqual(bar!.shape!.x + bar!.shape!.width);
  });

  it('places legends side by side from the right, wide labels pushing the next one left', () => {
    const scale = (low: string, high: string) => ({ low, high, colours: ['#fff', '#000'] });
    const narrow = gradientLegends([scale('小', '大'), scale('差', '好')], { right: 12, bottom: 0 }, '#666') as El[];
    const wide = gradientLegends([scale('small', 'large'), scale('worsened', 'improved')], { right: 12, bottom: 0 }, '#666') as El[];
    // The last scale is rightmost; the first sits left of it.
    expect(narrow.map((l) => l.children![0]!.style!.text)).toEqual(['差', '小']);
    expect(narrow[0]!.right).toBe(12);
    expect(wide[0]!.right).toBe(12);
    expect(wide[1]!.right! - narrow[1]!.right!).toBeCloseTo(approxTextWidth('worsenedimproved') - approxTextWidth('差好'));
  });
});
