// Attaches every kept number to what it counts, in the report's words: the noun phrase
// before it (处理平台案件30件) or after it (保留32项行政权力事项), with the list conventions
// of reports: 「均」 (one number, several things), 「分别」, totals with breakdowns
// (共32项,包括24项A、5项B), a predicate shared by a list, 同比 changes and rankings.
import type { NumberToken } from './find-numbers';
import type { Verdict } from './classify-number';
import { parseChineseNumeral } from './chinese-numerals';
import { meaningfulVerb, trimPhrase } from './phrase';
import { clauseStartAt, type Span } from './structure';

export interface Found {
  token: NumberToken;
  verdict: Verdict;
}

export interface Item {
  token: NumberToken;
  rule: string;
  /** What the number counts, without a measure word (行政处罚事项, 满意度). */
  text: string;
  /** Normalised span of the phrase and the number. */
  start: number;
  end: number;
  /** For 同比 changes: the change phrase (同比下降). */
  change?: string;
  /** A verb-only item completed with the noun of the item before it (废止 → 废止规范性文件). */
  completed?: string;
}

interface Draft extends Item {
  shape: 'before' | 'after';
  /** End of the phrase after the number (shape 'after') or of the number. */
  itemEnd: number;
}

const CJK = /[\u4e00-\u9fff]/;
const NOT_A_NOUN_START = /^[均都全分和及与等、以其共并且已]/;
const STRUCTURAL = /^(方面|环节|层级|维度|领域|阶段|部分|板块|层面|大类|类别|类)/;
const BREAKDOWN_START = /^(其中|包括|含|分别是|分别为|具体为|具体是|主要为|主要是|主要包括)/;
const HEADS =
  /(事项|案件|文件|申请|人员|干部|合同|项目|企业|单位|问题|线索|意见|建议|提案|工单|诉求|纠纷|活动|会议|培训|制度|机制|资料|举措|措施|清单)$/;
/** The thing a verb-only item counts, taken from the item before it (清理规范性文件128件,废止12件). */
const NOUN_HEAD =
  /((?:行政复议|行政诉讼|行政应诉|行政处罚|政府信息公开|依申请公开|信访|矛盾)?(?:规范性文件|申请|案件|合同|事项|建议|提案|纠纷|工单|线索|文件))$/;
/** Where the phrase of the next number starts inside a run without punctuation (13个社区法律顾问|全年提供…). */
const NEXT_PHRASE_START =
  /全年|累计|先后|提供|开展|办理|受理|组织|举办|参与|参加|出具|审查|审核|查处|接待|化解|调解|发放|追发|追回|挽回|获得|通过|完成|实现|处理|收到|收缴|发现|整改|签订|签署|办结|答复|解决/;
const NAME_PARTS = new Set(['hotline', 'slogan', 'model-name', 'title']);
const LIGHT_VERB_INSIDE = /(开展|举办|组织|召开|进行)/g;
/** Names in a 「均」 or 「分别」 list: 、 always separates, 和/与/及 only between words (not 及时). */
const LIST_SEPARATOR = /、|和|以及|与|及(?!时)/;
const YOY =
  /(同比|环比|较上年|比上年|较去年|比去年|较上一年|比上一年|较\d{4}年度?|比\d{4}年度?|与上年相比|与去年相比)(增长|增加|上升|提高|提升|下降|减少|降低|回落|下滑|增)了?$/;
const RANKING = /(排名|排位|名列|位列|位居|位次|排在|排第|跃居|跃升至|跃升|升至|居)[^,;。]{0,12}?[第前]?$/;
const GENERIC = /^(事项|文件|案件|件|项|个|人|次|数|合同|活动|资料|意见|问题|清单|系统|平台)$/;

function clausesOf(text: string, s: Span): Span[] {
  const out: Span[] = [];
  let from = s.start;
  for (let i = s.start; i < s.end; i++) {
    if (/[,:;。!?]/.test(text[i]!)) {
      if (i > from) out.push({ start: from, end: i });
      from = i + 1;
    }
  }
  if (from < s.end) out.push({ start: from, end: s.end });
  return out;
}

function postPhraseEnd(text: string, t: NumberToken, clause: Span, next: NumberToken | undefined): number {
  let end = Math.min(clause.end, next ? next.start : clause.end);
  const tail = text.slice(t.end, end);
  // A short bracket inside a name (法治绍兴(法治政府)建设推进会) is part of it; 「(含…)」 is not.
  const inner = tail.replace(/\((?![含其])[^()]{1,10}\)(?=[\u4e00-\u9fff])/g, (m) => '_'.repeat(m.length));
  const stop = inner.search(/[、(]|均|都|分别|全部/);
  if (stop >= 0) end = t.end + stop;
  // 「和1项…」: the conjunction starts the next item.
  const conj = /(和|及|以及|与)(?=[^,;。]{0,3}$)/.exec(text.slice(t.end, end));
  if (conj && next && next.start - (t.end + conj.index) <= 4) end = t.end + conj.index;
  if (next && next.start === end) {
    const cut = NEXT_PHRASE_START.exec(text.slice(t.end + 1, end));
    if (cut) end = t.end + 1 + cut.index;
  }
  return end;
}

function draftFor(
  text: string,
  t: NumberToken,
  rule: string,
  clause: Span,
  from: number,
  excluded: NumberToken[],
  next?: NumberToken,
): Draft {
  const nextChar = text[t.end] ?? '';
  // 「42批次“双随机”抽查」: a quoted word may open the phrase after the number.
  const quotedAfter = /^[“"][^”"]{1,10}[”"][\u4e00-\u9fff]/.test(text.slice(t.end));
  const isAfter = (CJK.test(nextChar) || quotedAfter) && !NOT_A_NOUN_START.test(text.slice(t.end)) && rule !== 'ranking';
  // A Chinese numeral inside a word (一审, 一是) does not cut the phrase; a date or a number does.
  const inRange = excluded.filter((x) => x.start >= from && x.end <= t.start && (x.form !== 'chinese' || x.unitKind !== 'none'));
  const last = inRange[inRange.length - 1];
  if (isAfter) {
    const postEnd = postPhraseEnd(text, t, clause, next);
    const post = trimPhrase(text.slice(t.end, postEnd).replace(/^的/, ''));
    // 「提出9个方面180条举措」: the verb stands before the structural count, not after it.
    const structural = last !== undefined && STRUCTURAL.test(text.slice(last.end, t.start));
    const preFrom = structural ? (inRange[inRange.length - 2]?.end ?? from) : (last?.end ?? from);
    const preTo = structural ? last.start : t.start;
    const verb = meaningfulVerb(text.slice(preFrom, preTo));
    return { token: t, rule, text: verb + post, start: preFrom, end: postEnd, shape: 'after', itemEnd: postEnd };
  }
  let preFrom = last ? last.end : from;
  // 「围绕…日开展宣传活动」: what is counted follows the last light verb.
  for (const m of text.slice(preFrom, t.start).matchAll(LIGHT_VERB_INSIDE)) {
    if (m.index > 0 && t.start - (preFrom + m.index + m[0].length) >= 2) preFrom += m.index + m[0].length;
  }
  const pre = text.slice(preFrom, t.start);
  const draft: Draft = { token: t, rule, text: trimPhrase(pre), start: preFrom, end: t.end, shape: 'before', itemEnd: t.end };
  if (rule === 'ranking') {
    const m = RANKING.exec(pre);
    // 「项目荣获全省第一」: the ranked thing, the pool it is ranked in (全省), then 排名.
    const scope = /(全国|全省|全市|全区|全县|全州)[^,;。]{0,8}$/.exec(pre)?.[1] ?? '';
    const stem = trimPhrase(m ? pre.slice(0, m.index) : pre)
      .replace(/^在/, '')
      .replace(/(荣获|获得|获评|获|位列|位居|名列)?(全国|全省|全市|全区|全县|全州)?[第前]?$/, '')
      .replace(/中$/, '');
    draft.text =
      stem +
      (stem.includes(scope) ? '' : scope) +
      // 「位列全市前十」 is a rank within the first ten, not the tenth.
      (text[t.numStart - 1] === '前' ? '排名(前)' : '排名');
  } else if (rule === 'yoy-change') {
    const m = YOY.exec(pre);
    if (m) {
      draft.text = trimPhrase(pre.slice(0, m.index));
      draft.change = m[0].replace(/了$/, '');
    }
  }
  return draft;
}

/** 「行政复议、行政诉讼案件分别为12件、5件」: the last name's head noun (案件) is every name's. */
function sharedHead(names: string[]): string[] {
  const head = /(规范性文件|申请|案件|合同|事项|建议|提案|纠纷|工单|线索)$/.exec(names[names.length - 1] ?? '')?.[1];
  if (!head || names.length < 2) return names;
  const stem = names[names.length - 1]!.slice(0, -head.length);
  // Only names of the same kind as the last one's stem (行政复议 beside 行政诉讼), none with a head of its own.
  return names.map((n, i) =>
    i < names.length - 1 && stem.length >= 2 && !NOUN_HEAD.test(n) && !/[率度数]$/.test(n) && n.length <= stem.length + 2 ? n + head : n,
  );
}

/** A rate that only says how well something was done (及时率, 规范率): of the process the rate before it names. */
const QUALITY_RATE = /^(及时|规范|准确|完整|按时|按期)率$/;

/** 「报备率、及时率、规范率达100%」: 及时率 is 报备及时率 (tried when 及时率 alone names nothing). */
function qualifiedRates(d: Draft, names: readonly string[]): Draft[] {
  return names.map((name, i) => {
    const stem = i > 0 ? (/^([\u4e00-\u9fff]{2,6})率$/.exec(names[0]!)?.[1] ?? '') : '';
    const item: Draft = { ...d, text: name, rule: 'distribute-jun' };
    if (stem && QUALITY_RATE.test(name)) item.completed = stem + name;
    return item;
  });
}

/** 「A、B和C均达100%」, or a list of rates without 均 (参考率、通过率和优秀率100%) → one item per thing. */
function distributeJun(text: string, d: Draft): Draft[] {
  const pre = text.slice(d.start, d.token.start);
  if (d.shape !== 'before') return [d];
  const m = /^(.*?)(均|都|全部)(达到|达|为|是|实现|保持|在)?$/.exec(pre);
  if (!m) {
    // 「A、B、C、D“四个100%”」: as many names as the count says.
    const counted = /^(.*?)["“]([一二三四五六七八九十两]+)个$/.exec(pre);
    const list = counted ? counted[1]! : /^(.*?)(达到|达|为|是|实现|保持|在)?$/.exec(pre)![1]!;
    const rates = list.split(LIST_SEPARATOR).map(trimPhrase);
    const all = counted
      ? rates.length === parseChineseNumeral(counted[2]!)
      : rates.length >= 2 && rates.every((r) => /^[\u4e00-\u9fff]{1,6}[率度]$/.test(r));
    return all && d.token.unit === '%' ? qualifiedRates(d, rates) : [d];
  }
  const names = sharedHead(m[1]!.split(LIST_SEPARATOR).map(trimPhrase).filter(Boolean));
  if (names.length < 2) return [{ ...d, text: trimPhrase(m[1]!) || d.text }];
  return qualifiedRates(d, names);
}

/** Items of one sentence, in order. */
export function attachSentence(text: string, sentence: Span, found: readonly Found[]): Item[] {
  const out: Draft[] = [];
  let breakdownHead = '';
  let prevClause: Draft[] = [];
  for (const clause of clausesOf(text, sentence)) {
    const inClause = found.filter((f) => f.token.start >= clause.start && f.token.end <= clause.end);
    const kept = inClause.filter((f) => f.verdict.keep);
    // Numbers that are part of a name (12345热线工单, “135”体系) stay inside the phrase.
    const excluded = inClause.filter((f) => !f.verdict.keep && !NAME_PARTS.has(f.verdict.reason)).map((f) => f.token);
    const clauseText = text.slice(clause.start, clause.end);
    // 「分别为3件、5件」: names before 分别, numbers after it, paired in order.
    const fenbie = /^(.*?)分别(为|是|达到?|有)?/.exec(clauseText);
    if (fenbie && kept.length >= 2 && kept[0]!.token.start >= clause.start + fenbie[0].length) {
      const names = sharedHead(fenbie[1]!.split(LIST_SEPARATOR).map(trimPhrase).filter(Boolean));
      if (names.length === kept.length) {
        prevClause = kept.map((f, i) => ({
          token: f.token,
          rule: 'distribute-fenbie',
          text: names[i]!,
          start: clause.start,
          end: f.token.end,
          shape: 'before' as const,
          itemEnd: f.token.end,
        }));
        out.push(...prevClause);
        continue;
      }
    }
    const drafts: Draft[] = [];
    let from = clause.start;
    kept.forEach((f) => {
      const rule = f.verdict.keep ? f.verdict.rule : '';
      const next = inClause.find((g) => g.token.start >= f.token.end)?.token;
      const d = draftFor(text, f.token, rule, clause, from, excluded, next);
      // 「办理信访件58件、工单436件,办结率均为100%」: the rate applies to each item before it.
      const bareRate = /^(.{1,4}率)(均|都)(为|达到|达|是|保持)?$/.exec(text.slice(d.start, d.token.start));
      if (bareRate && d.shape === 'before' && prevClause.length >= 2) {
        for (const p of prevClause) drafts.push({ ...d, text: p.text + bareRate[1]!, rule: 'distribute-jun' });
      } else {
        drafts.push(...distributeJun(text, d));
      }
      from = d.itemEnd;
      while (from < clause.end && /[、和及与()含]/.test(text[from]!)) from++;
    });
    // 「退休干部(共65人,现剩下44人)」: a short item inside brackets counts the noun before them.
    const open = text.lastIndexOf('(', clause.start);
    if (open >= sentence.start && text.lastIndexOf(')', clause.start) < open && !/^(含|其中)/.test(text.slice(open + 1))) {
      const owner = trimPhrase(text.slice(clauseStartAt(text, sentence, open), open));
      for (const d of drafts) if (owner && d.shape === 'before' && d.text.length <= 4 && !d.text.startsWith(owner)) d.text = owner + d.text;
    }
    // 「行政处罚案件:52件」: a label before a colon names what the number counts.
    if (text[clause.start - 1] === ':') {
      const label = trimPhrase(text.slice(clauseStartAt(text, sentence, clause.start - 1), clause.start - 1));
      for (const d of drafts) if (!d.text && label.length <= 20) d.text = label;
    }
    drafts.forEach((d, k) => {
      const prev = [...out, ...drafts.slice(0, k)].reverse().find((x) => !x.change);
      if (!prev || d.change || d.rule === 'ranking' || d.rule === 'distribute-jun') return;
      // 「,共计126人」 counts the thing of the item before it.
      if (!d.text) d.text = prev.text;
      // 「废止12件」 after 「清理规范性文件128件」: the verb takes the noun before it.
      else if (
        d.shape === 'before' &&
        d.text.length <= 4 &&
        !/[率度]$/.test(d.text) &&
        !NOUN_HEAD.test(d.text) &&
        !BREAKDOWN_START.test(clauseText)
      ) {
        const head = NOUN_HEAD.exec(prev.completed ?? prev.text)?.[1];
        if (head) d.completed = d.text + head;
      }
    });
    // A predicate after a list belongs to every item (2个A、39个B审查合法性).
    if (drafts.length >= 2) {
      let tailFrom = drafts[drafts.length - 1]!.itemEnd;
      while (tailFrom < clause.end && /[)\s]/.test(text[tailFrom]!)) tailFrom++;
      const tail = text.slice(tailFrom, clause.end).split(/和|及|并|以及/)[0]!;
      if (tail && CJK.test(tail[0]!) && !/^(均|都|分别|等)/.test(tail) && tail.length <= 16) {
        for (const d of drafts) if (!d.text.includes(tail)) d.text += tail;
      }
    }
    // Breakdown after a total inherits the total's head noun: 包括24项行政处罚 → 行政处罚事项.
    if (BREAKDOWN_START.test(clauseText) || /\((含|其中)/.test(clauseText)) {
      for (const d of drafts) {
        if (breakdownHead && d.text.length <= 6 && !d.text.endsWith(breakdownHead)) d.text += breakdownHead;
      }
    }
    const lastTotal = drafts[drafts.length - 1];
    const head = lastTotal ? HEADS.exec(lastTotal.text)?.[1] : undefined;
    if (head) breakdownHead = head;
    out.push(...drafts);
    if (drafts.length) prevClause = drafts;
  }
  // 同比 without its own subject takes the one of the value before it.
  out.forEach((d, i) => {
    if (d.change && !d.text && i > 0) d.text = out[i - 1]!.text;
  });
  return out.map(({ shape: _s, itemEnd: _e, ...item }) => item);
}

/** Whether a text names nothing on its own (事项, 文件) and needs the sentence's topic. */
export function isGeneric(text: string): boolean {
  return text.length < 2 || GENERIC.test(text) || /^(已完成|完成|新增|办理|处理)(事项|文件|案件|件|项)$/.test(text);
}

/** 「重大行政决策事项实行…,已完成事项1个」 → the topic 「重大行政决策」 for the head 事项. */
export function topicFor(text: string, sentence: Span, item: Item): string {
  const head = /(事项|文件|案件|合同|活动|资料|意见|问题|清单|系统|平台)$/.exec(item.text)?.[1];
  if (!head) return '';
  const before = text.slice(sentence.start, item.start);
  const at = before.indexOf(head);
  if (at <= 0) return '';
  const lead =
    before
      .slice(0, at)
      .split(/[,:;、]/)
      .pop() ?? '';
  return trimPhrase(lead.slice(-10));
}
