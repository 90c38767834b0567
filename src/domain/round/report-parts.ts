// The five parts a 法治政府建设年度报告 must contain (《法治政府建设与责任落实督察工作规定》):
// ① 主要举措和成效 ② 存在的不足和原因 ③ 党政主要负责人履行推进法治建设第一责任人职责情况
// ④ 下一年度主要安排 ⑤ 其他需要报告的情况. A part is present only where the report gives it a
// section: a heading that names it, or a paragraph whose short opening sentence names it. A
// passing mention (「…党政主要负责人担任第一责任人…」 inside another section) is not the part.
import { originalSpan } from '../extract/mapped-text';
import { normalizeReport } from '../extract/normalize-report';
import { analyzeStructure } from '../extract/structure';

export const PART_KEYS = ['measures', 'shortcomings', 'leader_duty', 'next_year', 'other'] as const;
export type PartKey = (typeof PART_KEYS)[number];
/** ①–④ must be there; ⑤ may rightly be empty, so it is never counted as missing. */
const REQUIRED_PARTS: readonly PartKey[] = ['measures', 'shortcomings', 'leader_duty', 'next_year'];

export interface FoundPart {
  /** The heading (or opening sentence) as found, marker included. */
  heading: string;
  /** Offsets of the heading in the original text, to open the report there. */
  start: number;
  end: number;
  /** heading: a heading names it; opening: a paragraph's opening sentence; position: see detectParts. */
  how: 'heading' | 'opening' | 'position';
}

export type ReportParts = Record<PartKey, FoundPart | null>;

interface Candidate {
  /** Text with its list marker. */
  full: string;
  /** Text without the marker. */
  bare: string;
  /** 1 for top-level headings (一、, 第一部分, a short line of its own), deeper levels above. */
  level: number;
  /** Whether the paragraph starts with a level-1 marker (not just a short line). */
  marked: boolean;
  kind: 'heading' | 'opening';
  from: number;
  to: number;
}

const MARKER =
  /^([一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+(部分|章)[、,.:]?|\([一二三四五六七八九十\d]{1,3}\)|\d{1,2}[、.](?!\d))/;
const LEVEL1_MARKER = /^([一二三四五六七八九十]+[、.]|第[一二三四五六七八九十]+(部分|章))/;
const HEADING_MAX = 80;
const OPENING_MAX = 40;
const OPENING_LABEL_MAX = 20;

const LEADER = /第一责任人/;
const LEADER_WHO = /(主要负责|负责同志|一把手|党政正职)/;
const SHORTCOMINGS =
  /(存在的?(主要)?(问题|不足|短板|困难|差距)|(不足|问题|短板|差距)(之处)?(和|与|及|、|以及)(原因|不足|差距|问题|困难|建议|改进|整改|挑战|短板)|面临的(问题|困难|挑战)|工作中的不足|薄弱环节|^(主要)?(问题|不足)$)/;
const NEXT_WORDS = /(下一年度|下年度|下一步|下步|下阶段|明年|来年|今后)/;
const NEXT_LABEL = /(工作(安排|计划|打算|思路|设想|展望)|主要安排|初步安排|重点安排|努力方向)/;
const YEAR_PLAN = /(\d{4})年度?的?.{0,14}?(安排|计划|打算|思路|设想|展望|要点|重点工作)/;
const PLAN_LABEL = /(安排|计划|打算|思路|设想|展望|要点|重点|以下|如下|方向)/;
const OTHER = /(其他(需要|应当|应|需)(报告|说明)|^其他(情况|事项)$)/;
const MEASURES = /((主要|重点)(举措|措施|做法|工作)|(举措|措施|做法)(和|与|及|、)|成效|成绩|工作成果)/;
const MEASURES_WEAK = /(基本情况|总体情况|推进情况|工作情况|完成情况|建设情况|有关情况|开展情况|落实情况|主要工作|工作总结|情况总结)/;
const RESULT_WORDS = /(成效|成绩|(完成|落实|执行|推进)情况|总结)/;
/** A report's title (…年度法治政府建设情况的报告, …总结和2025年工作计划) names no part. */
const TITLE = /(报告|总结)/;

function isLeader(c: Candidate): boolean {
  return LEADER.test(c.bare) && (LEADER_WHO.test(c.bare) || /履行.*职责.{0,4}情况$/.test(c.bare));
}

function isShortcomings(c: Candidate): boolean {
  return SHORTCOMINGS.test(c.bare);
}

function isNextYear(c: Candidate, year: number | null): boolean {
  const t = c.bare;
  const planYear = YEAR_PLAN.exec(t);
  const byYear = planYear !== null && (year === null || Number(planYear[1]) > year);
  if (RESULT_WORDS.test(t)) return false;
  const named = byYear || NEXT_LABEL.test(t) || NEXT_WORDS.test(t);
  // An opening sentence must also sound like a label (「下一步，重点做好以下工作：」),
  // not like a plan stated in passing (「下一步，我局将进一步加强…」 closing a paragraph).
  return named && (c.kind === 'heading' || PLAN_LABEL.test(t));
}

function isOther(c: Candidate): boolean {
  return OTHER.test(c.bare);
}

function isMeasures(c: Candidate, topLevel: number): boolean {
  if (c.level > topLevel && c.kind === 'heading') return false;
  return MEASURES.test(c.bare) || (c.marked && MEASURES_WEAK.test(c.bare));
}

const MATCHERS: Record<Exclude<PartKey, 'measures'>, (c: Candidate, year: number | null) => boolean> = {
  shortcomings: isShortcomings,
  leader_duty: isLeader,
  next_year: isNextYear,
  other: isOther,
};

/** Headings and short opening sentences of the normalised text's paragraphs. */
function candidatesOf(text: string, year: number | null): Candidate[] {
  const out: Candidate[] = [];
  const { paragraphs } = analyzeStructure(text, year);
  for (const p of paragraphs) {
    const para = text.slice(p.start, p.end);
    const stop = para.search(/[。!?;:]/);
    const first = stop >= 0 ? para.slice(0, stop) : para;
    const marker = MARKER.exec(first)?.[0] ?? '';
    const bare = first.slice(marker.length).trim();
    if (!bare) continue;
    const heading = p.level > 0;
    // An opening sentence names its part as a label (「存在的问题：」, 「下一步工作打算。」),
    // not as a statement (「…与法治政府建设要求存在差距。」).
    const label = stop >= 0 && (para[stop] === ':' || first.length <= OPENING_LABEL_MAX);
    if (heading ? first.length > HEADING_MAX : !label || first.length > OPENING_MAX) continue;
    const marked = LEVEL1_MARKER.test(first);
    // Unmarked short lines that name the report (its title) are not sections.
    if (!marker && TITLE.test(bare)) continue;
    out.push({
      full: first,
      bare,
      level: heading ? p.level : 9,
      marked,
      kind: heading ? 'heading' : 'opening',
      from: p.start,
      to: p.start + first.length,
    });
  }
  return out;
}

/** The shallowest candidate, then the earliest. */
function best(cands: readonly Candidate[]): Candidate | null {
  let found: Candidate | null = null;
  for (const c of cands) if (!found || c.level < found.level) found = c;
  return found;
}

/**
 * Finds each part's heading in a normalised report. ① is often given thematic headings
 * only (「一、深入学习贯彻习近平法治思想…」): when no heading names it, the first top-level
 * heading before every other part found stands for it (how: 'position').
 */
function detectPartsInNormalized(text: string, year: number | null): Record<PartKey, Candidate | null> & { measuresHow: FoundPart['how'] } {
  const cands = candidatesOf(text, year);
  const tagged = cands.map((c) => ({ c, parts: (Object.keys(MATCHERS) as (keyof typeof MATCHERS)[]).filter((k) => MATCHERS[k](c, year)) }));
  const pick = (k: keyof typeof MATCHERS) => best(tagged.filter((x) => x.parts.includes(k)).map((x) => x.c));
  const shortcomings = pick('shortcomings');
  const leader_duty = pick('leader_duty');
  const next_year = pick('next_year');
  const other = pick('other');
  // Reports without 一、 headings use (一) for their sections.
  const topLevel = cands.some((c) => c.marked) ? 1 : 2;
  let measures = best(tagged.filter((x) => x.parts.length === 0 && isMeasures(x.c, topLevel)).map((x) => x.c));
  let measuresHow: FoundPart['how'] = measures?.kind ?? 'heading';
  if (!measures) {
    const firstOther = Math.min(...[shortcomings, leader_duty, next_year, other].map((c) => c?.from ?? Infinity));
    measures = tagged.find((x) => x.parts.length === 0 && x.c.marked && x.c.level === 1 && x.c.from < firstOther)?.c ?? null;
    measuresHow = 'position';
  }
  return { measures, shortcomings, leader_duty, next_year, other, measuresHow };
}

export function detectParts(original: string, year: number | null): ReportParts {
  const m = normalizeReport(original);
  return partsFromNormalized(m, year);
}

/** Parts of an already normalised report, with offsets into its original text. */
export function partsFromNormalized(m: ReturnType<typeof normalizeReport>, year: number | null): ReportParts {
  const found = detectPartsInNormalized(m.text, year);
  const out = {} as ReportParts;
  for (const k of PART_KEYS) {
    const c = found[k];
    if (!c) {
      out[k] = null;
      continue;
    }
    const span = originalSpan(m, c.from, c.to);
    out[k] = { heading: c.full, start: span.start, end: span.end, how: k === 'measures' ? found.measuresHow : c.kind };
  }
  return out;
}

export function missingParts(parts: ReportParts): PartKey[] {
  return REQUIRED_PARTS.filter((k) => parts[k] === null);
}
