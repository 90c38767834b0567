// Values a report states without digits, and values it implies:
// a single explicit negation (无行政败诉 → 0) and the previous year behind a 同比 change.
import type { Indicator } from '../types';
import type { Item } from './attach';
import type { IndicatorMatcher } from './match-indicator';
import { trimPhrase } from './phrase';
import { clauseEndAt, clauseStartAt, type Span } from './structure';

/** 未 before an act (未制定出台规范性文件) keeps the act in what is negated. */
const NEGATION = /(未发生|未出现|未收到|未产生|没有|无|零|未(?=新?(?:制定|出台|制发|印发|受理)))(一起|一例|一件|任何)?/g;

export interface NegationItem extends Item {
  /** Undefined for a counted event that no catalog indicator names (执法零舆情, 无违规审批案件). */
  indicator: Indicator | undefined;
}

/** Events a 「零X」 counts even when the catalog has no indicator for them (零舆情, 零事故); not 零距离, 零跑腿. */
const COUNTED_EVENT = /^[\u4e00-\u9fff]{0,2}(舆情|事故|投诉|差错|失误|发案|上访|越级访|违纪|违规|错案|伤亡|负面)$/;
/** Cases a single 无/未发生 negates even when the catalog has no indicator for them (无违规审批案件). */
const NEGATED_CASES = /^[\u4e00-\u9fff]{2,8}案件$/;

/**
 * 「无行政败诉」, 「行政诉讼零败诉」, 「未发生行政复议案件」 → 0, when the negated thing is one
 * catalog indicator, or a counted event said with 零 (执法零舆情). Compound negations
 * (未发生A、B、C等情况) are not values.
 */
export function negationItems(text: string, sentence: Span, matcher: IndicatorMatcher): NegationItem[] {
  const out: NegationItem[] = [];
  const body = text.slice(sentence.start, sentence.end);
  for (const m of body.matchAll(NEGATION)) {
    const at = sentence.start + m.index;
    const clauseFrom = clauseStartAt(text, sentence, at);
    // 「办案零败诉、执法零舆情」: each negated item ends where the next one starts.
    const next = /、(?=[^、,;。]{0,6}?(零|无|未))/.exec(text.slice(at + m[0].length, clauseEndAt(text, sentence, at)));
    const clauseTo = next ? at + m[0].length + next.index : clauseEndAt(text, sentence, at);
    const negated = text.slice(at + m[0].length, clauseTo);
    if (negated.length < 2 || negated.length > 14 || /[、和及与等或\d]/.test(negated)) continue;
    if (/(情况|现象|问题)$/.test(negated) && /[、等]/.test(text.slice(clauseFrom, clauseTo))) continue;
    const thing = negated.replace(/(的)?(情况|现象|发生)$/, '');
    // 「行政诉讼案件零败诉」: the thing is 败诉; the words before 零 only say where.
    const lead = m[1] === '零' ? trimPhrase(text.slice(clauseFrom, at)) : '';
    const phrase = (lead.length <= 6 ? lead : '') + thing;
    const indicator = matcher.match(thing, '件') ?? matcher.match(phrase, '件');
    const counted = (m[1] === '零' && COUNTED_EVENT.test(thing)) || (/^(无|未发生)$/.test(m[1]!) && NEGATED_CASES.test(thing));
    if (!indicator && !counted) continue;
    out.push({
      token: {
        start: at,
        end: clauseTo,
        numStart: at,
        numEnd: at + m[1]!.length,
        unitStart: clauseTo,
        unitEnd: clauseTo,
        value: 0,
        form: 'chinese',
        unit: indicator?.unit ?? '件',
        unitKind: 'count',
        qualifier: '',
      },
      rule: 'negation-zero',
      text: phrase,
      start: clauseFrom,
      end: clauseTo,
      indicator,
    });
  }
  return out;
}

/** The previous year's value behind 「X件,同比下降47.06%」, or null when it cannot be derived. */
export function previousYearValue(current: number, currentUnit: string, change: string, delta: number, deltaUnit: string): number | null {
  const down = /(下降|减少|降低|回落|下滑)/.test(change);
  let prev: number;
  if (deltaUnit === '%') {
    const factor = down ? 1 - delta / 100 : 1 + delta / 100;
    if (factor <= 0) return null;
    prev = current / factor;
  } else if (deltaUnit === '个百分点' && currentUnit === '%') {
    prev = down ? current + delta : current - delta;
  } else if (deltaUnit === currentUnit) {
    prev = down ? current + delta : current - delta;
  } else {
    return null;
  }
  if (!Number.isFinite(prev) || prev < 0) return null;
  const integral = currentUnit !== '%' && !/元$/.test(currentUnit) && Number.isInteger(current);
  return integral ? Math.round(prev) : Math.round(prev * 100) / 100;
}
