// Decides, for every number found, whether it is a quantitative result of the report's year
// or one of the numbers that never are (dates, document numbers, list markers, ordinals,
// slogans, hotlines, thresholds, streaks …). Each decision carries the name of its rule.
import type { NumberToken } from './find-numbers';
import { clauseStartAt, enclosingQuote, type ReportStructure, type Sentence } from './structure';

export interface NumberContext {
  text: string;
  structure: ReportStructure;
  sentence: Sentence;
  reportYear: number | null;
}

export type Verdict = { keep: true; rule: string } | { keep: false; reason: string };

const RANKING_BEFORE =
  /(排名|排位|名列|位列|位居|位次|排在|排第|跃居|跃升至|升至|居|(?<=[\u4e00-\u9fff])(?=全国|全省|全市|全区|全县))(全国|全省|全市|全区|全县|全州|全盟|同级|同类单位|同类部门|[全本]系统|[\u4e00-\u9fff]{0,8}?)?[第前]?$/;
const YOY_BEFORE =
  /(同比|环比|较上年|比上年|较去年|比去年|较上一年|比上一年|较\d{4}年(度)?|比\d{4}年(度)?|与上年相比|与去年相比)(增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑|增)了?$/;
const HOTLINE_AFTER = /^(热线|服务热线|便民热线|政务服务便民热线|市民热线|专线|电话|短信|平台|号码|举报)/;
const HOTLINE_BEFORE = /(拨打|热线|电话|专线|号码)$/;
const COMMEMORATIVE_AFTER =
  /^[”"’」]?(国家|全民|国际|世界|中国|全国)?[\u4e00-\u9fff]{0,6}?(宪法日|宪法宣传周|宣传日|宣传周|宣传月|纪念日|活动日|主题日|安全日|教育日|权益日|禁毒日|法治日)/;
const THRESHOLD_NOUN = /^(的|合同|项目|企业|单位|案件|罚款|资金|工程|事项|决策|采购|投资|人员|行政|处罚|违法|以上|标的|金额|规模)/;
/** 拟 and 计划 as verbs of intent, not 拟出台的文件 (proposed documents) or 按照检查计划 (a plan followed). */
const TARGET_BEFORE =
  /(力争|争取|目标为|目标是|预计|拟(?![\u4e00-\u9fff]{1,4}的)|(?<![度查作训学照据按])计划(?![,的])|确保在|要求达到|应达到|不得低于|不得少于)/;
const FREQUENCY_BEFORE = /每(年|年度|月|季度|季|周|半年|天|日|人|名|次|场|期|届|个)[\u4e00-\u9fff]{0,6}$/;
const STREAK_BEFORE = /连续$/;
const MULTI_YEAR_BEFORE = /(近[两二三四五六七八九十\d]{1,2}年|[两二三四五六七八九十\d]{1,2}年(来|以来))/;
/** Numbers that name a policy or programme: 三项制度, 八项规定, 两个确立, 四个意识 … */
const SLOGAN_AFTER =
  /^(个[“"]|项制度|项规定|个确立|个维护|个务必|个意识|个自信|个全面|个代表|个必须|个毫不动摇|个区分开来|个一|位一体|套班子|岗双责|重一大|会一课|学一做|张清单|张网|张图|站式|网通办|窗受理|件事|次办|码通|体化|盘棋|把手|揽子|系列)/;
/** 一 used as an article (一个平台, 一项重要内容), not as a count. */
const ONE_KEPT_UNITS = new Set(['次', '场', '期', '件', '名', '人', '份', '起', '篇', '家', '人次', '批次']);
const STRUCTURAL_NOUNS = /^(方面|环节|层级|维度|阶段|步骤|部分|板块|层面|途径|渠道|重点(?!企业|项目|单位|人群|行业)|特点|目标|原则|机制)/;
/** A time limit achieved (压缩至2个工作日, 最快10分钟办结) is a result; other durations are not. */
const ACHIEVED_DURATION_BEFORE = /(压缩至|压缩到|缩短至|缩短到|减至|降至|最快|最短)$/;
/** 「在全国106个地级市政府中排名第一」: the size of the ranked pool. */
const RANKED_POOL_AFTER = /^[^,;。]{0,14}?中(排名|排位|位列|名列|位居|排第|居)/;

function before(text: string, pos: number, n: number): string {
  return text.slice(Math.max(0, pos - n), pos);
}

/**
 * The year the sentence is about at `pos`: the last year that opens a clause before it
 * (「2023年,…」, 「截至2023年底…」). 「2022年以来」 includes the report's year; 「较2023年」 compares.
 */
function scopeYear(text: string, ctx: NumberContext, pos: number): number | null {
  // A closed bracket's year (同比增长76.19%(2023年21件)) speaks only inside it.
  const head = text.slice(ctx.sentence.start, pos).replace(/\([^()]*\)/g, '');
  let found: number | null = null;
  for (const m of head.matchAll(/(^|[,:;()]|[一二三四五六七八九十]是)(在|于|截至|截止|至|自|从|到)?(\d{4})年(度)?(以来|至今|起)?/g)) {
    found = m[5] ? null : Number(m[3]);
  }
  return found;
}

/**
 * 「“2+1”执法模式（2名执法队员+1名社区网格员）」: numbers in brackets that spell out a quoted
 * name or a formula define the model, they do not report a result.
 */
function modelDefinition(text: string, s: Sentence, t: NumberToken): boolean {
  const open = text.lastIndexOf('(', t.numStart);
  if (open < s.start || text.lastIndexOf(')', t.numStart) > open) return false;
  const close = text.indexOf(')', t.numEnd);
  const inside = text.slice(open + 1, close < 0 ? s.end : close);
  return /[”"’」]$/.test(text.slice(Math.max(s.start, open - 1), open)) || /\d\s*[^,;。]{0,8}\+/.test(inside);
}

export function classifyNumber(t: NumberToken, ctx: NumberContext): Verdict {
  const { text } = ctx;
  const prev6 = before(text, t.start, 6);
  const after = text.slice(t.end, t.end + 12);
  const afterNum = text.slice(t.numEnd, t.numEnd + 12);

  if (t.form === 'date') return { keep: false, reason: 'date' };
  if (t.form === 'phone') return { keep: false, reason: 'phone-number' };
  if (t.form === 'festival') return { keep: false, reason: 'commemorative-day' };
  if (t.form === 'vague') return { keep: false, reason: 'vague-number' };
  if (t.form === 'range') return { keep: false, reason: t.unitKind === 'time' || t.unit === '' ? 'plan-period' : 'range' };

  const quote = enclosingQuote(ctx.structure, t.numStart, t.numEnd);
  if (quote?.kind === 'title') return { keep: false, reason: 'title' };
  // 「认领率、发布率…签章率“四个100%”」: the rate of a counted list of rates is a value, the count is not.
  const inner = quote ? text.slice(quote.start + 1, quote.end - 1) : '';
  if (quote && t.unit === '%' && /^[一二三四五六七八九十两]+个\d+(\.\d+)?%$/.test(inner)) return { keep: true, rule: 'rate' };
  if (quote && quote.end - quote.start <= 27) return { keep: false, reason: 'slogan' };
  if (ctx.sentence.plan) return { keep: false, reason: 'plan' };

  if (/[A-Za-z]/.test(text[t.numStart - 1] ?? '') || /^[A-Za-z]/.test(afterNum)) return { keep: false, reason: 'model-name' };
  if (/^\s*\+\s*\d/.test(afterNum) || /\d\s*\+\s*$/.test(before(text, t.numStart, 3))) return { keep: false, reason: 'slogan' };
  if (t.form === 'chinese' && SLOGAN_AFTER.test(text.slice(t.numEnd, t.numEnd + 6))) return { keep: false, reason: 'slogan' };
  if (
    HOTLINE_AFTER.test(afterNum) ||
    HOTLINE_BEFORE.test(before(text, t.numStart, 4)) ||
    /^(123\d\d|9[56]\d{3,4})$/.test(text.slice(t.numStart, t.numEnd))
  ) {
    return { keep: false, reason: 'hotline' };
  }
  if (COMMEMORATIVE_AFTER.test(afterNum)) return { keep: false, reason: 'commemorative-day' };
  if (STREAK_BEFORE.test(prev6) || /^连冠/.test(after)) return { keep: false, reason: 'streak' };
  if (modelDefinition(text, ctx.sentence, t)) return { keep: false, reason: 'model-definition' };
  if (/(不足|不到|少于|低于|未达到?|不超过|不高于)$/.test(before(text, t.start, 4))) return { keep: false, reason: 'bound' };
  if (/(权重|分值|比重|赋分)[^,;。]{0,3}$/.test(before(text, t.start, 6))) return { keep: false, reason: 'definition' };

  const ranking = RANKING_BEFORE.exec(before(text, t.numStart, 16));
  // 排名第4位 / 排名第一 / 位列全市前十, but not 位列第一方阵 (a tier) or 第一梯队.
  const rankEnds = t.unit === '位' || t.unit === '名' || (t.unit === '' && !/^[\u4e00-\u9fff]/.test(afterNum));
  if (ranking && rankEnds && /[第前]/.test(text[t.numStart - 1] ?? '')) {
    // 「在2023年度…考评中排名第一」 in the 2024 report ranks another year.
    const years = [...text.slice(clauseStartAt(text, ctx.sentence, t.start), t.start).matchAll(/(\d{4})年度?/g)].map((m) => Number(m[1]));
    if (ctx.reportYear !== null && years.some((y) => y !== ctx.reportYear)) return { keep: false, reason: 'other-year' };
    return { keep: true, rule: 'ranking' };
  }
  // 「六届七次、八次全会」: sessions of a congress are ordinals.
  if (t.unit === '次' && (text[t.numStart - 1] === '届' || /^(、[一二三四五六七八九十\d]+次)*(全会|全体会议)/.test(text.slice(t.end)))) {
    return { keep: false, reason: 'ordinal' };
  }
  if (text[t.numStart - 1] === '第' || text[t.numStart - 1] === '首') return { keep: false, reason: 'ordinal' };
  if (t.unitKind === 'ordinal') {
    if (t.unit === '号') return { keep: false, reason: 'document-number' };
    return { keep: false, reason: 'ordinal' };
  }
  if (t.unitKind === 'time') {
    if (/^(年|年度)/.test(t.unit) && t.value >= 1900 && t.value <= 2100) return { keep: false, reason: 'year' };
    if (!ACHIEVED_DURATION_BEFORE.test(before(text, t.start, 4))) return { keep: false, reason: 'duration' };
  }
  if (t.unitKind === 'none') {
    if (/^[.、)]/.test(afterNum) && !/^[.]\d/.test(afterNum)) return { keep: false, reason: 'list-marker' };
    if (t.value >= 1900 && t.value <= 2100 && /^[\]〕)】]/.test(afterNum)) return { keep: false, reason: 'document-number' };
    // 纠错率为0, 败诉率为零: a rate stated without %.
    if (/(率|占比)(均)?(为|是|保持|控制在)?$/.test(before(text, t.start, 4)) && t.value <= 100) return { keep: true, rule: 'rate' };
    return { keep: false, reason: 'no-unit' };
  }

  if (
    FREQUENCY_BEFORE.test(
      before(text, t.start, 10)
        .split(/[,;。]/)
        .pop() ?? '',
    )
  )
    return { keep: false, reason: 'frequency' };
  if (/^(以下|以内|及以下)/.test(text.slice(t.unitEnd, t.unitEnd + 3)) || /^(不到|不足|以下)/.test(after)) {
    return { keep: false, reason: 'threshold' };
  }
  if (t.qualifier === '以上' && THRESHOLD_NOUN.test(after)) return { keep: false, reason: 'threshold' };
  if (/^(及以上|以上的)/.test(text.slice(t.unitEnd, t.unitEnd + 3))) return { keep: false, reason: 'threshold' };
  const clause = text.slice(clauseStartAt(text, ctx.sentence, t.start), t.start);
  // 标的额在100万元以上, 超过30天的: the bound of a definition, not a result.
  const boundOf = /^的/.test(after) && (t.qualifier !== '' || /(满|达到|不满)$/.test(prev6));
  if (boundOf || (t.qualifier === '以上' && /(标的额?|金额|数额|规模)(在|达到?)?$/.test(clause))) {
    return { keep: false, reason: 'threshold' };
  }
  if (TARGET_BEFORE.test(clause)) return { keep: false, reason: 'target' };
  // 「近三年累计…」, 「五年来共…」: a total over several years, not the year's.
  if (MULTI_YEAR_BEFORE.test(clause)) return { keep: false, reason: 'multi-year' };
  // 「市司法局等4部门联合印发」: the issuers of a joint act.
  if (/等$/.test(before(text, t.start, 1)) && /^(部门|家|个|单位)/.test(t.unit) && /^(单位)?(联合|共同)/.test(after))
    return { keep: false, reason: 'issuers' };
  if (t.unitKind === 'count' && STRUCTURAL_NOUNS.test(after)) return { keep: false, reason: 'structural-count' };
  if (RANKED_POOL_AFTER.test(after)) return { keep: false, reason: 'ranked-pool' };
  // 「未发生一起…」: a negation, not a count of one.
  if (t.value === 1 && /(未发生|没有发生|未出现|没有出现|未有)$/.test(before(text, t.start, 4))) return { keep: false, reason: 'negated' };
  if (t.form === 'chinese' && t.value === 1 && text[t.numStart] === '一') {
    if (
      !ONE_KEPT_UNITS.has(t.unit) ||
      /[每唯统进同逐单任另某其之万这那哪仅首]$/.test(prev6) ||
      /^[性化]/.test(after) ||
      /^[\u4e00-\u9fff]{1,2}一/.test(after)
    ) {
      return { keep: false, reason: 'article-one' };
    }
  }
  const scope = scopeYear(text, ctx, t.start);
  if (scope !== null && ctx.reportYear !== null && scope !== ctx.reportYear) return { keep: false, reason: 'other-year' };

  if (YOY_BEFORE.test(before(text, t.start, 14))) return { keep: true, rule: 'yoy-change' };
  if (t.unitKind === 'points') return { keep: true, rule: 'change' };
  if (t.unitKind === 'percent') return { keep: true, rule: 'rate' };
  if (t.unitKind === 'money') return { keep: true, rule: 'amount' };
  if (t.unitKind === 'measure' || t.unitKind === 'multiple' || t.unitKind === 'score' || t.unitKind === 'time')
    return { keep: true, rule: 'measure' };
  return { keep: true, rule: 'count' };
}
