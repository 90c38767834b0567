import { describe, expect, it } from 'vitest';
import { FIXED_GRID, LABEL_MARGIN, rotatedReach, widestLabel } from '../../../src/domain/charts/axis-room';
import { buildMatrixOption } from '../../../src/domain/charts/options/matrix-option';
import { buildRankingOption } from '../../../src/domain/charts/options/ranking-option';
import { rowColumnsOfRows } from '../../../src/domain/observations/row-columns';
import { catalog, common, departments, row, sampleRows } from './fixtures';

type Grid = { left: number; top: number; bottom: number; outerBoundsMode: string };

describe('axis room', () => {
  it('is the widest label, never more than the width labels are cut at', () => {
    // CJK and full-width characters are one em.
    expect(widestLabel(['司法局', '市场监督管理局', '（汉南区）'], 12, 160)).toBe(84);
    expect(widestLabel(['武汉经济技术开发区（汉南区）发展和改革委员会'], 12, 160)).toBe(160);
    expect(widestLabel([], 12, 160)).toBe(0);
    // Other characters are counted wider than most glyphs (0.6 em).
    expect(widestLabel(['ABC中心'], 10, 160)).toBeCloseTo(38);
  });

  it('reaches up and sideways from the tick when rotated by 45°', () => {
    expect(rotatedReach(100, 12)).toBeCloseTo(106 * Math.SQRT1_2);
    expect(rotatedReach(0, 12)).toBe(0);
  });
});

describe('charts give their grids room for their labels', () => {
  const indicator = catalog.get('normative_docs_cleaned')!;
  const long = '武汉经济技术开发区（汉南区）发展和改革委员会';

  it('the ranking: its widest department label, an unreported department named as such, the axis name below', () => {
    const rankingGrid = (rows: ReturnType<typeof sampleRows>, chosen?: string[]) =>
      buildRankingOption({ ...common, rows, indicator, year: 2024, departments: chosen }).option.grid as Grid;
    const plain = rankingGrid(sampleRows());
    expect(plain.outerBoundsMode).toBe(FIXED_GRID.outerBoundsMode);
    // 「<img src=x onerror=alert(1)>局」 is the widest: 28 characters at 0.6 em and 局, cut at 160 px.
    expect(plain.left).toBe(12 + 160 + LABEL_MARGIN);
    expect(rankingGrid(sampleRows(), ['司法局', '财政局']).left).toBe(12 + 3 * 12 + LABEL_MARGIN);
    const withLong = rankingGrid([...sampleRows(), row(long, 'normative_docs_cleaned', 2024, 4)]);
    expect(withLong.left).toBe(12 + 160 + LABEL_MARGIN);
    expect(withLong.bottom).toBe(plain.bottom);
    // A chosen department without a value this year is listed as 「市场监管局（未报告）」.
    const chinese = ['司法局', '财政局'].map((d) => row(d, 'normative_docs_cleaned', 2024, 3));
    expect(rankingGrid(chinese, ['司法局', '财政局', '市场监管局']).left).toBe(12 + 5 * 12 + 5 * 12 + LABEL_MARGIN);
  });

  it('the matrix: its departments to the left, its indicators above at 45°', () => {
    const matrixGrid = (rows: ReturnType<typeof sampleRows>, names: string[]) =>
      buildMatrixOption({
        ...common,
        rows: rowColumnsOfRows(rows),
        indicators: catalog.indicators,
        departments: names.map((name) => ({ ...departments[0]!, name })),
        year: 2024,
        colourBy: 'rank',
      }).option.grid as Grid;
    const short = matrixGrid([row('司法局', 'normative_docs_cleaned', 2024, 3)], ['司法局']);
    expect(short.outerBoundsMode).toBe(FIXED_GRID.outerBoundsMode);
    // 「清理规范性文件数」 (8 em) above reaches further left than 「司法局」 beside the grid.
    const reach = rotatedReach(8 * 12, 12);
    expect(short.left).toBe(12 + Math.ceil(reach));
    const longer = matrixGrid([row(long, 'normative_docs_cleaned', 2024, 3)], [long]);
    expect(longer.left).toBe(12 + 150 + LABEL_MARGIN);
    expect(longer.top).toBe(short.top);
    expect(short.top).toBeGreaterThanOrEqual(Math.ceil(reach + LABEL_MARGIN));
  });
});
