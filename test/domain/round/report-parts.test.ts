import { describe, expect, it } from 'vitest';
import { detectParts, missingParts, PART_KEYS, type PartKey } from '../../../src/domain/round/report-parts';
import { readProjectFile } from '../../helpers/project-files';

const BODY =
  '我局认真贯彻落实上级关于法治政府建设的各项决策部署，坚持依法行政、严格规范公正文明执法，取得明显成效，全年组织开展法治培训3次，参训人员累计达到120人次。';

/** A report of the given section headings, each followed by a body paragraph. */
function report(...headings: string[]): string {
  return [
    '某某局2024年度法治政府建设情况报告',
    '2024年，我局坚持以习近平法治思想为指导，全面推进依法行政。',
    ...headings.flatMap((h) => [h, BODY]),
  ].join('\n');
}

function headings(text: string, year: number | null = 2024): Record<PartKey, string | null> {
  const parts = detectParts(text, year);
  return Object.fromEntries(PART_KEYS.map((k) => [k, parts[k]?.heading ?? null])) as Record<PartKey, string | null>;
}

describe('part headings in their common forms', () => {
  it('finds all five numbered parts', () => {
    const h = headings(
      report(
        '一、2024年度推进法治政府建设的主要举措和成效',
        '二、存在的问题和不足',
        '三、党政主要负责人履行推进法治建设第一责任人职责情况',
        '四、2025年度推进法治政府建设的主要安排',
        '五、其他需要报告的情况',
      ),
    );
    expect(h).toEqual({
      measures: '一、2024年度推进法治政府建设的主要举措和成效',
      shortcomings: '二、存在的问题和不足',
      leader_duty: '三、党政主要负责人履行推进法治建设第一责任人职责情况',
      next_year: '四、2025年度推进法治政府建设的主要安排',
      other: '五、其他需要报告的情况',
    });
  });

  it('reads full-width parenthesised markers, chapter markers and unnumbered headings', () => {
    const h = headings(
      report('（一）主要做法及成效', '（二）存在的不足和原因', '（三）党政主要负责人履行推进法治建设第一责任人职责情况', '下一步工作打算'),
    );
    expect(h.measures).toBe('(一)主要做法及成效');
    expect(h.shortcomings).toBe('(二)存在的不足和原因');
    expect(h.leader_duty).toBe('(三)党政主要负责人履行推进法治建设第一责任人职责情况');
    expect(h.next_year).toBe('下一步工作打算');
    const chapters = headings(report('第一部分 2024年法治政府建设主要举措', '第二部分 工作中的不足', '第三部分 2025年工作计划'));
    expect(chapters.measures).toBe('第一部分2024年法治政府建设主要举措');
    expect(chapters.shortcomings).toBe('第二部分工作中的不足');
    expect(chapters.next_year).toBe('第三部分2025年工作计划');
    expect(headings(report('一、主要工作成效', '2025年工作计划')).next_year).toBe('2025年工作计划');
  });

  it('takes a year in a plan heading as next year only when it is after the report year', () => {
    expect(headings(report('一、2024年工作完成情况', '二、2025年工作思路')).next_year).toBe('二、2025年工作思路');
    expect(headings(report('一、2024年工作要点落实情况')).next_year).toBeNull();
  });

  it('accepts an opening sentence that names the part, not a plan stated in passing', () => {
    const named = headings(report('一、主要举措和成效').concat('\n下一步，重点做好以下工作：一是加强学习，二是规范执法。'));
    expect(named.next_year).toBe('下一步,重点做好以下工作');
    const passing = headings(
      report('一、主要举措和成效', '二、存在的问题和不足').concat('\n下一步，我局将进一步加强法治队伍建设，及时充实人员。'),
    );
    expect(passing.next_year).toBeNull();
  });

  it('does not take a passing mention of 第一责任人 for the part', () => {
    const text = report('一、主要举措和成效', '二、存在的不足和原因', '三、2025年工作安排').replace(
      BODY,
      '我局建立了党政主要负责人担任第一责任人、分管领导为主要责任人的职责清单，严格落实第一责任人职责。',
    );
    expect(headings(text).leader_duty).toBeNull();
    expect(headings(report('一、主要举措和成效', '（一）压实第一责任人职责')).leader_duty).toBeNull();
  });

  it('does not take the title (…总结和2025年工作计划) for a part', () => {
    const text = [
      '大岚镇2024年法治建设总结和2025年工作计划',
      '今年以来，我镇深入推进法治建设。',
      '一、2024年法治建设工作情况总结',
      BODY,
    ].join('\n');
    expect(headings(text)).toMatchObject({ measures: '一、2024年法治建设工作情况总结', next_year: null });
  });

  it('stands the first top-level heading for ① when only thematic headings precede the other parts', () => {
    const parts = detectParts(
      report('一、深入学习贯彻习近平法治思想', '二、创新服务举措，加快推进职能转变', '三、存在的问题及改进措施'),
      2024,
    );
    expect(parts.measures).toMatchObject({ heading: '一、深入学习贯彻习近平法治思想', how: 'position' });
    // …but never a heading after another part, nor a sub-heading.
    expect(detectParts(report('一、存在的问题和不足', '二、深入学习贯彻习近平法治思想'), 2024).measures).toBeNull();
    expect(detectParts(report('（一）深入学习贯彻习近平法治思想', '二、存在的问题和不足'), 2024).measures).toBeNull();
  });

  it('points at the heading in the original text', () => {
    const text = report('一、主要举措和成效', '（二）存在的不足和原因');
    const p = detectParts(text, 2024).shortcomings!;
    expect(text.slice(p.start, p.end)).toBe('（二）存在的不足和原因');
  });
});

const SAMPLES: Record<string, Record<PartKey, string | null>> = {
  '2023_jiefang_finance': {
    measures: '二、推进法治政府建设的主要举措和成效',
    shortcomings: '三、存在的不足、原因和整改情况',
    leader_duty: '一、党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设有关情况',
    next_year: '四、2024年度推进法治政府建设的初步安排',
    other: null,
  },
  '2023_wuhan-etdz_development-reform': {
    measures: '一、2023年推进法治政府建设的主要举措和成效',
    shortcomings: '二、推进法治政府建设存在的不足和原因',
    leader_duty: '三、党政主要负责人履行推进法治建设第一责任人职责情况',
    next_year: '四、2024年推进法治政府建设的主要安排',
    other: null,
  },
  '2024_hanyang_finance': {
    measures: '一、深入学习贯彻习近平法治思想,强化党对财政法治建设的全面领导',
    shortcomings: '三、存在的问题及改进措施',
    leader_duty: '三、主要负责人履行推进法治建设第一责任人职责情况',
    next_year: '四、我局法治政府建设下一步工作安排',
    other: null,
  },
  '2024_wuhan-etdz_finance': {
    measures: '一、2024年度推进法治政府建设主要措施和成效',
    shortcomings: '二、2024年度推进法治政府建设存在的不足及原因',
    leader_duty: '三、2024年度党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设的有关情况',
    next_year: '四、2024年度推进法治政府建设的主要安排',
    other: null,
  },
  // A real case: 第一责任人 is mentioned inside ①, but the report has no section for ③.
  '2024_xinzhou_economy-tech': {
    measures: '一、法治政府建设推进情况',
    shortcomings: '二、当前法治政府建设工作存在的问题和建议',
    leader_duty: null,
    next_year: '三、2025年工作思路',
    other: null,
  },
};

const sample = (name: string) => readProjectFile(`data/reports/${name}.txt`);
const yearOf = (name: string) => Number(name.slice(0, 4));

describe('the sample reports', () => {
  for (const [name, expected] of Object.entries(SAMPLES)) {
    it(name, () => {
      expect(headings(sample(name), yearOf(name))).toEqual(expected);
    });
  }

  it('finds each part missing in turn when its heading is removed (no false ✓)', () => {
    for (const name of ['2023_wuhan-etdz_development-reform', '2024_wuhan-etdz_finance', '2023_jiefang_finance']) {
      const text = sample(name);
      const full = detectParts(text, yearOf(name));
      for (const k of ['measures', 'shortcomings', 'leader_duty', 'next_year'] as const) {
        const part = full[k]!;
        const lineStart = text.lastIndexOf('\n', part.start) + 1;
        const lineEnd = text.indexOf('\n', part.end);
        const without = text.slice(0, lineStart) + text.slice(lineEnd + 1);
        const parts = detectParts(without, yearOf(name));
        expect(parts[k], `${name} without ${k}`).toBeNull();
        expect(missingParts(parts)).toEqual([k]);
      }
    }
  });
});

const dev = (file: string) => readProjectFile(`test/fixtures/round/${file}.txt`);

describe('dev excerpts', () => {
  it('recognises ① under its many names', () => {
    expect(headings(dev('08_shaoxing-shengtaihuanjing_2023'), 2023).measures).toBe('一、2023年总体情况');
    expect(headings(dev('13_jinyun-renshe_2024')).measures).toBe('一、2024年工作完成情况');
    expect(headings(dev('05_huaxian-wanguzhen_2025'), 2025).measures).toBe('一、2025年法治政府建设主要工作及成效');
    expect(headings(dev('26_hunan-shengzhengfu_2024')).measures).toBe('一、2024年主要工作');
    expect(detectParts(dev('04_pingjiang-changshouzhen_2023'), 2023).measures).toMatchObject({
      heading: '一、政治思想引领',
      how: 'position',
    });
  });

  it('takes a sub-heading devoted to ③ for the part, a duty mentioned in passing not', () => {
    expect(headings(dev('16_shenzhen-sifa_2024')).leader_duty).toBe('(二)抓实党政主要负责人履行推进法治建设第一责任人职责');
    expect(headings(dev('31_tianjin-jinghai_2025'), 2025).leader_duty).toBe('一、区政府主要负责同志履行推进法治建设第一责任人职责情况');
    // 「3.压实第一责任人职责」 and 「2.切实履行法治建设“第一责任人”职责」 are items of ①.
    expect(headings(dev('05_huaxian-wanguzhen_2025'), 2025).leader_duty).toBeNull();
    expect(headings(dev('26_hunan-shengzhengfu_2024')).leader_duty).toBeNull();
  });

  it('finds nothing in an excerpt without section headings, and no plan in a title', () => {
    expect(missingParts(detectParts(dev('09_xining-chengdong-shichangjianguan_2024'), 2024))).toEqual([
      'measures',
      'shortcomings',
      'leader_duty',
      'next_year',
    ]);
    expect(headings(dev('21_yuyao-dalanzhen_2024')).next_year).toBeNull();
    expect(headings(dev('01_guangzhou-baiyun-helongjie_2024')).measures).toBe('一、主要举措和成效');
  });
});
