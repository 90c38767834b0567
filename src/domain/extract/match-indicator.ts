// Report phrase → catalog indicator, through the labels, aliases and concepts of data/indicators.csv,
// all read in canonical words (data/indicator-synonyms.json). A name matches when its core (without
// 次数/件数/数 …) appears in the phrase in order, with small gaps (「听取了法治建设重要工作汇报」 holds
// 「听取法治建设汇报」); a concept matches when its groups of words stand in the phrase or its clause
// (持证 + 率). Both give a strength (characters explained); units must agree (a rate only for %, an
// amount only for 元, people not sessions). The strongest wins; its margin over the next gives the score.
import type { Catalog } from '../catalog/catalog';
import { bundledSynonyms, type Synonyms } from '../catalog/synonyms';
import type { Indicator } from '../types';
import { compileConcept, matchConcept, vetoes, type ConceptPattern } from './concepts';
import { rankMatches, type Ranked } from './mapping-score';
import { matchingForm } from './phrase';

type UnitClass = 'rate' | 'money' | 'count' | 'other';

/** Where a phrase stands in its sentence (normalised text): its clause before and after it, the clauses around it, the sentence before. */
export interface ClauseContext {
  previous: string;
  before: string;
  after: string;
  /** The clause after the phrase's clause. */
  next?: string;
  /** The sentence before the phrase's clause. */
  sentence?: string;
}

interface Name {
  indicator: Indicator;
  core: string;
  /** The core's character bigrams, for near candidates. */
  bigrams: string[];
  unitClass: UnitClass;
}

const MEASURE_SUFFIX = /(次数|人次|场次|(?<![文案])件数|份数|条数|个数|人数|项数|期数|数量|总数|批次|金额|总额|数额|数)$/;
/** The measure a phrase got from its unit (withMeasure), cut before concepts read it; 事项数 keeps 事项. */
const CONCEPT_MEASURE = /(次数|人次|场次|(?<![文案])件数|份数|个数|人数|数量|总数|金额|数)$/;
/** The second of two acts joined by 并 (not 合并, 并购, 并联 …), long enough to name something. */
const COORDINATED_TAIL = /^[\u4e00-\u9fff]{2,}(?<![合兼吞])并(?![购联网行入轨案发列存重])([\u4e00-\u9fff]{4,})$/;
const KIND_UNITS = /^(大类|类别)$/;
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
  // Kinds (3大类、75项措施) are never the things of those kinds (a loose 两类文件 may be).
  if (KIND_UNITS.test(tokenUnit) !== KIND_UNITS.test(indicatorUnit)) return false;
  const people = PEOPLE_UNITS.test(indicatorUnit);
  // 人次 counts attendances, never a headcount in 人 or 名; people are counted in people (or 次).
  if (/人次$/.test(tokenUnit) && /^(人|名)$/.test(indicatorUnit)) return false;
  if (people && !PEOPLE_UNITS.test(tokenUnit) && tokenUnit !== '次') return false;
  // A headcount is never a count of matters (件, 份, 项): 1人获…第一名 is no penalty case.
  if (/^(万|千)?(人|名|位)$/.test(tokenUnit) && /^(件|份|项|条)$/.test(indicatorUnit)) return false;
  if (PEOPLE_UNITS.test(tokenUnit)) return people || !/^(次|场|期)$/.test(indicatorUnit);
  if (SESSION_UNITS.test(tokenUnit)) return !people;
  if (tokenUnit === '次') return !people || indicatorUnit === '人次';
  return true;
}

/**
 * A concept reads what is counted, not the measure, so it also needs a measure that fits: an indicator
 * counted in sessions (次, 场) takes sessions, matters (件) or visited units (家, 户), never items (57条检查计划).
 */
function conceptUnitAgrees(tokenUnit: string, indicatorUnit: string): boolean {
  if (!/^(次|场|期|场次)$/.test(indicatorUnit)) return true;
  return SESSION_UNITS.test(tokenUnit) || /^(次|人次|件|家|户|家次|户次)$/.test(tokenUnit);
}

function bigramsOf(s: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

function coreOf(name: string, synonyms: Synonyms): string {
  const m = synonyms.canonicalize(matchingForm(name));
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
  private readonly concepts: { indicator: Indicator; pattern: ConceptPattern }[] = [];
  private readonly vetoPatterns = new Map<string, ConceptPattern[]>();
  private last: { key: string; ranked: Ranked[] } | undefined;

  constructor(
    private readonly catalog: Catalog,
    private readonly synonyms: Synonyms = bundledSynonyms,
  ) {
    for (const ind of catalog.indicators) {
      for (const n of new Set([ind.labelZh, ...ind.aliases])) {
        if (!n) continue;
        const core = coreOf(n, synonyms);
        this.names.push({ indicator: ind, core, bigrams: bigramsOf(core), unitClass: unitClass(ind.unit) });
      }
      for (const c of ind.concepts ?? []) {
        const pattern = compileConcept(c, synonyms);
        if (pattern.veto) this.vetoPatterns.set(ind.id, [...(this.vetoPatterns.get(ind.id) ?? []), pattern]);
        else this.concepts.push({ indicator: ind, pattern });
      }
    }
  }

  private fits(ind: Indicator, unit: string): boolean {
    const uc = unitClass(unit);
    return unitClass(ind.unit) === uc && (uc !== 'count' || countsAgree(unit, ind.unit));
  }

  /**
   * Every indicator the phrase (read with the clause before it, `context`) may name, strongest first:
   * `complete` ones match; the others are near candidates for review.
   */
  rank(phrase: string, unit: string, context: Partial<ClauseContext> = {}, minCore = 2): Ranked[] {
    // A row's phrase is ranked to choose its indicator and again for its mapping: remember the last.
    const key = [phrase, unit, context.previous, context.before, context.after, context.next, context.sentence, minCore].join('\u0001');
    if (this.last?.key === key) return this.last.ranked;
    const ranked = this.rankAfresh(phrase, unit, context, minCore);
    this.last = { key, ranked };
    return ranked;
  }

  private rankAfresh(phrase: string, unit: string, context: Partial<ClauseContext>, minCore: number): Ranked[] {
    const uc = unitClass(unit);
    if (uc === 'other') return [];
    const out: Ranked[] = [];
    const exact = this.catalog.lookup(phrase);
    const canon = (s = '') => this.synonyms.canonicalize(matchingForm(s));
    const text = canon(phrase);
    // A veto word may stand anywhere in the phrase's clause (287件重大行政决策事项…的合法性审查, 45岁以上执法人员占比).
    const rest = canon(context.before) + text + canon(context.after);
    const vetoed = (id: string) => this.vetoPatterns.get(id)?.some((p) => vetoes(p, rest, unit)) === true;
    if (exact && this.fits(exact, unit) && minCore <= 2 && !vetoed(exact.id))
      out.push({ indicator: exact, strength: 1000, complete: true });
    for (const n of this.names) {
      if (n.unitClass !== uc || n.core.length > text.length || n.core.length < minCore || !this.fits(n.indicator, unit)) continue;
      if (vetoed(n.indicator.id)) continue;
      const g = subsequenceGap(n.core, text);
      if (!g || !acceptable(n.core, g, text)) continue;
      // Chinese puts the head last: a name matched at the end of the phrase counts more.
      const strength = n.core.length * 10 - g.gap * 2 - g.segments * 3 - (text.length - g.end) * 0.5;
      out.push({ indicator: n.indicator, strength, complete: true });
    }
    // Concepts read a phrase a report states with its number; names alone judge bare words (minCore > 2, negations).
    if (minCore === 2 && context.before !== undefined) {
      const bare = text.replace(CONCEPT_MEASURE, '');
      const ctx = {
        clause: `${canon(context.before)}|${canon(context.after)}`,
        previous: canon(context.previous),
        next: canon(context.next),
        sentence: canon(context.sentence),
      };
      for (const c of this.concepts) {
        if (unitClass(c.indicator.unit) !== uc || vetoed(c.indicator.id)) continue;
        const hit = matchConcept(c.pattern, bare, unit, ctx);
        if (!hit) continue;
        const fits = this.fits(c.indicator, unit) && conceptUnitAgrees(unit, c.indicator.unit);
        out.push({ indicator: c.indicator, strength: hit.strength, complete: hit.complete && fits });
      }
    }
    // Near candidates by shape (character bigrams) for a reviewer, never a match on their own.
    if (context.before !== undefined) {
      const own = new Set(bigramsOf(text.replace(CONCEPT_MEASURE, '')));
      for (const n of this.names) {
        if (n.unitClass !== uc || n.bigrams.length === 0 || own.size === 0) continue;
        const shared = n.bigrams.reduce((k, g) => k + Number(own.has(g)), 0);
        const sim = (2 * shared) / (own.size + n.bigrams.length);
        if (sim >= 0.4 && this.fits(n.indicator, unit) && !vetoed(n.indicator.id))
          out.push({ indicator: n.indicator, strength: sim * 40, complete: false });
      }
    }
    return rankMatches(out);
  }

  /**
   * The indicator a phrase names, given the unit of its value (names shorter than minCore ignored).
   * Of two acts joined by 并 (合法性审查并出具意见书28次) the number counts the last one, when it names one.
   */
  match(phrase: string, unit: string, minCore = 2, context: Partial<ClauseContext> = {}): Indicator | undefined {
    const tail = COORDINATED_TAIL.exec(phrase)?.[1];
    const last = tail ? this.rank(tail, unit, context, minCore)[0] : undefined;
    if (last?.complete) return last.indicator;
    const best = this.rank(phrase, unit, context, minCore)[0];
    return best?.complete ? best.indicator : undefined;
  }

  /**
   * A generic phrase (已完成事项, 工作举措) read with the sentence before it: a name whose core
   * ends with the phrase's head noun and whose rest stands in the context word for word.
   */
  matchInContext(phrase: string, context: string, unit: string): Indicator | undefined {
    const uc = unitClass(unit);
    const own = this.synonyms.canonicalize(matchingForm(phrase));
    // A bare rate (合格率) or a short noun is the head as a whole; a longer phrase keeps its rate word
    // (考试合格率 → 合格率) or its last two characters.
    const head = own.length <= 4 ? own : own.slice(/[率度]$/.test(own) ? -3 : -2);
    const ctx = this.synonyms.canonicalize(matchingForm(context));
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
