// Paragraphs, headings, sections (with the next year's plan marked), sentences and the
// spans of quotations and titles of a normalised report.

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  /** 1: 一、 2: (一) 3: 1. / 1、 4: (1); 0 when the paragraph does not start with a marker. */
  level: number;
  /** The paragraph is (or starts with) a heading that announces plans rather than results. */
  planHeading: boolean;
  /** Inside the section of a plan heading. */
  inPlan: boolean;
}

export interface Sentence extends Span {
  paragraph: number;
  /** Plans, intentions and next year's work: never results. */
  plan: boolean;
}

export interface ReportStructure {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Quotations (“…”, 「…」) and titles (《…》), sorted by start. */
  quoted: (Span & { kind: 'quote' | 'title' })[];
}

const LEVELS: [number, RegExp][] = [
  [1, /^[一二三四五六七八九十]+[、.]/],
  [1, /^第[一二三四五六七八九十]+(部分|章)/],
  [2, /^\([一二三四五六七八九十]+\)/],
  [3, /^\d{1,2}\s*[、.](?!\d)/],
  [4, /^\(\d{1,2}\)/],
];
const PLAN_WORDS =
  /(下一步|下步|下阶段|下一年度?|下年度|明年|今后|来年|工作安排|的安排|主要安排|初步安排|重点安排|工作计划|工作打算|工作思路|工作设想|工作展望|努力方向|重点工作$)/;
const RESULT_WORDS = /(成效|成绩|完成情况|落实情况|执行情况|进展情况|主要举措和|主要做法|推进情况|开展情况|有关情况|工作情况)/;
const PLAN_SENTENCE = /^(下一步|下步|下阶段|今后|明年|来年|新的一年)/;

function headingText(text: string, p: Span): string {
  const para = text.slice(p.start, p.end);
  const stop = para.search(/[。!?;]/);
  return stop >= 0 ? para.slice(0, stop) : para;
}

function isPlanHeading(heading: string, reportYear: number | null): boolean {
  if (heading.length > 45) return false;
  const year = /(\d{4})年/.exec(heading);
  if (year && reportYear !== null && Number(year[1]) > reportYear && !RESULT_WORDS.test(heading)) return true;
  return PLAN_WORDS.test(heading) && !RESULT_WORDS.test(heading);
}

function findQuoted(text: string): ReportStructure['quoted'] {
  const out: ReportStructure['quoted'] = [];
  const pairs: [string, string, 'quote' | 'title'][] = [
    ['“', '”', 'quote'],
    ['「', '」', 'quote'],
    ['『', '』', 'quote'],
    ['‘', '’', 'quote'],
    ['《', '》', 'title'],
    ['〈', '〉', 'title'],
  ];
  for (const [open, close, kind] of pairs) {
    let i = text.indexOf(open);
    while (i >= 0) {
      const j = text.indexOf(close, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (j < 0 || (nl >= 0 && nl < j)) {
        i = text.indexOf(open, i + 1);
        continue;
      }
      out.push({ start: i, end: j + 1, kind });
      i = text.indexOf(open, j + 1);
    }
  }
  // Straight double quotes pair up within a paragraph.
  for (const m of text.matchAll(/"([^"\n]{1,40})"/g)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'quote' });
  return out.sort((a, b) => a.start - b.start);
}

export function analyzeStructure(text: string, reportYear: number | null): ReportStructure {
  const paragraphs: Paragraph[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to > from) {
      const para = text.slice(from, to);
      const level = LEVELS.find(([, re]) => re.test(para))?.[0] ?? 0;
      const heading = headingText(text, { start: from, end: to });
      const bare = level === 0 && heading === para && para.length <= 30 && !/[,。]/.test(para);
      const planHeading = (level > 0 || bare) && isPlanHeading(heading, reportYear);
      paragraphs.push({ start: from, end: to, level: bare ? 1 : level, planHeading, inPlan: false });
    }
    from = to + 1;
  }
  // A plan heading opens a section that lasts until a heading of the same or a higher level.
  let planLevel = 0;
  for (const p of paragraphs) {
    if (planLevel && p.level > 0 && p.level <= planLevel && !p.planHeading) planLevel = 0;
    if (p.planHeading && (!planLevel || p.level < planLevel)) planLevel = p.level;
    p.inPlan = planLevel > 0;
  }
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    let s = p.start;
    for (let i = p.start; i < p.end; i++) {
      const c = text[i]!;
      if (c === '。' || c === '!' || c === '?' || c === ';') {
        let e = i + 1;
        while (e < p.end && /[”’」』)]/.test(text[e]!)) e++;
        pushSentence(s, e);
        s = e;
        i = e - 1;
      }
    }
    if (s < p.end) pushSentence(s, p.end);

    function pushSentence(start: number, end: number): void {
      const body = text.slice(start, end).replace(/^([一二三四五六七八九十]+是|\(?[一二三四五六七八九十\d]+[)、.])\s*/, '');
      let plan = p.inPlan || PLAN_SENTENCE.test(body);
      const lead = /^(\d{4})年(?:度)?[,,]?/.exec(body);
      if (lead && reportYear !== null && Number(lead[1]) > reportYear) plan = true;
      sentences.push({ start, end, paragraph: index, plan });
    }
  });
  return { paragraphs, sentences, quoted: findQuoted(text) };
}

const CLAUSE_BREAK = /[,;:。!?]/;

/** Start of the clause that holds `pos`: just after the last , ; : before it in the sentence. */
export function clauseStartAt(text: string, sentence: Span, pos: number): number {
  let i = pos;
  while (i > sentence.start && !CLAUSE_BREAK.test(text[i - 1]!)) i--;
  return i;
}

/** End of the clause that holds `pos`: the next , ; : (or the end of the sentence). */
export function clauseEndAt(text: string, sentence: Span, pos: number): number {
  let i = pos;
  while (i < sentence.end && !CLAUSE_BREAK.test(text[i]!)) i++;
  return i;
}

/** The quotation or title span that contains [start, end), if any. */
export function enclosingQuote(s: ReportStructure, start: number, end: number): ReportStructure['quoted'][number] | undefined {
  for (const q of s.quoted) {
    if (q.start > start) break;
    if (q.start < start && q.end > end - 1 && q.end >= end) return q;
  }
  return undefined;
}
