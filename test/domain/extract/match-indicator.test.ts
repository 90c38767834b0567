// Catalog matching on wordings no alias lists: synonym classes, concepts read with their clause,
// units respected; near misses stay uncatalogued (目录外). One real-looking phrase per case.
import { describe, expect, it } from 'vitest';
import { MAPPING_CONFIDENCE_THRESHOLD, type ExtractedRow } from '../../../src/domain/extract';
import { readProjectFile } from '../../helpers/project-files';
import { extract } from './helpers';

/** value+unit → indicator id of every stated row. */
function ids(text: string): Record<string, string> {
  return Object.fromEntries(
    extract(text)
      .rows.filter((r) => !r.derived)
      .map((r) => [`${r.value}${r.unit}`, r.indicatorId]),
  );
}

describe('synonym classes', () => {
  it.each([
    ['比例 ≈ 率', '全局执法人员持证比例98%以上。', '98%', 'enforcement_staff_ratio'],
    ['占比 ≈ 率', '持证执法人员占比达100%。', '100%', 'enforcement_staff_ratio'],
    [
      '通过率 ≈ 合格率, with the exam in the clause before',
      '72名新提拔领导干部参加任前法律知识考试,通过率达100%。',
      '100%',
      'law_exam_pass_rate',
    ],
    ['审核 ≈ 审查', '县司法局审核重大决策20件。', '20件', 'documents_legality_reviewed'],
    [
      '覆盖…人次 ≈ 参训, after the training in the clause before',
      '组织干部职工开展法治培训10场次,覆盖500余人次。',
      '500人次',
      'law_training_participants',
    ],
    ['专题法治学习 ≈ 学法', '严格落实县政府常务会议学法制度,年内组织专题法治学习8次。', '8次', 'law_study_sessions'],
    ['职权 ≈ 权力事项', '加强权责清单管理,明确全区行政职权5737项。', '5737项', 'power_items_total'],
  ])('%s: %s', (_, text, value, id) => {
    expect(ids(text)[value]).toBe(id);
  });
});

describe('what is counted: object, action, measure', () => {
  it.each([
    ['学法 by 党组', '局党组集体学法4次。', '4次', 'party_group_law_study'],
    ['学法 by the leadership', '党政领导班子开展集中学法1次。', '1次', 'leader_law_study'],
    ['研究 + 法治建设', '党委专题会议研究法治建设3次。', '3次', 'rol_work_meetings'],
    [
      '部署会议 after 法治政府建设 in the clause before',
      '将法治政府建设纳入年度重点工作,召开专题部署会议4次。',
      '4次',
      'rol_work_meetings',
    ],
    ['抽查 with a quoted word after the number', '开展42批次“双随机”抽查。', '42批次', 'inspections'],
    ['移送 + 涉嫌 + 案件', '向公安机关移送涉嫌拒不支付劳动报酬罪案件9件。', '9件', 'case_transfers'],
    [
      'legality review of drafts, the review named after the items',
      '完成287件市政府重大行政决策事项、行政规范性文件和相关协议的合法性审查。',
      '287件',
      'documents_legality_reviewed',
    ],
  ])('%s: %s', (_, text, value, id) => {
    expect(ids(text)[value]).toBe(id);
  });

  it('one list of rates, each its own indicator (参考率、通过率和优秀率100%)', () => {
    const rows = extract('组织全体执法人员参加学法考试,参考率、通过率和优秀率100%。').rows;
    expect(rows.map((r) => r.indicatorId)).toEqual(['law_exam_participation_rate', 'law_exam_pass_rate', 'other:优秀率']);
  });
});

describe('units and near misses stay uncatalogued', () => {
  it.each([
    ['a count of points is not a count of people', '设置咨询点20余个。', '20个'],
    ['应持 is not 已持证', '2024年我局应持执法证人员84人。', '84人'],
    ['a plan in 条 is not a count of inspections', '制定57条检查计划。', '57条'],
    ['political training is not law training', '开展全员政治轮训5次。', '5次'],
    ['cancelled licensing items are not the items held', '取消行政许可事项9项。', '9项'],
    ['协调解决 is not 调解', '协调解决企业困难128个。', '128个'],
    ['the age make-up of the staff is not the certified share', '45岁以上执法人员占比达62%。', '62%'],
    ['exam participation of people is a headcount, not the pass rate', '参加学习人员1200余人次,学习强国覆盖率达100%。', '100%'],
  ])('%s: %s', (_, text, value) => {
    expect(ids(text)[value]).toMatch(/^other:/);
  });

  it('a rate is never a count, a count never a rate', () => {
    const got = ids('全局持证执法人员120人,持证率100%。');
    expect(got['120人']).toBe('certified_enforcement_staff');
    expect(got['100%']).toBe('enforcement_staff_ratio');
  });

  it('人次 never counts a headcount', () => {
    expect(ids('新增持证执法人员35人次。')['35人次']).not.toBe('certified_enforcement_staff');
  });
});

describe('mapping: score, candidates, 待确认', () => {
  const rowsOf = (text: string): ExtractedRow[] => extract(text).rows;

  it('every row carries a mapping: a score in 0..1, at most three catalog candidates, 待确认 below the threshold', () => {
    const rows = rowsOf('全年召开党委专题会议3次,办理行政处罚案件52件,全局执法人员持证比例98%以上,发现整改法律问题135个。');
    expect(rows.length).toBe(4);
    for (const r of rows) {
      expect(r.mapping).toBeDefined();
      const m = r.mapping!;
      expect(m.score).toBeGreaterThanOrEqual(0);
      expect(m.score).toBeLessThanOrEqual(1);
      expect(m.candidates.length).toBeLessThanOrEqual(3);
      expect(m.needsConfirmation).toBe(m.score < MAPPING_CONFIDENCE_THRESHOLD);
      expect(m.candidates.every((c) => !c.id.startsWith('other:'))).toBe(true);
    }
  });

  it('every row of a real report carries one, derived and zero rows included', () => {
    const rows = extract(readProjectFile('data/reports/2024_wuhan-etdz_finance.txt'), {}).rows;
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.filter((r) => !r.mapping)).toEqual([]);
  });

  it('a sure mapping is not 待确认 and lists its id first', () => {
    const r = rowsOf('办理行政处罚案件52件。')[0]!;
    expect(r.indicatorId).toBe('admin_penalty_cases');
    expect(r.mapping!.needsConfirmation).toBe(false);
    expect(r.mapping!.candidates[0]!.id).toBe('admin_penalty_cases');
  });

  it('a meeting without the rule of law in sight stays 目录外, 待确认, with rol_work_meetings offered', () => {
    const r = rowsOf('全年召开党委专题会议3次。')[0]!;
    expect(r.indicatorId).toBe('other:党委专题会议次数');
    expect(r.mapping!.needsConfirmation).toBe(true);
    expect(r.mapping!.candidates.map((c) => c.id)).toContain('rol_work_meetings');
  });

  it('a figure nothing in the catalog resembles is surely 目录外', () => {
    const r = rowsOf('发现整改法律问题135个。')[0]!;
    expect(r.indicatorId).toMatch(/^other:/);
    expect(r.mapping!.needsConfirmation).toBe(false);
    expect(r.mapping!.score).toBe(1);
  });
});
