// Concepts of an indicator: what it counts, as groups of words that must all stand in the phrase
// or near it, read in canonical words. 「执法人员持证比例」 holds 持证 + 率 (比例 → 率) and so is
// enforcement_staff_ratio whatever else it says.
//
// Syntax (column `concepts` of data/indicators.csv): patterns joined by `|`; a pattern is groups
// joined by `+`, a group is alternatives joined by `/`. The first group must stand in the phrase.
//   @group   may stand in the rest of the phrase's clause (before or after it)
//   ^group   may also stand in the clause before (参加…考试,通过率达100%)
//   *group   when the phrase ends with its head (names no object of its own): may also stand
//            anywhere earlier in the sentence (将…法律法规纳入学习计划,…开展集中学习13次)
//   >group   the topic of a meeting: in the phrase, or, when the phrase ends with its head, in its
//            clause, the clause after or the clause before (召开党委专题会议3次,研究解决法治宣传…;
//            but not 5次专题研究招商引资项目协议)
//   !group   none of these words may stand in the phrase (or after it in its clause)
//   ~group   units the pattern never counts in (~项/条)
// A pattern of only `!`/`~` groups rules the indicator out whatever names it (!应持).
import type { Synonyms } from '../catalog/synonyms';

type Scope = 'phrase' | 'clause' | 'previous' | 'sentence' | 'topic';

interface Group {
  terms: string[];
  scope: Scope;
  /** None of the terms may stand in the phrase. */
  excluded: boolean;
  /** The terms are units the pattern never counts in. */
  units: boolean;
}

export interface ConceptPattern {
  groups: Group[];
  /** Only `!`/`~` groups: a veto of the indicator. */
  veto: boolean;
}

/** Where a phrase stands: the rest of its clause, the clause before and after, the sentence before it. All canonical. */
interface PhraseContext {
  clause: string;
  previous: string;
  next?: string;
  sentence?: string;
}

interface ConceptHit {
  /** Phrase characters explained ×10, clause characters ×5, previous-clause characters ×3, less 1 per character after the last own word. */
  strength: number;
  /** Whether every positive group matched (else the head group only: a near candidate). */
  complete: boolean;
}

const SCOPES: Record<string, Scope> = { '@': 'clause', '^': 'previous', '*': 'sentence', '>': 'topic' };

/** What the words explained may leave after them and still end the phrase (专题部署会议, 集中学习活动). */
const HEAD_TAIL = /^(工作)?(会议?|活动|例会)?$/;

/** Where a context group may find its words, best first, with the weight of a character found there. */
function contextWords(scope: Scope, ctx: PhraseContext, headEndsPhrase: boolean): [string, number][] {
  switch (scope) {
    case 'phrase':
      return [];
    case 'clause':
      return [[ctx.clause, 5]];
    case 'previous':
      return [
        [ctx.clause, 5],
        [ctx.previous, 3],
      ];
    case 'sentence':
      return headEndsPhrase
        ? [
            [ctx.clause, 5],
            [ctx.previous, 3],
            [ctx.sentence ?? '', 2],
          ]
        : [[ctx.clause, 5]];
    case 'topic':
      return headEndsPhrase
        ? [
            [ctx.clause, 5],
            [ctx.next ?? '', 4],
            [ctx.previous, 3],
          ]
        : [];
  }
}

export function compileConcept(spec: string, synonyms: Synonyms): ConceptPattern {
  const groups = spec.split('+').map((raw): Group => {
    const g = raw.trim();
    const mark = /^[@^!~*>]/.test(g) ? g[0]! : '';
    const units = mark === '~';
    const terms = g
      .slice(mark.length)
      .split('/')
      .map((t) => (units ? t.trim() : synonyms.canonicalize(t.trim())))
      .filter(Boolean)
      // Longest term first: 法治建设 explains more than 法治.
      .sort((a, b) => b.length - a.length);
    const scope: Scope = SCOPES[mark] ?? 'phrase';
    return { terms, scope, excluded: mark === '!' || units, units };
  });
  return { groups, veto: groups.every((g) => g.excluded) };
}

/** Whether a veto pattern rules the indicator out for this phrase (`rest`: the phrase and what follows it) and unit. */
export function vetoes(p: ConceptPattern, rest: string, unit: string): boolean {
  return p.veto && p.groups.some((g) => (g.units ? g.terms.includes(unit) : g.terms.some((t) => rest.includes(t))));
}

/**
 * How well a pattern explains a phrase (canonical; the measure suffix cut off): null when an excluded
 * word or unit stands or when the first group is missing; `complete` false when a later group is missing.
 */
export function matchConcept(p: ConceptPattern, phrase: string, unit: string, ctx: PhraseContext): ConceptHit | null {
  if (p.veto) return null;
  let strength = 0;
  let complete = true;
  let first = true;
  let lastOwnEnd = 0;
  for (const g of p.groups) {
    if (g.excluded) {
      if (g.units ? g.terms.includes(unit) : g.terms.some((t) => phrase.includes(t))) return null;
      continue;
    }
    const own = g.terms.find((t) => phrase.includes(t));
    if (own) {
      strength += own.length * 10;
      lastOwnEnd = Math.max(lastOwnEnd, phrase.lastIndexOf(own) + own.length);
    } else {
      let hit = 0;
      // Words found so far end the phrase: it names no object of its own that context could contradict.
      const endsPhrase = HEAD_TAIL.test(phrase.slice(lastOwnEnd));
      for (const [where, weight] of first ? [] : contextWords(g.scope, ctx, endsPhrase)) {
        const t = g.terms.find((term) => where.includes(term));
        if (t) {
          hit = t.length * weight;
          break;
        }
      }
      if (hit) strength += hit;
      else if (first) return null;
      else complete = false;
    }
    first = false;
  }
  // Chinese puts the head last: words that end the phrase explain it best.
  return { strength: strength - (phrase.length - lastOwnEnd), complete };
}
