import { describe, expect, it } from 'vitest';
import { CodeFilter } from '../../../src/domain/checks/code-filter';
import { cellCode } from '../../../src/domain/checks/cell-code';

describe('code filter', () => {
  it('never answers "no" for an added code, and rarely "maybe" for another', () => {
    let s = 7;
    const next = (n: number) => (s = (s * 16807) % 2147483647) % n;
    // Cell codes of a big table (3,400 departments × 50 indicators) and of a far bigger one (above 2^32).
    const t = { indicators: { length: 50 } } as Parameters<typeof cellCode>[0];
    const wide = { indicators: { length: 200_000 } } as Parameters<typeof cellCode>[0];
    const code = () =>
      next(2) ? cellCode(t, next(3400), next(50), 2015 + next(10)) : cellCode(wide, 5000 + next(5000), next(200_000), 2020);
    const added = new Set<number>();
    const filter = new CodeFilter();
    while (added.size < 100_000) {
      const c = code();
      added.add(c);
      filter.add(c);
    }
    expect([...added].some((c) => c > 2 ** 32)).toBe(true);
    for (const c of added) if (!filter.mayHave(c)) expect.unreachable(`added ${c} is missed`);
    let others = 0;
    let maybe = 0;
    for (let k = 0; k < 50_000; k++) {
      const c = code();
      if (added.has(c)) continue;
      others++;
      if (filter.mayHave(c)) maybe++;
    }
    expect(maybe / others).toBeLessThan(0.15);
    expect(new CodeFilter().mayHave(cellCode(t, 1, 2, 2020))).toBe(false);
  });
});
