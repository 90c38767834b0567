import { describe, expect, it } from 'vitest';
import { truncateToWidth, wrapToWidth } from '../../../src/domain/charts/fit-text';
import { textWidth } from '../../../src/domain/charts/text-width';

describe('chart text fitted to a width', () => {
  it('keeps a text that fits whole and shortens one that does not with 「…」', () => {
    expect(truncateToWidth('同类第2/5名', 200, 12)).toBe('同类第2/5名');
    const cut = truncateToWidth('行政机关负责人出庭应诉率', 60, 12);
    expect(cut).toBe('行政机关…');
    expect(textWidth(cut, 12)).toBeLessThanOrEqual(60);
  });

  it('wraps Chinese at any character and English at spaces, every line within the width', () => {
    const zh = wrapToWidth('2023年 同类（财政局）仅1个部门有数据', 130, 11, 2);
    expect(zh).toEqual(['2023年 同类（财政局）', '仅1个部门有数据']);
    // A line never starts with closing punctuation.
    expect(wrapToWidth('2023年 同类（财政局）仅1个部门有数据', 120, 11, 2)).toEqual(['2023年 同类（财政', '局）仅1个部门有数据']);
    const en = wrapToWidth('2023 only 1 department among 财政局 has data', 150, 11, 3);
    expect(en).toEqual(['2023 only 1 department', 'among 财政局 has data']);
    for (const line of [...zh, ...en]) expect(textWidth(line, 11)).toBeLessThanOrEqual(150);
  });

  it('ends the last allowed line in 「…」 when the text needs more lines', () => {
    const lines = wrapToWidth('Adoption rate of legality-review opinions on major decisions (%)', 100, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(100);
  });
});
