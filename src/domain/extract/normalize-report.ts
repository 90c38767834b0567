// Report text → normalised text: NFKC, page numbers and web chrome dropped, PDF line
// breaks inside sentences repaired (a number at the start of a wrapped line stays in its
// sentence), spaces between CJK characters and numbers removed.
// One paragraph per line; every unit keeps its offsets into the original text.
import { MappedBuilder, nfkcMapped, type MappedText } from './mapped-text';
import { classifyLine, type LineKind } from './page-artifacts';
import { matchUnit } from './units';

/** Heading and list markers at the start of a line: 一、 (一) 1. 1、 (1) 第一， 一是. */
const LINE_MARKER =
  /^([一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}\s*[、.](?!\d)|\(\d{1,2}\)|第[一二三四五六七八九十]+[,、部章]|[一二三四五六七八九十]+是)/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const TERMINAL = /[。!?;:]["”’)》]*$/;
const CLAUSE_PUNCT = /[,。;!?]/;
/** The title of a report (…2024年法治政府建设年度报告): a paragraph of its own, whatever its width. */
const REPORT_TITLE = /\d{4}\s*年.{0,30}(法治|依法行政).{0,30}(报告|总结)$/;
/**
 * A line that ends inside a phrase (「…、」 「…排名第」 「…共」): the next line continues it,
 * even when it starts like a list marker or a date (「排名第」 / 「一、全省第三」, 「截至」 / 「2024年…」).
 */
const OPEN_END = /([、(“‘《]|第|共|共计|合计|累计|达到|逾|超过|截至|截止)$/;

interface Line {
  from: number;
  to: number;
  text: string;
  width: number;
}

function displayWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) w += s.charCodeAt(i) > 0xff ? 2 : 1;
  return w;
}

/** Width at which a PDF wrapped its lines, when most lines share it (else Infinity). */
function wrapWidth(lines: readonly Line[]): number {
  if (lines.length < 8) return Infinity;
  const widths = lines.map((l) => l.width).sort((a, b) => b - a);
  // widths is descending: for each candidate v, count the widths in [0.9v, v] with a moving end.
  let end = 0;
  for (let i = 0; i < widths.length; i++) {
    const v = widths[i]!;
    if (v < 20) break;
    if (i > 0 && v === widths[i - 1]) continue;
    if (end < i) end = i;
    while (end < widths.length && widths[end]! >= 0.9 * v) end++;
    const near = end - i;
    if (near >= 5 && near >= 0.3 * lines.length) return v;
  }
  return Infinity;
}

function headingLike(t: string): boolean {
  if (LINE_MARKER.test(t) && !/[。!?]/.test(t)) return true;
  return displayWidth(t) <= 50 && !CLAUSE_PUNCT.test(t);
}

const BARE_NUMBER = /^\d+(\.\d+)?$/;
const QUANTITY_KINDS = new Set(['count', 'money', 'percent', 'points', 'measure', 'multiple', 'score']);

/** Whether `line` starts with the unit of a quantity (件, 余人次, 万元, % …). */
function startsWithUnit(line: string): boolean {
  const t = line.trim();
  return QUANTITY_KINDS.has(matchUnit(t, /^[余多]/.test(t) ? 1 : 0).kind);
}

/** Whether `line` starts with a number and the unit of a quantity (1046户次, 420余人次, 18.7%). */
function startsWithQuantity(line: string): boolean {
  const n = /^\d+(\.\d+)?/.exec(line);
  return n !== null && startsWithUnit(line.slice(n[0].length));
}

/** Whether `line` is a number that a wrap left on a line of its own, before the unit on `next`. */
function strandedNumber(line: Line, next: Line | undefined): boolean {
  return BARE_NUMBER.test(line.text) && next !== undefined && next.from === line.to + 1 && startsWithUnit(next.text);
}

/** Whether the break between text lines a and b (followed by c) is a wrap inside a paragraph. */
function isSoftBreak(a: Line, b: Line, c: Line | undefined, wrap: number): boolean {
  if (TERMINAL.test(a.text)) return false;
  if (REPORT_TITLE.test(a.text) && !CLAUSE_PUNCT.test(a.text)) return false;
  if (OPEN_END.test(a.text)) return true;
  if (strandedNumber(a, b) || strandedNumber(b, c)) return true;
  // A quantity at the start of a line continues a sentence that the line before left open:
  // paragraphs do not start with 「1500人次以上」, and headings have neither commas nor width.
  if (startsWithQuantity(b.text) && (CLAUSE_PUNCT.test(a.text) || a.width > 50)) return true;
  if (LINE_MARKER.test(b.text) || DATE_LINE.test(b.text)) return false;
  if (a.width >= 0.9 * wrap) return true;
  return !headingLike(a.text);
}

/** Trims, drops markdown heading marks, and removes spaces except between two ASCII letters/digits. */
function pushCompacted(out: MappedBuilder, m: MappedText, line: Line): void {
  let i = line.from;
  while (i < line.to && /\s/.test(m.text[i]!)) i++;
  if (m.text[i] === '#') {
    while (i < line.to && m.text[i] === '#') i++;
  }
  // Thousands separators (1,280件) go, so that a comma always separates clauses.
  const groupCommas = new Set<number>();
  for (const g of m.text.slice(line.from, line.to).matchAll(/(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/g)) {
    for (let k = g[0].indexOf(','); k >= 0; k = g[0].indexOf(',', k + 1)) groupCommas.add(line.from + g.index + k);
  }
  let prevAlnum = false;
  let pendingSpace = -1;
  for (; i < line.to; i++) {
    const c = m.text[i]!;
    if (groupCommas.has(i)) continue;
    if (/\s/.test(c)) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    const alnum = /[A-Za-z0-9]/.test(c);
    if (pendingSpace >= 0 && prevAlnum && alnum && out.length > 0) out.pushFrom(m, pendingSpace, pendingSpace + 1);
    pendingSpace = -1;
    out.pushFrom(m, i, i + 1);
    prevAlnum = alnum;
  }
}

/** The number of a page-number line (「- 2 -」, 「第 2 页 共 3 页」, 「2」), or undefined. */
function pageNumberOf(line: string): number | undefined {
  const d = /\d{1,3}/.exec(line);
  return d ? Number(d[0]) : undefined;
}

/**
 * Kinds of the raw lines, where a bare number that a wrap put on a line of its own inside a
 * sentence (「受理投诉举报」 / 「87」 / 「件，办结率…」) is text, not a page number: the lines on
 * both sides are text with no blank line between, the line before does not end the sentence,
 * the line after starts with a unit, and the number does not continue the page numbering.
 */
function lineKinds(raws: readonly string[]): LineKind[] {
  const kinds = raws.map(classifyLine);
  let lastPage: number | undefined;
  for (let i = 0; i < raws.length; i++) {
    if (kinds[i] !== 'page-number') continue;
    const t = raws[i]!.trim();
    const n = pageNumberOf(t);
    const inSentence =
      /^\d{1,3}$/.test(t) &&
      kinds[i - 1] === 'text' &&
      kinds[i + 1] === 'text' &&
      !TERMINAL.test(raws[i - 1]!.trim()) &&
      startsWithUnit(raws[i + 1]!) &&
      n !== (lastPage === undefined ? 1 : lastPage + 1);
    if (inSentence) kinds[i] = 'text';
    else lastPage = n;
  }
  return kinds;
}

export function normalizeReport(original: string): MappedText {
  const m = nfkcMapped(original);
  const lines: Line[] = [];
  const text = m.text;
  const raws = text.split('\n');
  const kinds = lineKinds(raws);
  let from = 0;
  raws.forEach((raw, i) => {
    const to = from + raw.length;
    const kind = kinds[i]!;
    if (kind === 'text') {
      const t = raw.trim().replace(/^#+\s*/, '');
      lines.push({ from, to, text: t, width: displayWidth(t) });
    } else if (kind === 'chrome' && lines.length > 0) {
      // A chrome line ends the paragraph before it.
      lines.push({ from, to: from, text: '', width: 0 });
    }
    from = to + 1;
  });
  const wrap = wrapWidth(lines.filter((l) => l.text));
  const out = new MappedBuilder();
  let prev: Line | undefined;
  lines.forEach((line, i) => {
    if (!line.text) {
      prev = undefined;
      return;
    }
    const next = lines[i + 1]?.text ? lines[i + 1] : undefined;
    if (out.length > 0 && !(prev && isSoftBreak(prev, line, next, wrap))) {
      // The paragraph break stands for the line break before this line.
      const at = Math.max(0, line.from - 1);
      out.push('\n', m.starts[at] ?? 0, m.ends[at] ?? 0);
    }
    pushCompacted(out, m, line);
    prev = line;
  });
  return out.build();
}
