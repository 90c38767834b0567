// Report text → one row per quantitative value the report states for its own year.
import type { Catalog } from '../catalog/catalog';
import { otherIndicatorId } from '../catalog/catalog';
import type { Indicator, Issue } from '../types';
import { attachSentence, isGeneric, topicFor, type Found, type Item } from './attach';
import { classifyNumber } from './classify-number';
import { negationItems, previousYearValue, type NegationItem } from './conventions';
import { detectMeta } from './detect-meta';
import { findNumbers } from './find-numbers';
import { originalSpan, type MappedText } from './mapped-text';
import { mappingFor } from './mapping-score';
import { IndicatorMatcher, type ClauseContext } from './match-indicator';
import { normalizeReport } from './normalize-report';
import { cleanName, trimPhrase, withMeasure } from './phrase';
import { analyzeStructure, clauseEndAt, clauseStartAt, type Sentence } from './structure';
import type { ExtractedRow, ExtractionResult, ExtractOptions, SkippedNumber } from './types';

const matchers = new WeakMap<Catalog, IndicatorMatcher>();
/** What became of decided matters: never more of the matters themselves. */
const OUTCOME = /^(另)?(维持|撤销|驳回|确认违法|变更|撤回|终止|责令履行|胜诉|尚未)/;
const LONG_SENTENCE = 160;

function matcherFor(catalog: Catalog): IndicatorMatcher {
  let m = matchers.get(catalog);
  if (!m) {
    m = new IndicatorMatcher(catalog);
    matchers.set(catalog, m);
  }
  return m;
}

function lineOf(original: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < original.length; i++) if (original.charCodeAt(i) === 10) line++;
  return line;
}

/** The sentence, or for a long one the clauses that hold the item. */
function evidenceSpan(text: string, s: Sentence, item: Item): { start: number; end: number } {
  let start = s.start;
  let end = s.end;
  if (end - start > LONG_SENTENCE) {
    const from = Math.min(item.start, item.token.start);
    const to = Math.max(item.end, item.token.end);
    start = clauseStartAt(text, s, from);
    const clauseEnd = clauseEndAt(text, s, to);
    end = clauseEnd < s.end ? clauseEnd + 1 : s.end;
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  return { start, end };
}

/**
 * 「对…规范性文件进行全面清理,涉及A、B和C类3项」: a clause that opens with 涉及/包括 counts
 * what the clause before it did.
 */
function connectiveContextMatch(text: string, s: Sentence, item: Item, unit: string, matcher: IndicatorMatcher, found: readonly Found[]) {
  const clauseStart = clauseStartAt(text, s, item.token.start);
  if (clauseStart <= s.start || !/^(涉及|包括|主要包括|主要涉及|共涉及|分别涉及)/.test(text.slice(clauseStart))) return undefined;
  // Only a single total after a list of kinds (涉及A、B和C类3项); 包括24项A、5项B names its own things.
  const clauseEnd = clauseEndAt(text, s, item.token.start);
  const inClause = found.filter((f) => f.verdict.keep && f.token.start >= clauseStart && f.token.start < clauseEnd);
  if (inClause.length > 1) return undefined;
  const prevStart = clauseStartAt(text, s, clauseStart - 1);
  return matcher.match(text.slice(prevStart, clauseStart - 1), unit, 5);
}

/** Where concepts may find their `@` and `^` words: the item's clause around it, and the clause before. */
function clauseContext(text: string, s: Sentence, item: Item | NegationItem): ClauseContext {
  const clauseStart = clauseStartAt(text, s, Math.min(item.start, item.token.start));
  // The first clause of a sentence reads the end of the sentence before it in its paragraph.
  const paragraphStart = text.lastIndexOf('\n', clauseStart - 1) + 1;
  const from = clauseStart > s.start ? clauseStartAt(text, s, clauseStart - 1) : Math.max(paragraphStart, clauseStart - 40);
  const end = Math.max(item.end, item.token.end);
  const clauseEnd = clauseEndAt(text, s, end);
  return {
    previous: text.slice(from, clauseStart),
    before: text.slice(clauseStart, Math.max(item.token.start, clauseStart)),
    after: text.slice(end, clauseEnd),
    next: clauseEnd < s.end ? text.slice(clauseEnd + 1, clauseEndAt(text, s, clauseEnd + 1)) : '',
    sentence: text.slice(s.start, clauseStart),
  };
}

/**
 * 「组织干部开展宪法集中学习,全年累计开展12次」: a count with no noun of its own continues the
 * act the clause before it names with the same kind of verb.
 */
function actBefore(text: string, s: Sentence, item: Item | NegationItem): string {
  const clauseStart = clauseStartAt(text, s, item.token.start);
  if (clauseStart <= s.start || !/^[^,;]{0,8}(开展|组织|举办|召开|进行)[^,;]{0,2}$/.test(text.slice(clauseStart, item.token.start)))
    return '';
  const previous = text.slice(clauseStartAt(text, s, clauseStart - 1), clauseStart - 1);
  const act = /.*(开展|组织|举办|召开|进行)([^,;。]{2,24})$/.exec(previous);
  return act ? trimPhrase(act[2]!) : '';
}

/**
 * The catalog indicator of an item and the phrase to show: the item's own words first, then
 * the words it borrows (the sentence's topic for 已完成事项, the noun before a verb-only item,
 * the clause before 涉及…). `fromContext` when only a reading with the sentence found it.
 */
function resolveIndicator(
  text: string,
  s: Sentence,
  item: Item | NegationItem,
  unit: string,
  matcher: IndicatorMatcher,
  found: readonly Found[],
) {
  const clause = clauseContext(text, s, item);
  if ('indicator' in item) return { indicator: item.indicator, phrase: item.text, clause, fromContext: false };
  if (item.change) return { indicator: undefined, phrase: `${item.text}${item.change}`, clause, fromContext: false };
  // The catalog counts and rates things; a rank is never one of them.
  if (item.rule === 'ranking') return { indicator: undefined, phrase: item.text, clause, fromContext: false };
  const context = text.slice(s.start, item.start);
  let phrase = item.text || actBefore(text, s, item);
  let indicator: Indicator | undefined;
  let fromContext = false;
  if (isGeneric(phrase)) {
    const topic = topicFor(text, s, item);
    indicator = matcher.matchInContext(phrase, context, unit);
    fromContext = indicator !== undefined;
    if (topic) phrase = topic + phrase;
  }
  indicator ??= matcher.match(withMeasure(phrase, unit), unit, 2, clause);
  // A verb-only item (废止12件) reads as completed when only that names an indicator; an outcome of
  // the matters before it (维持3件, 撤销1件 after 行政复议案件4件) is named so but counts no more of them.
  const outcome = !indicator && item.completed !== undefined && OUTCOME.test(item.text);
  if (!indicator && item.completed) {
    phrase = item.completed;
    if (!outcome) indicator = matcher.match(withMeasure(phrase, unit), unit, 2, clause);
  }
  if (!indicator) {
    indicator = matcher.matchInContext(item.text, context, unit) ?? connectiveContextMatch(text, s, item, unit, matcher, found);
    fromContext = indicator !== undefined;
  }
  return { indicator, phrase, clause, fromContext, outcome };
}

export function extractReport(text: string, catalog: Catalog, opts: ExtractOptions = {}): ExtractionResult {
  const mapped: MappedText = normalizeReport(text);
  const norm = mapped.text;
  const paragraphs = norm.split('\n');
  const meta = detectMeta(paragraphs, opts);
  const year = meta.year;
  const structure = analyzeStructure(norm, year);
  const matcher = matcherFor(catalog);
  const tokens = findNumbers(norm);
  const rows: ExtractedRow[] = [];
  const skipped: SkippedNumber[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();

  const toOriginal = (from: number, to: number) => originalSpan(mapped, from, to);
  let ti = 0;
  for (const sentence of structure.sentences) {
    const found: Found[] = [];
    while (ti < tokens.length && tokens[ti]!.start < sentence.end) {
      const token = tokens[ti++]!;
      if (token.start < sentence.start) continue;
      const verdict = classifyNumber(token, { text: norm, structure, sentence, reportYear: year });
      found.push({ token, verdict });
      if (!verdict.keep) {
        const o = toOriginal(token.start, token.end);
        skipped.push({ text: text.slice(o.start, o.end), reason: verdict.reason, ...o });
        if (verdict.reason === 'range' || verdict.reason === 'vague-number') {
          issues.push({
            code: verdict.reason === 'range' ? 'W_RANGE_SKIPPED' : 'W_VAGUE_NUMBER',
            severity: 'warning',
            message: `「${norm.slice(token.start, token.end)}」不是确定的数值，未提取，请人工核对。`,
            line: lineOf(text, o.start),
          });
        }
      }
    }
    const items: Item[] = found.some((f) => f.verdict.keep) ? attachSentence(norm, sentence, found) : [];
    const negations = sentence.plan ? [] : negationItems(norm, sentence, matcher);
    const produced: { item: Item; row: ExtractedRow }[] = [];
    for (const item of [...items, ...negations]) {
      // 纠错率为0: a rate stated without its %.
      const unit = item.token.unit || (item.rule === 'rate' ? '%' : '');
      const { indicator, phrase, clause, fromContext, outcome } = resolveIndicator(norm, sentence, item, unit, matcher, found);
      if (!phrase) {
        const o = toOriginal(item.token.start, item.token.end);
        skipped.push({ text: text.slice(o.start, o.end), reason: 'no-indicator', ...o });
        continue;
      }
      const name = cleanName(phrase, norm.slice(clauseStartAt(norm, sentence, item.token.start), item.token.start), item.token.unitKind);
      const indicatorText = item.change || item.rule === 'ranking' ? name : withMeasure(name, unit);
      const id = indicator?.id ?? otherIndicatorId(indicatorText);
      const ev = evidenceSpan(norm, sentence, item);
      const o = toOriginal(ev.start, ev.end);
      const key = `${item.token.start}|${indicatorText}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const row: ExtractedRow = {
        department: meta.department,
        year: year ?? 0,
        indicatorId: id,
        indicatorText,
        value: item.token.value,
        unit: unit || indicator?.unit || '',
        qualifier: item.token.qualifier,
        derived: false,
        evidence: text.slice(o.start, o.end),
        source: opts.sourceName ? { line: -1, ...o, file: opts.sourceName } : { line: -1, ...o },
        rule: item.rule,
        mapping:
          item.change || item.rule === 'ranking' || outcome
            ? mappingFor([], undefined)
            : mappingFor(matcher.rank(withMeasure(phrase, unit), unit, clause), indicator, fromContext ? 30 : undefined),
      };
      rows.push(row);
      produced.push({ item, row });
    }
    // The previous year behind a 同比 change whose current value the sentence also states.
    produced.forEach(({ item }, k) => {
      if (!item.change || k === 0 || year === null) return;
      const cur = produced[k - 1]!;
      if (cur.item.change) return;
      const prev = previousYearValue(cur.item.token.value, cur.item.token.unit, item.change, item.token.value, item.token.unit);
      if (prev === null) return;
      // From a percentage the previous value is rounded; from a difference it is exact.
      const qualifier = item.token.unit === '%' ? '约' : '';
      rows.push({ ...cur.row, year: year - 1, value: prev, qualifier, derived: true, rule: 'yoy-derived' });
    });
  }

  if (!meta.department) {
    issues.push({ code: 'W_DEPARTMENT_UNDETECTED', severity: 'warning', message: '未能从标题、文头或落款识别部门名称，请手动填写部门。' });
  }
  if (year === null) {
    issues.push({
      code: 'E_YEAR_UNDETECTED',
      severity: 'error',
      message: '未能从标题或首句识别报告所属年度，请手动指定年度（不使用发布日期）。',
    });
  }
  if (rows.length === 0) {
    issues.push({ code: 'W_NO_VALUES', severity: 'warning', message: '报告中未找到本年度的量化数据。' });
  }
  return { department: meta.department, year, rows, issues, normalizedText: norm, skipped };
}
