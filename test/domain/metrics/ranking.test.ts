import { describe, expect, it } from 'vitest';
import { peerRank, rankByDirection, rankMap } from '../../../src/domain/metrics/ranking';
import {
  GOODNESS,
  NEUTRAL,
  changeColour,
  changeScore,
  changeTone,
  goodnessColour,
  rankColour,
  tierOf,
} from '../../../src/domain/metrics/colour-scale';

const values = new Map([
  ['甲局', 10],
  ['乙局', 30],
  ['丙局', 20],
  ['丁局', 20],
]);

describe('direction-aware ranking', () => {
  it('puts the highest first for up and neutral, the lowest first for down', () => {
    const up = rankByDirection([...values], ([, v]) => v, 'up').map((r) => r.item[0]);
    expect(up[0]).toBe('乙局');
    expect(up[3]).toBe('甲局');
    const down = rankByDirection([...values], ([, v]) => v, 'down').map((r) => r.item[0]);
    expect(down[0]).toBe('甲局');
    expect(down[3]).toBe('乙局');
    const neutral = rankByDirection([...values], ([, v]) => v, 'neutral').map((r) => r.item[0]);
    expect(neutral[0]).toBe('乙局');
  });

  it('gives ties the same rank and percentile 1 to the best', () => {
    const r = rankMap(values, 'up');
    expect(r.get('乙局')).toEqual({ rank: 1, percentile: 1, of: 4 });
    expect(r.get('丙局')!.rank).toBe(2);
    expect(r.get('丁局')!.rank).toBe(2);
    expect(r.get('甲局')).toEqual({ rank: 4, percentile: 0, of: 4 });
    expect(rankMap(values, 'down').get('甲局')!.percentile).toBe(1);
  });

  it('ignores non-finite values', () => {
    expect(rankByDirection([1, NaN, 2], (x) => x, 'up').map((r) => r.value)).toEqual([2, 1]);
  });

  it('ranks a department among peers of the same type only', () => {
    const info = [
      { name: '甲局', region: '', type: '执法部门' },
      { name: '乙局', region: '', type: '综合部门' },
      { name: '丙局', region: '', type: '执法部门' },
      { name: '丁局', region: '', type: '执法部门' },
    ];
    expect(peerRank('甲局', values, info, 'up')).toEqual({ rank: 3, of: 3, type: '执法部门', percentile: 0 });
    expect(peerRank('乙局', values, info, 'up')).toMatchObject({ rank: 1, of: 1 });
    expect(peerRank('戊局', values, info, 'up')).toBeNull();
  });
});

describe('direction-aware colours', () => {
  it('colours the best green and the worst red whatever the direction', () => {
    expect(goodnessColour(1, 'default')).toBe(GOODNESS.default.good);
    expect(goodnessColour(0, 'default')).toBe(GOODNESS.default.bad);
    // A 'down' indicator's lowest value has percentile 1 → good colour.
    const down = rankMap(values, 'down');
    expect(rankColour(down.get('甲局')!.percentile, 'down', 'default')).toBe(GOODNESS.default.good);
    expect(rankColour(down.get('乙局')!.percentile, 'down', 'default')).toBe(GOODNESS.default.bad);
  });

  it('uses blue/orange in the colour-blind-safe palette', () => {
    expect(goodnessColour(1, 'cb-safe')).toBe(GOODNESS['cb-safe'].good);
    expect(goodnessColour(0, 'cb-safe')).toBe(GOODNESS['cb-safe'].bad);
  });

  it('colours neutral indicators on a neutral scale', () => {
    expect(rankColour(1, 'neutral', 'default')).toBe(NEUTRAL.default[1]);
    expect(rankColour(0, 'neutral', 'default')).toBe(NEUTRAL.default[0]);
  });

  it('judges changes by direction', () => {
    expect(changeTone('up', 3)).toBe('good');
    expect(changeTone('down', 3)).toBe('bad');
    expect(changeTone('down', -3)).toBe('good');
    expect(changeTone('neutral', 3)).toBe('neutral');
    expect(changeTone('up', 0)).toBe('flat');
    expect(changeColour('down', -1, 'default')).toBe(GOODNESS.default.good);
    expect(changeScore('down', -25)).toBe(0.5);
    expect(changeScore('up', 500)).toBe(1);
    expect(tierOf(0.9)).toBe('good');
    expect(tierOf(0.1)).toBe('bad');
    expect(tierOf(0.5)).toBe('mid');
  });
});
