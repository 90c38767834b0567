import { describe, expect, it } from 'vitest';
import { buildRankingModel } from '../../../src/domain/charts/models/ranking-model';
import { rankingFacts } from '../../../src/domain/narrative/ranking-facts';
import { rankingNarrative } from '../../../src/domain/narrative/ranking-narrative';
import { plainText } from '../../../src/domain/narrative/narrative-text';
import { checkLinks, count, NAMES, numbersIn, rate, row } from './narrative-fixtures';
import type { ChartRow } from '../../../src/domain/observations/chart-row';
import { seededRandom } from '../../../src/domain/random';
import type { Indicator, Qualifier } from '../../../src/domain/types';

function narrate(rows: ChartRow[], ind: Indicator, departments: string[] = [], lang: 'zh' | 'en' = 'zh') {
  const model = buildRankingModel({ rows, indicator: ind, year: 2024, departments });
  return plainText(rankingNarrative(rankingFacts(model, new Set(['demo'])), lang === 'zh' ? ind.labelZh : ind.labelEn, lang), lang);
}

describe('解读 of a ranking', () => {
  it('states total, 同比, most and least, and who did not report, in the 通报 pattern', () => {
    const rows = [
      row('区财政局', 2023, 30, count),
      row('区财政局', 2024, 45, count),
      row('区司法局', 2023, 20, count),
      row('区司法局', 2024, 12, count),
      row('区教育局', 2023, 10, count),
      row('区教育局', 2024, 13, count),
    ];
    expect(narrate(rows, count, ['区财政局', '区司法局', '区教育局', '区民政局'])).toBe(
      '2024年，3个部门报告了清理规范性文件数，合计70件，同比增长16.7%（2023年60件）。' +
        '其中，区财政局最多（45件），区司法局最少（12件）。' +
        '与2023年相比，区财政局增加最多（15件），区司法局减少最多（8件）。' +
        '1个部门未报告：区民政局。',
    );
  });

  it('never sums rates: a median, and changes in percentage points', () => {
    const rows = [
      row('区财政局', 2024, 100, rate),
      row('区司法局', 2024, 97.9, rate),
      row('区教育局', 2024, 95, rate),
      row('区教育局', 2023, 90, rate),
    ];
    const text = narrate(rows, rate);
    expect(text).toBe(
      '2024年，3个部门报告了依申请公开答复率，中位数为97.9%。其中，区财政局最高（100%），区教育局最低（95%）。与2023年相比，区教育局提高最多（5个百分点）。',
    );
    expect(text).not.toContain('合计');
  });

  it('keeps qualifiers, names derived and simulated values, and says nothing without data', () => {
    const rows = [
      row('区财政局', 2024, 30, count, '约'),
      row('区司法局', 2024, 12, count, '', { derived: true }),
      row('区教育局', 2024, 5, count, '', { datasetId: 'demo' }),
    ];
    expect(narrate(rows, count)).toContain('合计约47件（含由同比推算的数值）（含演示数据）');
    expect(narrate(rows, count)).toContain('区财政局最多（约30件）');
    expect(narrate([], count)).toBe('');
  });

  it('with one department: no ranking, no total', () => {
    expect(narrate([row('区财政局', 2024, 122.4552, { ...count, unit: '万元' })], { ...count, unit: '万元' })).toBe(
      '2024年，仅区财政局报告了清理规范性文件数（122.4552万元）。',
    );
  });

  it('ties share a statement; a tied largest rise is no single mover', () => {
    const rows = [
      row('区财政局', 2024, 9, count),
      row('区司法局', 2024, 9, count),
      row('区教育局', 2024, 3, count),
      row('区财政局', 2023, 4, count),
      row('区司法局', 2023, 4, count),
      row('区教育局', 2023, 3, count),
    ];
    const text = narrate(rows, count);
    expect(text).toContain('区财政局、区司法局最多（9件）');
    expect(text).not.toContain('增加最多');
  });

  it('reads naturally in English', () => {
    const rows = [
      row('区财政局', 2023, 30, count),
      row('区财政局', 2024, 45, count),
      row('区司法局', 2023, 20, count),
      row('区司法局', 2024, 12, count),
    ];
    expect(narrate(rows, count, [], 'en')).toBe(
      'In 2024, 2 departments reported normative documents cleaned up, 57 items in total, up 14% on 2023 (50 items). ' +
        '区财政局 had the highest value (45 items), 区司法局 the lowest (12 items). ' +
        'Compared with 2023, 区财政局 rose most (+15 items), 区司法局 fell most (−8 items).',
    );
  });
});

describe('解读 states only numbers the data hold (generated datasets)', () => {
  it('every number in the text is recomputed from the rows', () => {
    const rnd = seededRandom(20241205);
    for (let trial = 0; trial < 400; trial++) {
      const isRate = rnd() < 0.4;
      const ind = isRate ? rate : count;
      const depts = NAMES.slice(0, 1 + Math.floor(rnd() * NAMES.length));
      const rows: ChartRow[] = [];
      for (const d of depts) {
        for (const year of [2023, 2024]) {
          if (rnd() < 0.25) continue; // a gap: not reported
          const v = isRate ? Math.round(rnd() * 1000) / 10 : rnd() < 0.15 ? 0 : Math.floor(rnd() * (rnd() < 0.2 ? 5 : 500));
          const q: Qualifier = rnd() < 0.1 ? '余' : '';
          rows.push(row(d, year, v, ind, q, { derived: rnd() < 0.05 }));
        }
      }
      const text = narrate(rows, ind, depts);
      checkLinks(
        rankingNarrative(rankingFacts(buildRankingModel({ rows, indicator: ind, year: 2024, departments: depts })), ind.labelZh, 'zh'),
        rows,
      );
      const now = new Map(rows.filter((r) => r.year === 2024).map((r) => [r.department, r.value]));
      const before = new Map(rows.filter((r) => r.year === 2023).map((r) => [r.department, r.value]));
      const values = [...now.values()];
      const allowed = new Set<number>([2023, 2024, now.size, depts.length - now.size, ...values]);
      const total = Math.round(values.reduce((a, b) => a + b, 0) * 1e6) / 1e6;
      if (!isRate) allowed.add(total);
      const common = [...now.keys()].filter((d) => before.has(d));
      if (!isRate && common.length === now.size && now.size > 1) {
        const prev = Math.round([...now.keys()].reduce((a, d) => a + before.get(d)!, 0) * 1e6) / 1e6;
        allowed.add(prev);
        if (prev > 0) allowed.add(Math.abs(Math.round(((total - prev) / prev) * 1000) / 10));
      }
      const sorted = [...values].sort((a, b) => a - b);
      if (sorted.length)
        allowed.add(
          sorted.length % 2
            ? sorted[sorted.length >> 1]!
            : Math.round(((sorted[(sorted.length >> 1) - 1]! + sorted[sorted.length >> 1]!) / 2) * 1e6) / 1e6,
        );
      for (const d of common) allowed.add(Math.abs(Math.round((now.get(d)! - before.get(d)!) * 1e6) / 1e6));
      for (const n of numbersIn(text)) expect(allowed, `${n} in «${text}»`).toContain(n);
      // A rate is never summed; a missing year is never a 0 in the text.
      if (isRate) expect(text).not.toContain('合计');
      if (!now.size)
        expect(text).toMatch(
          new RegExp(
            `^${depts.length}个部门未报告：(区[^、。等]+局|区卫健委)(、(区[^、。等]+局|区卫健委)){${Math.min(depts.length, 5) - 1}}${depts.length > 5 ? '等' : ''}。$`,
          ),
        );
      if (!isRate && now.size > 1) expect(numbersIn(text)).toContain(total);
    }
  });
});
