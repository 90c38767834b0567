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

const MEASURE_SUFFIX = /(次数|人次|场次|件数|份数|条数|个数|人数|项数|数量|总数|批次|数)$/;

export function unitClass(unit: string): UnitClass {
  if (unit === '%' || unit === '‰') return 'rate';
  if (/元$/.test(unit)) return 'money';
  if (unit === '个百分点' || unit === '倍' || unit === '分' || unit === '') return 'other';
  return 'count';
}

function coreOf(name: string): string {
  const m = matchingForm(name);
  const core = m.replace(MEASURE_SUFFIX, '');
  return core.length >= 2 ? core : m;
}

/** Smallest total gap of `core` as a subsequence of `text` (and the number of gaps), or null. */
export function subsequenceGap(core: string, text: string): { gap: number; segments: number } | null {
  let best: { gap: number; segments: number } | null = null;
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
    if (!best || gap < best.gap) best = { gap, segments };
    if (gap === 0) break;
  }
  return best;
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
    const exact = this.catalog.lookup(phrase);
    if (exact && unitClass(exact.unit) === uc && minCore <= 2) return exact;
    const text = matchingForm(phrase);
    let best: { ind: Indicator; score: number } | undefined;
    for (const n of this.names) {
      if (n.unitClass !== uc || n.core.length > text.length || n.core.length < minCore) continue;
      const g = subsequenceGap(n.core, text);
      if (!g) continue;
      const limit = n.core.length <= 3 ? 0 : Math.max(2, Math.floor(n.core.length * 0.6));
      if (g.gap > limit) continue;
      const score = n.core.length * 10 - g.gap * 2 - g.segments * 3;
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
    const head = matchingForm(phrase).slice(-2);
    const ctx = matchingForm(context);
    if (head.length < 2) return undefined;
    let best: { ind: Indicator; score: number } | undefined;
    for (const n of this.names) {
      if (n.unitClass !== uc || !n.core.endsWith(head)) continue;
      const rest = n.core.slice(0, -2);
      if (rest.length >= 3 && ctx.includes(rest) && (!best || rest.length > best.score)) best = { ind: n.indicator, score: rest.length };
    }
    return best?.ind;
  }
}
