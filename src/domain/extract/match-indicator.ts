// Report phrase → catalog indicator, through the labels and aliases of data/indicators.csv.
// A name matches when its core (without 次数/件数/数 …) appears in the phrase in order, with
// small gaps (「听取了法治建设重要工作汇报」 holds 「听取法治建设汇报」), and the units agree
// (a rate only for %, an amount only for 元).
import type { Catalog } from '../catalog/catalog';
import type { Indicator } from '../types';
import { matchingForm } from './phrase';

type UnitClass = 'rate' | 'money' | 'count' | 'other';

interface Name {
  indicator: Indicator;
  core: string;
  unitClass: UnitClass;
}

const MEASURE_SUFFIX = /(次数|人次|场次|(?<![文案])件数|份数|条数|个数|人数|项数|期数|数量|总数|批次|金额|总额|数额|数)$/;
const PEOPLE_UNITS = /^(万|千)?(人|名|位|人次)$/;
const SESSION_UNITS = /^(期|场|场次|批|批次|轮|届|堂|节)$/;

function unitClass(unit: string): UnitClass {
  if (unit === '%' || unit === '‰') return 'rate';
  if (/元$/.test(unit)) return 'money';
  if (unit === '个百分点' || unit === '倍' || unit === '分' || unit === '') return 'other';
  return 'count';
}

/**
 * Whether a value in `tokenUnit` can be a value of an indicator counted in `indicatorUnit`:
 * people (人, 名, 人次) are not sessions (期, 场, 次) and sessions are not people, except that
 * 「接待2次」 may count 人次.
 */
function countsAgree(tokenUnit: string, indicatorUnit: string): boolean {
  const people = PEOPLE_UNITS.test(indicatorUnit);
  // 人次 counts attendances, never a headcount in 人 or 名.
  if (/人次$/.test(tokenUnit) && /^(人|名)$/.test(indicatorUnit)) return false;
  if (PEOPLE_UNITS.test(tokenUnit)) return people || !/^(次|场|期)$/.test(indicatorUnit);
  if (SESSION_UNITS.test(tokenUnit)) return !people;
  if (tokenUnit === '次') return !people || indicatorUnit === '人次';
  return true;
}

function coreOf(name: string): string {
  const m = matchingForm(name);
  const core = m.replace(MEASURE_SUFFIX, '');
  return core.length >= 2 ? core : m;
}

export interface Alignment {
  gap: number;
  segments: number;
  /** Index after the last matched character. */
  end: number;
}

/** Alignment of `core` as a subsequence of `text` with the smallest total gap, or null. */
function subsequenceGap(core: string, text: string): Alignment | null {
  let best: Alignment | null = null;
  for (let s = text.indexOf(core[0]!); s >= 0; s = text.indexOf(core[0]!, s + 1)) {
    let p = s;
    let gap = 0;
    let segments = 0;
    let ok = true;
    for (let k = 1; k < core.length; k++) {
      const q = text.indexOf(core[k]!, p + 1);
      if (q < 0) {
        ok = false;
        break;
      }
      if (q > p + 1) {
        gap += q - p - 1;
        segments++;
      }
      p = q;
    }
    if (!ok) break;
    if (!best || gap < best.gap || (gap === best.gap && p + 1 > best.end)) best = { gap, segments, end: p + 1 };
  }
  return best;
}

/**
 * Short names must stand word for word at the start or the end of the phrase (培训医务人员,
 * 停车收费调解, but not 关停无证培训机构); longer ones may have a modifier inserted.
 */
function acceptable(core: string, g: Alignment, text: string): boolean {
  if (core.length <= 3) {
    const bare = text.replace(MEASURE_SUFFIX, '');
    return g.gap === 0 && (g.end === core.length || g.end >= bare.length);
  }
  return g.gap <= Math.max(2, Math.floor(core.length * 0.6)) || (g.segments === 1 && g.gap <= 6);
}

export class IndicatorMatcher {
  private readonly names: Name[] = [];

  constructor(private readonly catalog: Catalog) {
    for (const ind of catalog.indicators) {
      for (const n of new Set([ind.labelZh, ...ind.aliases])) {
        if (n) this.names.push({ indicator: ind, core: coreOf(n), unitClass: unitClass(ind.unit) });
      }
    }
  }

  /** The indicator a phrase names, given the unit of its value (names shorter than minCore ignored). */
  match(phrase: string, unit: string, minCore = 2): Indicator | undefined {
    const uc = unitClass(unit);
    if (uc === 'other') return undefined;
    const fits = (ind: Indicator) => unitClass(ind.unit) === uc && (uc !== 'count' || countsAgree(unit, ind.unit));
    const exact = this.catalog.lookup(phrase);
    if (exact && fits(exact) && minCore <= 2) return exact;
    const text = matchingForm(phrase);
    let best: { ind: Indicator; score: number } | undefined;
    for (const n of this.names) {
      if (n.unitClass !== uc || n.core.length > text.length || n.core.length < minCore || !fits(n.indicator)) continue;
      const g = subsequenceGap(n.core, text);
      if (!g || !acceptable(n.core, g, text)) continue;
      // Chinese puts the head last: a name matched at the end of the phrase counts more.
      const score = n.core.length * 10 - g.gap * 2 - g.segments * 3 - (text.length - g.end) * 0.5;
      if (!best || score > best.score) best = { ind: n.indicator, score };
    }
    return best?.ind;
  }

  /**
   * A generic phrase (已完成事项, 工作举措) read with the sentence before it: a name whose core
   * ends with the phrase's head noun and whose rest stands in the context word for word.
   */
  matchInContext(phrase: string, context: string, unit: string): Indicator | undefined {
    const uc = unitClass(unit);
    const own = matchingForm(phrase);
    // A bare rate (合格率) or a short noun is the head as a whole; a longer phrase keeps its rate word
    // (考试合格率 → 合格率) or its last two characters.
    const head = own.length <= 4 ? own : own.slice(/[率度]$/.test(own) ? -3 : -2);
    const ctx = matchingForm(context);
    if (head.length < 2) return undefined;
    // The phrase's own modifier must not contradict the name (行政确认事项 is not 行政权力事项).
    const modifier = own.slice(0, own.length - head.length).replace(/^(提出|制定|出台|完成|新增|发布|形成|梳理|明确|已)+/, '');
    let best: { ind: Indicator; score: number } | undefined;
    for (const n of this.names) {
      if (n.unitClass !== uc || !n.core.endsWith(head) || (uc === 'count' && !countsAgree(unit, n.indicator.unit))) continue;
      const rest = n.core.slice(0, -head.length);
      if (modifier && !subsequenceGap(modifier, rest)) continue;
      if (rest.length >= 3 && ctx.includes(rest) && (!best || rest.length > best.score)) best = { ind: n.indicator, score: rest.length };
    }
    return best?.ind;
  }
}
