// Values said without plain digits and names a person can read: 前十, 零舆情, concentrations,
// counts of 领域 and 清单, kinds, rankings named by what is ranked.
import { describe, expect, it } from 'vitest';
import { extract, values } from './helpers';

const stated = (text: string) => extract(text).rows.filter((r) => !r.derived);

describe('values said in words', () => {
  it('位列全市前十 is a rank within the first ten: value 10, named 排名(前), never a catalog id', () => {
    const [r] = stated('公共法律服务中心各季度排名均位列全市前十。');
    expect(r).toMatchObject({ value: 10, rule: 'ranking', indicatorText: '公共法律服务中心各季度全市排名(前)' });
    expect(r!.indicatorId).toMatch(/^other:/);
    expect(r!.mapping!.candidates).toEqual([]);
  });

  it('single negations of an act or of cases are zeros; a compound one is not', () => {
    const rows = stated('本年度未制定出台规范性文件,无违规审批案件,未发生安全生产事故和群体性事件。');
    expect(rows.map((r) => [r.value, r.indicatorId])).toEqual([
      [0, 'normative_docs_issued'],
      [0, 'other:违规审批案件数'],
    ]);
  });

  it('an outcome of the cases before it is named by them but is not more of them (维持3件)', () => {
    const rows = stated('有行政复议案件4件,撤销1件,维持3件。');
    expect(rows.map((r) => [r.value, r.indicatorId])).toEqual([
      [4, 'reconsideration_cases'],
      [1, 'other:撤销行政复议案件数'],
      [3, 'other:维持行政复议案件数'],
    ]);
    expect(rows[2]!.mapping!.needsConfirmation).toBe(false);
  });

  it('a headcount is never a count of matters, nor an honoured case file a penalty case', () => {
    const rows = stated('1件行政处罚案卷被评为优秀案卷,1人获执法竞赛第一名。');
    expect(rows.map((r) => r.indicatorId.startsWith('other:'))).toEqual([true, true]);
  });

  it('a counted event said with 零 is an uncatalogued zero; 零距离 and “零跑腿” are slogans', () => {
    const rows = stated('实现执法零舆情、办案零差错,服务零距离,群众办事实现“零跑腿”。');
    expect(rows.map((r) => [r.value, r.indicatorText])).toEqual([
      [0, '执法舆情数'],
      [0, '差错数'],
    ]);
    expect(rows.every((r) => r.indicatorId.startsWith('other:'))).toBe(true);
  });

  it('a concentration keeps its unit; PM2.5 is a name, not a value', () => {
    expect(values('PM2.5平均浓度为30微克/立方米,AQI优良率为88.8%。')).toEqual(['30微克/立方米', '88.8%']);
  });

  it('counts of 领域 and 清单 are values; 方面 of a document are not', () => {
    expect(values('在旅游等43个领域开展信用分级分类监管,建立政商交往正负面10项清单。')).toEqual(['43个', '10项']);
    expect(values('提出9个方面180条工作举措。')).toEqual(['180条']);
  });

  it('N大类 is a count of kinds (not the party congress 二十大)', () => {
    expect(values('学习贯彻党的二十大精神,将举措细化为3大类、75项措施。')).toEqual(['3大类', '75项']);
  });

  it.each([
    ['the issuers of a joint act', '市司法局等4部门联合印发实施意见,办理案件30件。'],
    ['the four leading bodies', '市四套班子领导出席启动仪式,办理案件30件。'],
    ['a total over several years', '近三年累计办理案件300件,今年办理案件30件。'],
  ])('not a value of the year: %s', (_, text) => {
    expect(values(text)).toEqual(['30件']);
  });

  it('departments working together are counted when nobody issues anything with them', () => {
    expect(values('协调12个部门开展联合执法。')).toEqual(['12个']);
  });

  it('a count with no noun continues the act of the clause before (…开展宪法集中学习,全年累计开展12次)', () => {
    const [r] = stated('坚持每月组织机关全体干部开展宪法和民法典集中学习,全年累计开展12次,实现学习全覆盖。');
    expect(r).toMatchObject({ value: 12, indicatorText: '宪法和民法典集中学习次数', indicatorId: 'law_study_sessions' });
    // Without such an act before it, a bare count is still no value.
    expect(values('全年累计开展12次。')).toEqual([]);
  });

  it('拟 and 计划 are intent only as verbs: 拟出台的文件 and 按照检查计划 report results', () => {
    expect(values('对局机关拟出台的文件进行合法性审查18件,按照年度执法检查计划,开展检查120次。')).toEqual(['18件', '120次']);
    expect(values('计划开展培训5次,拟新增执法人员10名。')).toEqual([]);
  });

  it('a short bracket inside a name after the number is part of it; 「(含…)」 is not', () => {
    const rows = stated('筹备召开3次法治临安(法治政府)建设推进会,办理案件12件(含上年度2件)。');
    expect(rows[0]).toMatchObject({ value: 3, indicatorId: 'rol_work_meetings' });
    expect(rows[0]!.indicatorText).toContain('(法治政府)建设推进会');
    expect(rows.map((r) => r.value)).toEqual([3, 12, 2]);
  });

  it('a range is not a value: skipped with a warning for the reviewer', () => {
    const r = extract('每季度开展3—5次专项检查。');
    expect(r.rows).toEqual([]);
    expect(r.issues.find((i) => i.code === 'W_RANGE_SKIPPED')?.message).toContain('3—5次');
  });
});

describe('rankings are named by what is ranked and where', () => {
  it.each([
    ['法治政府建设项目荣获全省第一。', '法治政府建设项目全省排名'],
    ['在全省法治政府建设评估中跃居第3位。', '全省法治政府建设评估排名'],
    ['法治建设考核位居全市第二。', '法治建设考核全市排名'],
  ])('%s → %s', (text, name) => {
    const [r] = stated(text);
    expect(r!.indicatorText).toBe(name);
    expect(r!.rule).toBe('ranking');
    expect(r!.mapping!.candidates).toEqual([]);
  });
});

describe('names of uncatalogued figures', () => {
  it.each([
    ['中心组 keeps its first character', '严格落实第一议题制度,中心组集中学习研讨15次。', 15, '中心组集中学习研讨次数'],
    [
      'a long enumeration is named by its kind after 等',
      '依法严惩生产销售假口罩、哄抬物价、野生动物资源保护等各类涉疫情犯罪32件。',
      32,
      '涉疫情犯罪数',
    ],
    ['a trailing 有 is no part of the name', '学习积分40000分以上的人员有42名。', 42, '人员人数'],
    ['a time limit with 内 after it is the limit of what is compressed', '企业开办压缩至1个工作日内。', 1, '企业开办办理时限'],
    ['honoured things are named by the honour', '1件行政处罚案卷被市委依法治市办评为优秀案卷。', 1, '评为优秀案卷的行政处罚案卷数'],
  ])('%s: %s', (_, text, value, name) => {
    expect(stated(text).find((r) => r.value === value)?.indicatorText).toBe(name);
  });
});
