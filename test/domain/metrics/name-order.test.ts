import { describe, expect, it } from 'vitest';
import { compareNames, namePlaces, sortNames } from '../../../src/domain/metrics/name-order';

/** Department-like names in a scrambled order, from a fixed seed. */
function names(n: number, seed: number, prefix: string): string[] {
  let s = seed;
  const next = () => (s = (s * 16807) % 2147483647);
  const chars = '财政司法公安民政教育卫生健康交通运输水务农业农村市场监管城管税务统计审计应急管理生态环境自然资源住房建设文化旅游';
  return Array.from({ length: n }, (_, i) => {
    const a = chars[next() % chars.length]!;
    const b = chars[next() % chars.length]!;
    return `${prefix}${a}${b}局${next() % 3 === 0 ? '' : String(i % 7)}`;
  });
}

const sign = (x: number) => Math.sign(x) || 0;

describe('name order', () => {
  it('orders names as the collator does, across calls that bring new names', () => {
    const batches = [names(300, 7, '北山区'), names(200, 11, '南湖区'), names(250, 13, ''), ['Zeta', 'alpha', '北山区财政局']];
    const seen: string[] = [];
    for (const batch of batches) {
      const at = namePlaces(batch);
      seen.push(...batch);
      // Every pair of names seen so far compares by place as by the collator.
      for (let i = 0; i < seen.length; i += 7)
        for (let j = 0; j < seen.length; j += 5) {
          const [a, b] = [seen[i]!, seen[j]!];
          expect(sign(at.get(a)! - at.get(b)!), `${a} / ${b}`).toBe(sign(compareNames(a, b)));
        }
    }
  });

  it('gives names the collator finds equal one place, and sorts like the collator', () => {
    const composed = 'caf\u00e9局';
    const decomposed = 'cafe\u0301局';
    expect(compareNames(composed, decomposed)).toBe(0);
    const at = namePlaces([composed, '财政局']);
    expect(namePlaces([decomposed]).get(decomposed)).toBe(at.get(composed));
    const list = [...names(120, 5, '东城区'), decomposed, '财政局', composed, '财政局'];
    expect(sortNames(list)).toEqual([...list].sort(compareNames));
  });
});
