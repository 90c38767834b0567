// Catalog matching read with the sentence around a phrase: a meeting's topic in the clause after,
// a bare head with the law named earlier in the sentence, the last of two acts joined by 并, a
// quality rate after the rate it qualifies. Near misses stay uncatalogued (目录外).
import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

/** value+unit → indicator id of every stated row. */
function ids(text: string): Record<string, string> {
  return Object.fromEntries(
    extract(text)
      .rows.filter((r) => !r.derived)
      .map((r) => [`${r.value}${r.unit}`, r.indicatorId]),
  );
}

describe('a meeting’s topic (召开…会议N次,研究…)', () => {
  it.each([
    ['the topic in the clause after', '全年召开党委专题会议3次,研究解决法治宣传、执法规范等重点难点问题。', '3次'],
    ['the topic in the phrase, 立法 among the rule of law', '16次主持市政府常务会议研究政府立法等议题。', '16次'],
    ['a 推进会 named for the rule of law', '召开法治建设工作推进会2次。', '2次'],
  ])('%s: %s', (_, text, value) => {
    expect(ids(text)[value]).toBe('rol_work_meetings');
  });

  it('a meeting that names its own other topic stays 目录外, the rule of law in the clause before notwithstanding', () => {
    const got = ids('召开县政府常务会议3次专题研究部署法治政府建设工作,5次专题研究招商引资项目协议及合同。');
    expect(got['3次']).toBe('rol_work_meetings');
    expect(got['5次']).toMatch(/^other:/);
  });
});

describe('a bare head read with the sentence before it', () => {
  it('集中学习 after the laws the sentence names', () => {
    const text = '将《中华人民共和国安全生产法》等法律法规纳入干部学习计划,通过案例研讨等形式,开展集中学习9次。';
    expect(ids(text)['9次']).toBe('law_study_sessions');
  });

  it('a 中心组 studying in a sentence about the law is the party group’s study', () => {
    const text = '深入学习习近平法治思想,党委理论学习中心组集中学习7次。';
    expect(ids(text)['7次']).toBe('party_group_law_study');
  });

  it('a phrase with its own object is not read with the sentence: 学习宣讲活动 stays off law_study_sessions', () => {
    const text = '围绕宪法和民法典,全年开展主题学习宣讲活动35场。';
    expect(ids(text)['35场']).not.toBe('law_study_sessions');
  });
});

describe('two acts, a qualified rate, proposals', () => {
  it('of A并B the number counts B: 合法性审查并出具意见书', () => {
    expect(ids('对重大事项合法性审查并出具意见书28次。')['28次']).toBe('legal_opinions_issued');
  });

  it('及时率 after 报备率 is 报备及时率; 规范率 stays 目录外 with a readable name', () => {
    const rows = extract('向区政府备案规范性文件6件,报备率、及时率、规范率均达100%。').rows.filter((r) => r.unit === '%');
    expect(rows.map((r) => r.indicatorId)).toEqual(['normative_docs_filing_rate', 'normative_docs_filing_rate', 'other:报备规范率']);
  });

  it('建议 and 提案 after 人大代表 are proposals handled; 意见建议 is not', () => {
    const got = ids('走访人大代表、政协委员15人次,办结建议9件,提案6件。');
    expect(got['9件']).toBe('npc_cppcc_handled');
    expect(got['6件']).toBe('npc_cppcc_handled');
    expect(ids('走访人大代表5人次,收集意见建议120条。')['120条']).toMatch(/^other:/);
  });
});

describe('what a phrase counts, whole words', () => {
  it.each([
    ['文件数 is not cut to 文: 制发', '全年制发行政规范性文件8件。', '8件', 'normative_docs_issued'],
    ['案件数 is not cut to 案: 查办', '查办各类案件73件。', '73件', 'admin_penalty_cases'],
    ['a penalty with a word between the verb and it', '作出简易程序行政处罚41件。', '41件', 'admin_penalty_cases'],
    ['免予处罚 is the no-penalty list', '适用“免罚清单”免予处罚案件16件。', '16件', 'no_penalty_minor_cases'],
    ['exam takers named by their people', '3200余名干部职工参加年度法律知识考试。', '3200名', 'law_exam_takers'],
    ['被诉 cases are litigation', '被诉行政案件7件。', '7件', 'litigation_cases'],
    ['信访事项 are petitions', '办理信访事项45件。', '45件', 'petitions'],
    ['送法下乡 is a legal-publicity event', '开展送法下乡活动25次。', '25次', 'pufa_events'],
    ['移交 ≈ 移送', '移交公安机关涉嫌犯罪案件2件。', '2件', 'case_transfers'],
    ['参考人员 sat an exam', '参考人员合格率100%。', '100%', 'law_exam_pass_rate'],
    ['information published without 主动', '通过门户网站公开信息1230条。', '1230条', 'info_proactive_disclosed'],
  ])('%s: %s', (_, text, value, id) => {
    expect(ids(text)[value]).toBe(id);
  });

  it.each([
    ['刑事 cases are not administrative penalties', '查办刑事案件12件。', '12件'],
    ['reviewing replies is not publishing information', '审查信息公开答复书16次。', '16次'],
    ['one-network services are not cross-region ones', '实现“一网通办”事项1560项。', '1560项'],
    ['mediation committees are not mediations', '全区共有人民调解委员会186个。', '186个'],
    [
      '「第一议题」 study is not law study, the law in the sentence notwithstanding',
      '学习习近平法治思想,各级党组织开展“第一议题”学习120次。',
      '120次',
    ],
    ['notification-commitment items are not the licensing items held', '编制告知承诺审批事项清单86项。', '86项'],
    ['a list of units to inspect is not inspections done', '确定检查对象名录库企业150家。', '150家'],
    ['people without an exam in their clause are not exam takers', '今年新录用公务员30名。', '30名'],
    ['kinds are never the things of those kinds', '将工作举措细化为3大类、75项措施。', '3大类'],
  ])('%s: %s', (_, text, value) => {
    expect(ids(text)[value]).toMatch(/^other:/);
  });
});

describe('a list that shares its head noun', () => {
  it('行政复议、行政诉讼案件分别为12件、5件: 行政复议 takes 案件 from the last name', () => {
    const got = ids('办理行政复议、行政诉讼案件分别为12件、5件。');
    expect(got['12件']).toBe('reconsideration_cases');
    expect(got['5件']).toBe('litigation_cases');
  });
});
