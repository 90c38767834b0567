// One small sentence per number class and per convention of shared/README.md.
import { describe, expect, it } from 'vitest';
import { extract, row, values } from './helpers';

describe('numbers that are never values', () => {
  it.each([
    ['document number', '根据武开财党组〔2024〕3号文件要求,开展专项清理。'],
    ['document number with 第', '按照区委[2011]第5号专题办公会议纪要精神开展工作。'],
    ['plan period', '认真落实《法治政府建设实施纲要（2021—2025年）》各项任务。'],
    ['plan period outside a title', '2021—2025年规划期内持续推进依法行政。'],
    ['commemorative day in quotes', '围绕“12·4”宪法日开展宣传。'],
    ['commemorative day without its dot', '结合“美好生活民法典相伴”、124国家宪法日等法治宣传主题开展活动。'],
    ['ordinal of a meeting', '认真贯彻区委全面依法治区委员会第六次会议精神。'],
    ['ordinal of an edition', '组织参加第五届全市城管执法技能比武。'],
    ['ordinal of a commemorative day', '在第十个国家宪法日期间集中开展宣传。'],
    ['slogan with +', '在全市率先推行“2+1”执法模式。'],
    ['slogan with + outside quotes', '推行2+1执法模式。'],
    ['model name', '实施八大行动,推进法治建设。'],
    ['quoted model name', '围绕“135”现代产业体系,积极用好车谷“科创33条”等激励政策。'],
    ['hotline number', '畅通12345政务服务便民热线。'],
    ['hotline number before a platform', '依托12315平台受理投诉。'],
    ['threshold inside a definition', '对百万元以上合同实行集体讨论。'],
    ['threshold with 的', '对拟作出罚款数额在100万元以上的处罚决定实行集体讨论。'],
    ['streak', '连续两年获评优秀等次。'],
    ['year', '2024年，我局扎实推进法治政府建设。'],
    ['date', '于2024年6月12日完成开评标工作。'],
    ['duration', '实行24小时值班。'],
    ['list markers', '1.关注市场主体。1、加强学习。一是常态化深入企业调研。(1)强化责任。'],
    ['first-rank words', '落实第一责任人职责,掌握第一手情况,开展第三方评估。'],
    ['article one', '将依法治理作为其中一项重要内容,抓好每一项工作,使每一笔预算资金公开。'],
    ['structural count', '主要体现在两个方面。'],
    ['political slogans', '增强“四个意识”、坚定“四个自信”、做到“两个维护”,落实八项规定和行政执法三项制度。'],
    ['frequency of a rule', '每季度至少组织1次执法案卷评查。'],
    ['bound below', '街道应急执法人员平均不足2人。'],
    ['weight of a score', '将法治建设纳入年度目标考核,权重不低于10%。'],
    ['tier, not a rank', '我县位列第一方阵。'],
    ['numbers that define a model', '推行“2+1”执法模式（2名执法队员+1名社区网格员）。'],
    ['vague numbers', '开展十几次宣传,覆盖数十个社区。'],
  ])('%s', (_name, text) => {
    expect(values(text)).toEqual([]);
  });

  it('reports a range instead of guessing a value', () => {
    const r = extract('全年开展联合执法3—5次。');
    expect(r.rows).toEqual([]);
    expect(r.issues.map((i) => i.code)).toContain('W_RANGE_SKIPPED');
  });
});

describe('values and their qualifiers', () => {
  it('Arabic numbers with spaces, Chinese numerals and amounts', () => {
    expect(values('开展党组理论学习中心组学法活动 3 次。')).toEqual(['3次']);
    expect(values('局党组两次研究部署法治政府建设工作。')).toEqual(['2次']);
    expect(values('办理涉企行政许可十余项。')).toEqual(['10项余']);
    expect(values('罚没款金额合计122.4552万元。')).toEqual(['122.4552万元']);
    expect(values('全县主动公开政府信息1.1万余条。')).toEqual(['1.1万条余']);
    expect(values('现场配合停车收费调解10余人次。')).toEqual(['10人次余']);
    expect(values('行政许可事项即办率达到90%以上。')).toEqual(['90%以上']);
    expect(values('今年以来,全局共办理行政许可事项1,280件,网上办理率达98.5%。')).toEqual(['1280件', '98.5%']);
    expect(values('２０２４年，我局共组织法治培训１２次。')).toEqual(['12次']);
  });

  it('keeps the report words as indicator text and maps to the catalog', () => {
    const r = row(extract('举办各类法治专题培训8次。').rows, 8);
    expect(r).toMatchObject({ indicatorId: 'law_training_sessions', indicatorText: '法治专题培训次数', unit: '次', rule: 'count' });
  });

  it('gives an uncatalogued indicator an other: id from its own text', () => {
    const r = row(extract('生病看望4人次。').rows, 4);
    expect(r.indicatorId).toBe(`other:${r.indicatorText}`);
    expect(r.indicatorText).toBe('生病看望人次');
  });

  it('skips values of another year and of plans', () => {
    expect(values('2023年,办理行政复议案件5件;2024年,办理行政复议案件7件。')).toEqual(['7件']);
    expect(values('下一步,我局将组织培训不少于3期。')).toEqual([]);
    expect(values('力争全年执法检查1200家次以上。')).toEqual([]);
  });
});

describe('conventions', () => {
  it('均: one row per thing, all with the same evidence', () => {
    const rows = extract('规范性文件合法性审核率、备案率均达到100%。').rows;
    expect(rows.map((r) => [r.indicatorId, r.value])).toEqual([
      ['normative_docs_legality_review_rate', 100],
      ['normative_docs_filing_rate', 100],
    ]);
    expect(rows.every((r) => r.rule === 'distribute-jun' && r.evidence === rows[0]!.evidence)).toBe(true);
  });

  it('均 after a list of counted items applies to each item', () => {
    const rows = extract('办理信访件58件、12345热线工单436件,办结率均为100%。').rows;
    expect(rows.map((r) => `${r.value}${r.unit}`)).toEqual(['58件', '436件', '100%', '100%']);
    expect(rows.filter((r) => r.unit === '%').map((r) => r.indicatorText)).toEqual(['办理信访件办结率', '12345热线工单办结率']);
  });

  it('分别: names and numbers paired in order', () => {
    const rows = extract('行政复议案件和行政诉讼案件分别为12件、31件。').rows;
    expect(rows.map((r) => [r.indicatorId, r.value])).toEqual([
      ['reconsideration_cases', 12],
      ['litigation_cases', 31],
    ]);
  });

  it('a total and its breakdown are all rows; the breakdown inherits the head noun', () => {
    const rows = extract('调整后,保留32项行政权力事项,包括24项行政处罚、5项行政检查、1项行政确认、1项行政裁决和1项行政备案。').rows;
    expect(rows.map((r) => `${r.value}:${r.indicatorText}`)).toEqual([
      '32:保留行政权力事项数',
      '24:行政处罚事项数',
      '5:行政检查事项数',
      '1:行政确认事项数',
      '1:行政裁决事项数',
      '1:行政备案事项数',
    ]);
    expect(rows.slice(0, 3).map((r) => r.indicatorId)).toEqual(['power_items_total', 'power_items_penalty', 'power_items_inspection']);
    expect(rows.slice(3).every((r) => r.indicatorId.startsWith('other:'))).toBe(true);
  });

  it('共72件,其中A50件、B14件、C8件 → 4 rows', () => {
    expect(values('全年共受理行政复议案件72件,其中维持50件、撤销14件、确认违法8件。')).toEqual(['72件', '50件', '14件', '8件']);
  });

  it('a single negation is 0, a compound negation is nothing', () => {
    const r = row(extract('全年行政诉讼案件3件,无行政败诉。').rows, 0);
    expect(r).toMatchObject({ indicatorId: 'litigation_lost', rule: 'negation-zero' });
    expect(row(extract('行政诉讼案件零败诉。').rows, 0).indicatorId).toBe('litigation_lost');
    expect(values('全年未发生行政复议、行政诉讼和信访案件等情况。')).toEqual([]);
    expect(values('全年无行政复议和行政诉讼案件。')).toEqual([]);
    expect(values('参加全国无纸化法律知识学习,坚持法无授权不可为。')).toEqual([]);
  });

  it("the unit's own ranking counts, individuals' prizes do not", () => {
    const r = row(extract('在全市法治政府建设考核中排名第10位。').rows, 10);
    expect(r).toMatchObject({ unit: '位', rule: 'ranking', indicatorText: '全市法治政府建设考核排名' });
    expect(values('获团体二等奖,3名队员获个人优秀奖,张三同志荣获第一名。')).toEqual(['3名']);
  });

  it('同比下降47.06%: a positive change, and the previous year derived from the current value', () => {
    const rows = extract('全年受理行政复议案件18件,同比下降47.06%。').rows;
    const change = row(rows, 47.06);
    expect(change).toMatchObject({ unit: '%', rule: 'yoy-change', indicatorText: '受理行政复议案件同比下降', derived: false });
    const derived = rows.find((r) => r.derived)!;
    expect(derived).toMatchObject({ year: 2023, value: 34, unit: '件', indicatorId: 'reconsideration_cases', rule: 'yoy-derived' });
    expect(values('行政复议案件同比下降47.06%。')).toEqual(['47.06%']);
  });

  it('a change in percentage points of a stated rate', () => {
    const rows = extract('行政诉讼败诉率5.6%,较上年下降4.2个百分点。').rows;
    expect(row(rows, 4.2).indicatorText).toBe('行政诉讼败诉率较上年下降');
    expect(rows.find((r) => r.derived)).toMatchObject({ value: 9.8, unit: '%', year: 2023 });
  });

  it('a label before a colon names the number after it', () => {
    const rows = extract('行政处罚案件：52件；行政复议案件：3件。').rows;
    expect(rows.map((r) => [r.indicatorId, r.value])).toEqual([
      ['admin_penalty_cases', 52],
      ['reconsideration_cases', 3],
    ]);
  });

  it('a rate stated without % (纠错率为0, 败诉率为零)', () => {
    const rows = extract('行政复议纠错率为0,行政诉讼败诉率为零。').rows;
    expect(rows.map((r) => [r.indicatorId, r.value, r.unit])).toEqual([
      ['reconsideration_correction_rate', 0, '%'],
      ['litigation_loss_rate', 0, '%'],
    ]);
  });

  it('a previous year from an absolute change is exact', () => {
    const derived = extract('全年受理政府信息公开申请15件,较上年增加5件。').rows.find((r) => r.derived);
    expect(derived).toMatchObject({ value: 10, qualifier: '', year: 2023, indicatorId: 'info_requests_received' });
  });

  it('a verb-only item takes the noun of the item before it', () => {
    const rows = extract('清理规范性文件128件,废止12件,宣布失效7件。').rows;
    expect(rows.map((r) => r.indicatorId)).toEqual(['normative_docs_cleaned', 'normative_docs_repealed', 'normative_docs_repealed']);
  });
});

describe('numbers of the dev set that are, or are not, results', () => {
  it('a ranking said without 排名 (改善幅度全省第二), but not 全省第一批 or 全省第一个', () => {
    expect(values('AQI优良率改善幅度全省第二。')).toEqual(['2']);
    expect(values('我局获评全省第一批法治示范单位,全省第一个实现全覆盖。')).toEqual([]);
  });

  it('another year’s ranking and the size of the ranked pool are not values', () => {
    expect(values('在2023年度法治广东建设考评中排名第一;政府透明度在全国106个地级市政府中排名第一。')).toEqual(['1']);
  });

  it('sessions of a congress, 未发生一起, and a bracketed other year are not values', () => {
    expect(values('学习贯彻市委六届七次、八次全会精神,未发生一起负面舆情事件。')).toEqual([]);
    expect(values('行政复议发案量37件,同比增长76.19%(2023年21件),办结35件。')).toEqual(['37件', '76.19%', '35件']);
  });

  it('「A、B、C、D“四个100%”」: one rate per name, as many as the count says', () => {
    const rows = extract('一体化平台政务服务事项认领率、发布率、新增电子证照、签章率“四个100%”。').rows;
    expect(rows.map((r) => `${r.indicatorText} ${r.value}${r.unit}`)).toEqual([
      '一体化平台政务服务事项认领率 100%',
      '发布率 100%',
      '新增电子证照率 100%',
      '签章率 100%',
    ]);
    // A count that does not match the names: one row, not spread over names it cannot tell.
    expect(values('认领率、发布率“三个100%”。')).toEqual(['100%']);
  });

  it('an achieved time limit is a value; the limit before it is not', () => {
    expect(values('政府投资审批项目由20个工作日压缩至2个工作日。')).toEqual(['2个工作日']);
  });
});
