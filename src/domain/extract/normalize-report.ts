// Report text → normalised text: NFKC, page numbers and web chrome dropped, PDF line
// breaks inside sentences repaired, spaces between CJK characters and numbers removed.
// One paragraph per line; every unit keeps its offsets into the original text.
import { MappedBuilder, nfkcMapped, type MappedText } from './mapped-text';
import { classifyLine } from './page-artifacts';

/** Heading and list markers at the start of a line: 一、 (一) 1. 1、 (1) 第一， 一是. */
export const LINE_MARKER =
  /^([一二三四五六七八九十]+[、.]|\([一二三四五六七八九十]+\)|\d{1,2}\s*[、.](?!\d)|\(\d{1,2}\)|第[一二三四五六七八九十]+[,、部章]|[一二三四五六七八九十]+是)/;
const DATE_LINE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/;
const TERMINAL = /[。!?;:]["”’)》]*$/;
const CLAUSE_PUNCT = /[,。;!?]/;

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

/** Whether the break between text lines a and b is a wrap inside a paragraph. */
function isSoftBreak(a: Line, b: Line, wrap: number): boolean {
  if (TERMINAL.test(a.text)) return false;
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

export function normalizeReport(original: string): MappedText {
  const m = nfkcMapped(original);
  const lines: Line[] = [];
  let from = 0;
  const text = m.text;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    const raw = text.slice(from, to);
    const kind = classifyLine(raw);
    if (kind === 'text') {
      const t = raw.trim().replace(/^#+\s*/, '');
      lines.push({ from, to, text: t, width: displayWidth(t) });
    } else if (kind === 'chrome' && lines.length > 0) {
      // A chrome line ends the paragraph before it.
      lines.push({ from, to: from, text: '', width: 0 });
    }
    from = to + 1;
  }
  const wrap = wrapWidth(lines.filter((l) => l.text));
  const out = new MappedBuilder();
  let prev: Line | undefined;
  for (const line of lines) {
    if (!line.text) {
      prev = undefined;
      continue;
    }
    if (out.length > 0 && !(prev && isSoftBreak(prev, line, wrap))) {
      // The paragraph break stands for the line break before this line.
      const at = Math.max(0, line.from - 1);
      out.push('\n', m.starts[at] ?? 0, m.ends[at] ?? 0);
    }
    pushCompacted(out, m, line);
    prev = line;
  }
  return out.build();
}
