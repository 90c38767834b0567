// 解读 of the trend, matrix and profile charts for fixed inputs: the Chinese text as a supervisor
// reads it (a snapshot per view), with the cases that matter: gaps, qualifiers, rates, one
// department, nothing to say.
import { describe, expect, it } from 'vitest';
import { buildMatrixModel } from '../../../src/domain/charts/models/matrix-model';
import { buildProfileModel } from '../../../src/domain/charts/models/profile-model';
import { buildTrendModel } from '../../../src/domain/charts/models/trend-model';
import { matrixFacts } from '../../../src/domain/narrative/matrix-facts';
import { matrixNarrative } from '../../../src/domain/narrative/matrix-narrative';
import { plainText, type NumberLink } from '../../../src/domain/narrative/narrative-text';
import { profileFacts } from '../../../src/domain/narrative/profile-facts';
import { profileNarrative } from '../../../src/domain/narrative/profile-narrative';
import { trendFacts } from '../../../src/domain/narrative/trend-facts';
import { trendNarrative } from '../../../src/domain/narrative/trend-narrative';
import type { ChartRow } from '../../../src/domain/observations/chart-row';
import { rowColumnsOfRows } from '../../../src/domain/observations/row-columns';
import type { Indicator } from '../../../src/domain/types';
import { count, rate, reviews, row } from './narrative-fixtures';

function trend(rows: ChartRow[], ind: Indicator, departments: string[], lang: 'zh' | 'en' = 'zh', simulated = new Set<string>()) {
  const m = buildTrendModel({ rows, indicator: ind, departments, years: [2020, 2024], mode: 'absolute' });
  return trendNarrative(trendFacts(m, simulated), lang === 'zh' ? ind.labelZh : ind.labelEn, lang);
}
const trendText = (...a: Parameters<typeof trend>) => plainText(trend(...a), a[3] ?? 'zh');

const FIN = [30, 50, 40, 42, 45];
const finance = (q: '' | '约' = '') => FIN.map((v, i) => row('区财政局', 2020 + i, v, count, i === 4 ? q : ''));
const justice = [row('区司法局', 2020, 20, count), row('区司法局', 2022, 15, count), row('区司法局', 2024, 12, count)];

describe('解读 of a trend', () => {
  it('one department: first → last reported year, peak, run of rises', () => {
    expect(trendText(finance(), count, ['区财政局'])).toBe(
      '区财政局清理规范性文件数由2020年的30件增至2024年的45件，增加15件，增长50%。其间2021年最多（50件）。2022年以来连续2年增长。',
    );
  });

  it('several departments: the total over the same departments, movers, gaps never counted as 0, qualifiers kept', () => {
    expect(trendText([...finance('约'), ...justice], count, ['区财政局', '区司法局', '区民政局'])).toBe(
      '2020年至2024年，2个部门报告了清理规范性文件数，合计由2020年的50件增至2024年的约57件，增长约14%。' +
        '其中，区财政局增加最多（2020年至2024年约15件），区司法局减少最多（2020年至2024年8件）。' +
        '区财政局2022年以来连续2年增长。' +
        '区司法局2021、2023年未报告；区民政局在此期间均未报告。',
    );
  });

  it('no total when a department misses the first or last year: like for like only', () => {
    const text = trendText([...finance(), ...justice.slice(0, 2)], count, []);
    expect(text).not.toContain('合计');
    expect(text).toContain('区司法局减少最多（2020年至2022年5件）');
  });

  it('a chart showing only the top departments says so and states no total', () => {
    const m = buildTrendModel({
      rows: [...finance(), ...justice],
      indicator: count,
      departments: [],
      years: [2020, 2024],
      mode: 'absolute',
      maxSeries: 1,
    });
    const text = plainText(trendNarrative(trendFacts(m), count.labelZh, 'zh'), 'zh');
    expect(text).toContain('（共2个部门，图中显示1个）');
    expect(text).not.toContain('合计');
  });

  it('rates: percentage points, never a total', () => {
    const rows = [
      row('区财政局', 2022, 90, rate),
      row('区财政局', 2023, 95, rate),
      row('区财政局', 2024, 98.5, rate),
      row('区司法局', 2024, 99, rate),
    ];
    expect(trendText(rows.slice(0, 3), rate, [])).toBe(
      '区财政局依申请公开答复率由2022年的90%升至2024年的98.5%，提高8.5个百分点。2022年以来连续2年上升。',
    );
    expect(trendText(rows, rate, [])).not.toContain('合计');
  });

  it('one reported year, derived and simulated values named, nothing without data', () => {
    expect(
      trendText([row('区财政局', 2023, 7, count, '余', { derived: true, datasetId: 'demo' })], count, [], 'zh', new Set(['demo'])),
    ).toBe('区财政局仅报告了2023年的清理规范性文件数（7余件）（含由同比推算的数值）（含演示数据）。');
    expect(trendText([], count, [])).toBe('');
  });

  it('reads naturally in English', () => {
    expect(trendText(finance(), count, [], 'en')).toBe(
      'For 区财政局, normative documents cleaned up rose from 30 items in 2020 to 45 items in 2024, up 15 items or 50%. It peaked in 2021 (50 items). 区财政局 rose 2 years in a row since 2022.',
    );
  });

  it('links every number to its rows: read values to their row, changes to both inputs', () => {
    const links = trend(finance(), count, [])
      .flat()
      .filter((p): p is NumberLink => typeof p !== 'string');
    const first = links.find((l) => l.text === '30件')!;
    expect(first.computed).toBe(false);
    expect(first.rows.map((r) => [r.year, r.value])).toEqual([[2020, 30]]);
    const change = links.find((l) => l.text === '15件')!;
    expect(change.computed).toBe(true);
    expect(change.rows.map((r) => r.year)).toEqual([2020, 2024]);
  });
});

function matrix(rows: ChartRow[], indicators: Indicator[], lang: 'zh' | 'en' = 'zh') {
  const src = rowColumnsOfRows(rows);
  const m = buildMatrixModel({ rows: src, indicators, departments: [], year: 2024, colourBy: 'rank' });
  return plainText(matrixNarrative(matrixFacts(m, src), lang), lang);
}

describe('解读 of the matrix', () => {
  const rows = [
    row('区财政局', 2024, 45, count),
    row('区司法局', 2024, 12, count),
    row('区教育局', 2024, 13, count),
    row('区民政局', 2024, 8, count),
    row('区财政局', 2024, 99, rate),
    row('区司法局', 2024, 100, rate),
    row('区财政局', 2024, 3, reviews),
    row('区司法局', 2024, 5, reviews),
    row('区民政局', 2024, 6, reviews),
  ];

  it('cells reported and not, complete reporters, coverage by indicator, first places (direction-aware), largest gap', () => {
    expect(matrix(rows, [count, rate, reviews])).toBe(
      '2024年，4个部门、3项指标共12格，其中9格有数值，3格未报告。' +
        '区财政局、区司法局报告了全部3项指标；报告清理规范性文件数的部门最多（4个），报告依申请公开答复率的最少（2个）。' +
        '区财政局在2项指标上排名第一。区教育局未报告的指标最多（2项）。',
    );
  });

  it('says the largest gap only when it is one department’s, and nothing without a value', () => {
    // 区司法局 misses one indicator, 区教育局 and 区民政局 two each: no single largest gap, no leader.
    const tied = matrix(rows.slice(0, 7), [count, rate, reviews]);
    expect(tied).toContain('其中7格有数值，5格未报告');
    expect(tied).not.toContain('未报告的指标最多');
    expect(tied).not.toContain('排名第一');
    expect(matrix([], [count])).toBe('');
  });

  it('reads naturally in English', () => {
    expect(matrix(rows, [count, rate, reviews], 'en')).toBe(
      'In 2024, 9 of the 12 cells (4 departments × 3 indicators) hold a value, 3 not reported. ' +
        '区财政局, 区司法局 reported all 3 indicators; Normative documents cleaned up was reported by the most departments (4), reply rate by the fewest (2). ' +
        '区财政局 ranked first on 2 indicators. 区教育局 left the most indicators unreported (2).',
    );
  });
});

function profile(rows: ChartRow[], lang: 'zh' | 'en' = 'zh') {
  const departments = ['区财政局', '区司法局', '区教育局'].map((name) => ({ name, region: '', type: '职能部门' }));
  const m = buildProfileModel({ rows, department: '区财政局', departments, indicators: [count, rate, reviews] });
  return plainText(profileNarrative(profileFacts(m), lang), lang);
}

describe('解读 of a department profile', () => {
  const rows = [
    row('区财政局', 2023, 30, count),
    row('区财政局', 2024, 45, count),
    row('区司法局', 2024, 12, count),
    row('区财政局', 2023, 97, rate),
    row('区财政局', 2024, 99, rate, '约'),
    row('区司法局', 2024, 100, rate),
    row('区财政局', 2023, 4, reviews),
    row('区司法局', 2023, 6, reviews),
  ];

  it('indicators reported, rises and falls (rates in points), first and last among peers, not reported this year', () => {
    expect(profile(rows)).toBe(
      '区财政局2024年报告了2项指标，与2023年相比，2项上升、0项下降。' +
        '其中，清理规范性文件数增长最多（由30件增至45件，增长50%）。' +
        '2024年在同类部门（职能部门）中，清理规范性文件数排名第一，依申请公开答复率排名最后。' +
        '行政复议案件数2024年未报告（此前年度曾报告）。',
    );
  });

  it('a rate that rose most is stated in percentage points, with its qualifier', () => {
    const text = profile([
      row('区财政局', 2023, 90, rate),
      row('区财政局', 2024, 99, rate, '约'),
      row('区财政局', 2023, 30, count),
      row('区财政局', 2024, 31, count),
    ]);
    expect(text).toContain('依申请公开答复率提高最多（由90%升至约99%，提高约9个百分点）');
    expect(profile([])).toBe('');
  });

  it('reads naturally in English', () => {
    expect(profile(rows, 'en')).toBe(
      'In 2024, 区财政局 reported 2 indicators; compared with 2023, 2 rose and 0 fell. ' +
        'Normative documents cleaned up rose most (from 30 items to 45 items, up 50%). ' +
        'In 2024, among departments of its type (职能部门), it ranked first on normative documents cleaned up; last on reply rate. ' +
        'Not reported in 2024 (reported in earlier years): administrative reviews.',
    );
  });
});
